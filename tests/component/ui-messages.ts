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

type Tree = { [key: string]: string | Tree }

function merged(...trees: object[]): Tree {
  const out: Tree = {}
  for (const tree of trees as Tree[]) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key]
      out[key] = typeof value === 'object' && typeof existing === 'object' ? merged(existing, value) : value
    }
  }
  return out
}

/** Both languages' texts, with those of single pages (which the app adds when such a page opens). */
export const uiMessages = {
  de: merged(de, consultantDe, homeDe, infoDe, resultsDe, storedChecksDe),
  en: merged(en, consultantEn, homeEn, infoEn, resultsEn, storedChecksEn),
} as unknown as { de: typeof de; en: typeof de }
