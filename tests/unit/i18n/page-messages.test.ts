import { describe, expect, it } from 'vitest'
import de from '@/i18n/messages/de'
import en from '@/i18n/messages/en'
import consultantDe from '@/i18n/messages/consultant-de'
import consultantEn from '@/i18n/messages/consultant-en'
import homeDe from '@/i18n/messages/home-de'
import homeEn from '@/i18n/messages/home-en'
import infoDe from '@/i18n/messages/info-de'
import infoEn from '@/i18n/messages/info-en'
import resultsDe from '@/i18n/messages/results-de'
import resultsEn from '@/i18n/messages/results-en'
import storedChecksDe from '@/i18n/messages/stored-checks-de'
import storedChecksEn from '@/i18n/messages/stored-checks-en'

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

// Texts of single pages live in their own files, merged into the app's texts when such a page
// opens (src/i18n/page-messages.ts).
const GROUPS = [
  ['consultant pages', consultantDe, consultantEn],
  ['start page', homeDe, homeEn],
  ['privacy and about pages', infoDe, infoEn],
  ['measures and comparison on the results page', resultsDe, resultsEn],
  ['pages that show stored checks (results, Meine Checks, settings, companies)', storedChecksDe, storedChecksEn],
] as const

describe.each(GROUPS)('the texts of the %s', (_name, groupDe, groupEn) => {
  const german = leaves(groupDe as Messages)
  const english = leaves(groupEn as Messages)

  it('exist in both languages with the same placeholders', () => {
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort())
    for (const [key, text] of german) expect(placeholders(english.get(key)!), key).toEqual(placeholders(text))
  })

  it('add keys only: merged into the app texts (or another page’s) they never replace one', () => {
    const others = GROUPS.filter(([, other]) => other !== groupDe)
    for (const [file, app, otherFiles] of [
      [german, leaves(de as Messages), others.map(([, other]) => leaves(other as Messages))],
      [english, leaves(en as Messages), others.map(([, , other]) => leaves(other as Messages))],
    ] as const) {
      for (const key of file.keys()) {
        expect(app.has(key), key).toBe(false)
        for (const other of otherFiles) expect(other.has(key), key).toBe(false)
      }
    }
  })

  it('have no brace outside a placeholder (a mistyped placeholder would show as text)', () => {
    for (const text of [...german.values(), ...english.values()]) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/)
  })
})
