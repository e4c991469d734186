import type { MessageGroup } from '../page-messages'

/** Page texts: issues (one chunk per language, see ../page-messages.ts). */
export const ISSUES_MESSAGES: MessageGroup = {
  de: () => import('../messages/issues-de'),
  en: () => import('../messages/issues-en'),
}
