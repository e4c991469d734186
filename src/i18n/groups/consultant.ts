import type { MessageGroup } from '../page-messages'

/** Page texts: consultant (one chunk per language, see ../page-messages.ts). */
export const CONSULTANT_MESSAGES: MessageGroup = {
  de: () => import('../messages/consultant-de'),
  en: () => import('../messages/consultant-en'),
}
