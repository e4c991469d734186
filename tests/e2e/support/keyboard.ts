import type { Page } from 'playwright-core'

export interface FocusInfo {
  tag: string
  id: string
  type: string
  name: string
  text: string
  checked: boolean
  groupAnswered: boolean
  value: string
}

/** What has keyboard focus now, with what a keyboard user would see of it. */
export async function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null
    if (!element) return { tag: '', id: '', type: '', name: '', text: '', checked: false, groupAnswered: false, value: '' }
    const name = element.getAttribute('name') ?? ''
    const group = name ? [...document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)] : []
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      type: element.getAttribute('type') ?? '',
      name,
      text: (element.textContent ?? '').trim(),
      checked: Boolean(element.checked),
      groupAnswered: group.some((input) => input.checked),
      value: element.value ?? '',
    }
  })
}

/** Presses Tab until `accept` says yes; fails after `limit` presses so a focus trap shows up as an error. */
export async function tabUntil(page: Page, accept: (info: FocusInfo) => boolean, limit = 60): Promise<FocusInfo> {
  const seen = new Set<string>()
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    const info = await focused(page)
    if (accept(info)) return info
    seen.add(`${info.tag}#${info.id}[${info.type}] "${info.text.slice(0, 40)}"`)
  }
  // Naming what focus went through tells a focus trap from a page that was not there yet.
  throw new Error(`No matching element reached with ${limit} Tab presses on ${page.url()}; focus went through: ${[...seen].join(', ')}`)
}
