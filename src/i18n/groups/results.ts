import type { MessageGroup } from '../page-messages'

/** Page texts: results (one chunk per language, see ../page-messages.ts). */
export const RESULTS_MESSAGES: MessageGroup = {
  de: () => import('../messages/results-de'),
  en: () => import('../messages/results-en'),
}
