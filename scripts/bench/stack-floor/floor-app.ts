/**
 * The part of the stack floor both variants share: a router with one route, a pinia store and an
 * IndexedDB write through idb, used the way the app uses them. No app code, no texts (the app's own
 * translator, src/i18n/translator.ts, is app code), no questionnaire. Each variant brings its own form.
 */
import { openDB } from 'idb'
import { createPinia, defineStore } from 'pinia'
import { createApp, defineComponent, h, ref, type VNode } from 'vue'
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
      const counter = useCounter()
      const save = async (value: string) => {
        const db = await openDB('floor', 1, { upgrade: (database) => database.createObjectStore('values') })
        await db.put('values', value, 'name')
        counter.add()
      }
      const renderForm = form.render('Name', save)
      return () => h('main', [renderForm(), h('p', String(counter.count))])
    },
  })
  const router = createRouter({ history: createWebHistory(), routes: [{ path: '/:any(.*)*', component: Page }] })
  createApp(RouterView).use(createPinia()).use(router).mount('#app')
}
