import type { MessageGroup } from '../page-messages'

/** Page texts: lagebild (one chunk per language, see ../page-messages.ts). */
export const LAGEBILD_MESSAGES: MessageGroup = {
  de: () => import('../messages/lagebild-de'),
  en: () => import('../messages/lagebild-en'),
}
