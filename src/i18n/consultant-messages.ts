import { CONSULTANT_MESSAGES } from './groups/consultant'
import { usePageMessages } from './page-messages'

/** The texts of the consultant pages (companies, import, session mode), added in each such page's setup. */
export function useConsultantMessages(): void {
  usePageMessages(CONSULTANT_MESSAGES)
}
