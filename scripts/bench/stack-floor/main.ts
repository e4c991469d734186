/**
 * The smallest page that uses each library the questionnaire's path is built on (DESIGN.md,
 * "Tooling") the way the app does: a router with one route, a pinia store, vue-i18n without its
 * message compiler, a vee-validate form with a yup schema, an IndexedDB read through idb. No app
 * code, no texts, no questionnaire: its bytes are the floor under the questionnaire budget.
 */
import { openDB } from 'idb'
import { createPinia, defineStore } from 'pinia'
import { useForm } from 'vee-validate'
import { createApp, defineComponent, h, ref } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import { createRouter, createWebHistory, RouterView } from 'vue-router'
import { object, string } from 'yup'

const useCounter = defineStore('counter', () => {
  const count = ref(0)
  return { count, add: () => count.value++ }
})

const Page = defineComponent({
  setup() {
    const { t } = useI18n()
    const counter = useCounter()
    const { defineField, errors, handleSubmit } = useForm({ validationSchema: object({ name: string().required() }) })
    const [name, nameAttrs] = defineField('name')
    const submit = handleSubmit(async (values) => {
      const db = await openDB('floor', 1, { upgrade: (database) => database.createObjectStore('values') })
      await db.put('values', values.name, 'name')
      counter.add()
    })
    return () =>
      h('form', { onSubmit: submit }, [
        h('label', [t('name'), h('input', { ...nameAttrs.value, value: name.value, onInput: (event: { target: unknown }) => (name.value = (event.target as { value: string }).value) })]),
        h('p', errors.value.name ?? String(counter.count)),
        h('button', t('save')),
      ])
  },
})

const router = createRouter({ history: createWebHistory(), routes: [{ path: '/:any(.*)*', component: Page }] })
// Message functions, as the app ships them (src/i18n/message-functions.ts).
const i18n = createI18n({ legacy: false, locale: 'de', messages: { de: { name: () => 'Name', save: () => 'Speichern' } } })
createApp(RouterView).use(createPinia()).use(router).use(i18n).mount('#app')
