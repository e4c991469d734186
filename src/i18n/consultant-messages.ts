import de from './messages/consultant-de'
import en from './messages/consultant-en'
import { usePageMessages } from './page-messages'

/** The texts of the consultant pages (companies, import, session mode), added in each such page's setup. */
export function useConsultantMessages(): void {
  usePageMessages({ de, en })
}
