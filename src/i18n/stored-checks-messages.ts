import de from './messages/stored-checks-de'
import en from './messages/stored-checks-en'
import { usePageMessages } from './page-messages'

/**
 * The texts of the pages that show stored checks (results, "Meine Checks", settings with the
 * anonymous submission, the company pages), added in each such page's setup.
 */
export function useStoredChecksMessages(): void {
  usePageMessages({ de, en })
}
