import { STORED_CHECKS_MESSAGES } from './groups/stored-checks'
import { usePageMessages } from './page-messages'

/**
 * The texts of the pages that show stored checks (results, "Meine Checks", settings with the
 * anonymous submission, the company pages), added in each such page's setup.
 */
export function useStoredChecksMessages(): void {
  usePageMessages(STORED_CHECKS_MESSAGES)
}
