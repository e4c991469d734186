import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import type { Component } from 'vue'
import { createAppI18n } from '@/i18n'
import de from '@/i18n/messages/de'
import en from '@/i18n/messages/en'
import consultantDe from '@/i18n/messages/consultant-de'
import consultantEn from '@/i18n/messages/consultant-en'

/** Both languages' texts, with those of the consultant pages (which the app adds when such a page opens). */
const messages = { de: { ...de, ...consultantDe, session: { ...de.session, ...consultantDe.session }, exchange: { ...de.exchange, ...consultantDe.exchange } }, en: { ...en, ...consultantEn, session: { ...en.session, ...consultantEn.session }, exchange: { ...en.exchange, ...consultantEn.exchange } } }

/** Mounts a component with the real German UI texts (no stubbed translations). */
export function mountWithI18n<T extends Component>(component: T, options: ComponentMountingOptions<T> = {}) {
  return mount(component, { ...options, global: { ...options.global, plugins: [createAppI18n('de', messages as unknown as { de: typeof de; en: typeof de }), ...(options.global?.plugins ?? [])] } })
}
