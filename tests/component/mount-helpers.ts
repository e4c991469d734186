import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import type { Component } from 'vue'
import { createAppI18n } from '@/i18n'
import de from '@/i18n/messages/de'
import en from '@/i18n/messages/en'

/** Mounts a component with the real German UI texts (no stubbed translations). */
export function mountWithI18n<T extends Component>(component: T, options: ComponentMountingOptions<T> = {}) {
  return mount(component, { ...options, global: { ...options.global, plugins: [createAppI18n('de', { de, en }), ...(options.global?.plugins ?? [])] } })
}
