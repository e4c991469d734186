import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import type { Component } from 'vue'
import { createAppI18n } from '@/i18n'
import { uiMessages } from './ui-messages'

/** Mounts a component with the real German UI texts (no stubbed translations). */
export function mountWithI18n<T extends Component>(component: T, options: ComponentMountingOptions<T> = {}) {
  return mount(component, { ...options, global: { ...options.global, plugins: [createAppI18n('de', uiMessages), ...(options.global?.plugins ?? [])] } })
}
