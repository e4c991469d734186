import type { MessageGroup } from '../page-messages'

/** Page texts: info (one chunk per language, see ../page-messages.ts). */
export const INFO_MESSAGES: MessageGroup = {
  de: () => import('../messages/info-de'),
  en: () => import('../messages/info-en'),
}
