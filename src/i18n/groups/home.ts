import type { MessageGroup } from '../page-messages'

/** Page texts: home (one chunk per language, see ../page-messages.ts). */
export const HOME_MESSAGES: MessageGroup = {
  de: () => import('../messages/home-de'),
  en: () => import('../messages/home-en'),
}
