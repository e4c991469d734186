import type { MessageGroup } from '../page-messages'

/** Page texts: plan (one chunk per language, see ../page-messages.ts). */
export const PLAN_MESSAGES: MessageGroup = {
  de: () => import('../messages/plan-de'),
  en: () => import('../messages/plan-en'),
}
