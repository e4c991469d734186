import type { MessageGroup } from '../page-messages'

/** Page texts: stored-checks (one chunk per language, see ../page-messages.ts). */
export const STORED_CHECKS_MESSAGES: MessageGroup = {
  de: () => import('../messages/stored-checks-de'),
  en: () => import('../messages/stored-checks-en'),
}
