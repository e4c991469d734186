import { onBeforeUnmount, watchEffect } from 'vue'

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`

/**
 * Page numbers and a running footer on every printed page ("Seite 2 von 5", the business and the
 * date), in the shown language. CSS page margin boxes cannot read the page's language, so the rule
 * is written here; as a constructed style sheet, which the strict Content-Security-Policy allows
 * (it forbids inline <style> elements).
 */
export function useReportPageMargins(words: () => { footer: string; page: string; of: string }): void {
  if (typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return
  const sheet = new CSSStyleSheet()
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  watchEffect(() => {
    const { footer, page, of } = words()
    const box = 'font-family: system-ui, sans-serif; font-size: 9pt; color: #4a4a4a;'
    sheet.replaceSync(
      `@page { @bottom-left { content: ${cssString(footer)}; ${box} } @bottom-right { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); ${box} } }`,
    )
  })
  onBeforeUnmount(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet)
  })
}
