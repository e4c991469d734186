import { nextTick, watchEffect } from 'vue'
import { describe, expect, it } from 'vitest'
import { createTranslator, fill } from '@/i18n/translator'
import de from '@/i18n/messages/de'
import en from '@/i18n/messages/en'

describe('the translator', () => {
  const translator = () => createTranslator('de', { de, en })

  it('looks up a text by key in the shown language, with German as the fallback', () => {
    const i18n = translator()
    expect(i18n.t('app.nav.home')).toBe(de.app.nav.home)
    expect(i18n.t('app.nav.home', {}, { locale: 'en' })).toBe(en.app.nav.home)
    i18n.mergeLocaleMessage('de', { only: { german: 'nur deutsch' } })
    expect(i18n.t('only.german', {}, { locale: 'en' })).toBe('nur deutsch')
  })

  it('fills named placeholders, keeps unknown ones visible and shows the key of a missing text', () => {
    const i18n = translator()
    expect(i18n.t('check.question.numberRange', { min: 0, max: 250 })).toBe('Bitte geben Sie eine Zahl zwischen 0 und 250 ein.')
    expect(i18n.t('check.question.numberRange', { min: 0, max: 250 }, { locale: 'en' })).toBe('Please enter a number between 0 and 250.')
    expect(fill('{a} und {b}', { a: 1 })).toBe('1 und {b}')
    expect(i18n.t('no.such.text')).toBe('no.such.text')
    // Other characters of vue-i18n's syntax are plain text here.
    expect(fill('E-Mail: info@example.org | {x}', { x: 'y' })).toBe('E-Mail: info@example.org | y')
  })

  it('re-renders on a language switch and when a page adds its texts', async () => {
    const i18n = translator()
    const seen: string[] = []
    watchEffect(() => seen.push(i18n.t('page.title')))
    i18n.mergeLocaleMessage('de', { page: { title: 'Seite' } })
    await nextTick()
    i18n.mergeLocaleMessage('en', { page: { title: 'Page' } })
    i18n.locale.value = 'en'
    await nextTick()
    expect(seen).toEqual(['page.title', 'Seite', 'Page'])
    expect(i18n.te('page.title', 'de')).toBe(true)
    expect(i18n.availableLocales).toEqual(['de', 'en'])
  })
})
