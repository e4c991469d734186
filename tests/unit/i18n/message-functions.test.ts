import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import de from '@/i18n/messages/de'
import en from '@/i18n/messages/en'
import { messageFunction, toMessageFunctions, type MessageTree } from '@/i18n/message-functions'

const named = (values: Record<string, unknown>) => ({ named: (key: string) => values[key] })

function leaves(tree: MessageTree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[prefix + key, value] as [string, unknown]],
  )
}

describe('UI texts as message functions (the build ships no message compiler)', () => {
  it('fills named placeholders and keeps every other character as written', () => {
    expect(messageFunction('Wert in {unit}')(named({ unit: 'Euro' }))).toBe('Wert in Euro')
    expect(messageFunction('{min} bis {max} | info@example.org')(named({ min: 0, max: 10 }))).toBe('0 bis 10 | info@example.org')
  })

  it('shows a placeholder without a value as it is, instead of the word "undefined"', () => {
    expect(messageFunction('Schritt {step} von {total}')(named({ step: 2 }))).toBe('Schritt 2 von {total}')
  })

  it('converts a whole tree, leaving functions already made untouched', () => {
    const made = () => 'fertig'
    const converted = toMessageFunctions({ a: 'A', nested: { b: 'B {x}', c: made } })
    expect(typeof converted.a).toBe('function')
    expect((converted.nested.b as unknown as (c: unknown) => string)(named({ x: 1 }))).toBe('B 1')
    expect(converted.nested.c).toBe(made)
    expect(leaves(toMessageFunctions(de) as MessageTree)).toHaveLength(leaves(de as MessageTree).length)
  })

  it('work inside vue-i18n: t() returns the filled text in both languages', () => {
    const i18n = createI18n({ legacy: false, locale: 'de', fallbackLocale: 'de', messages: { de: toMessageFunctions(de), en: toMessageFunctions(en) } })
    expect(i18n.global.t('app.nav.home')).toBe(de.app.nav.home)
    expect(i18n.global.t('app.nav.home', {}, { locale: 'en' })).toBe(en.app.nav.home)
    expect(i18n.global.t('check.question.numberRange', { min: 0, max: 250 })).toBe('Bitte geben Sie eine Zahl zwischen 0 und 250 ein.')
    expect(i18n.global.t('check.question.numberRange', { min: 0, max: 250 }, { locale: 'en' })).toBe('Please enter a number between 0 and 250.')
  })

  it('app texts have no brace outside a placeholder (a mistyped placeholder would show as text)', () => {
    for (const [key, text] of [...leaves(de as MessageTree), ...leaves(en as MessageTree)]) {
      expect(String(text).replace(/\{[A-Za-z_]\w*\}/g, ''), key).not.toMatch(/[{}]/)
    }
  })
})
