import { describe, expect, it } from 'vitest'
import de from '@/i18n/messages/de'
import en from '@/i18n/messages/en'
import consultantDe from '@/i18n/messages/consultant-de'
import consultantEn from '@/i18n/messages/consultant-en'

type Messages = { [key: string]: string | Messages }

function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') found.set(prefix + key, value)
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) found.set(path, text)
  }
  return found
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

// The consultant pages' texts live in their own files, merged into the app's texts when such a
// page opens (src/i18n/consultant-messages.ts).
describe('the consultant pages’ texts', () => {
  const german = leaves(consultantDe as Messages)
  const english = leaves(consultantEn as Messages)

  it('exist in both languages with the same placeholders', () => {
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort())
    for (const [key, text] of german) expect(placeholders(english.get(key)!), key).toEqual(placeholders(text))
  })

  it('add keys only: merged into the app texts they never replace one', () => {
    for (const [file, app] of [[german, leaves(de as Messages)], [english, leaves(en as Messages)]] as const) {
      for (const key of file.keys()) expect(app.has(key), key).toBe(false)
    }
  })

  it('have no brace outside a placeholder (a mistyped placeholder would show as text)', () => {
    for (const text of [...german.values(), ...english.values()]) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/)
  })
})
