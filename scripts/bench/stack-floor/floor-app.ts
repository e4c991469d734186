/**
 * The part of the stack floor both variants share: a router with one route, a pinia store, vue-i18n
 * without its message compiler and an IndexedDB write through idb, used the way the app uses them.
 * No app code, no texts, no questionnaire. Each variant brings its own form.
 */
import { openDB } from 'idb'
import { createPinia, defineStore } from 'pinia'
import { createApp, defineComponent, h, ref, type VNode } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import { createRouter, createWebHistory, RouterView } from 'vue-router'

/** What a variant's form needs from the page: a label text and a way to save a value. */
export interface FloorForm {
  render(label: string, save: (value: string) => Promise<void>): () => VNode
}

const useCounter = defineStore('counter', () => {
  const count = ref(0)
  return { count, add: () => count.value++ }
})

export function mountFloor(form: FloorForm): void {
  const Page = defineComponent({
    setup() {
      const { t } = useI18n()
      const counter = useCounter()
      const save = async (value: string) => {
        const db = await openDB('floor', 1, { upgrade: (database) => database.createObjectStore('values') })
        await db.put('values', value, 'name')
        counter.add()
      }
      const renderForm = form.render(t('name'), save)
      return () => h('main', [renderForm(), h('p', String(counter.count))])
    },
  })
  const router = createRouter({ history: createWebHistory(), routes: [{ path: '/:any(.*)*', component: Page }] })
  // Message functions, as the app ships them (src/i18n/message-functions.ts).
  const i18n = createI18n({ legacy: false, locale: 'de', messages: { de: { name: () => 'Name' } } })
  createApp(RouterView).use(createPinia()).use(router).use(i18n).mount('#app')
}
