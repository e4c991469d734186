import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n, loadMessages } from './i18n'
import { applyLocale, loadSavedLocale } from './storage/locale-preference'
import { registerServiceWorker } from './pwa/register'
import { useAppUpdateStore } from './stores/app-update'
import './styles/base.css'
import './styles/forms.css'
import './styles/results.css'

const locale = loadSavedLocale()
applyLocale(locale)

const pinia = createPinia()
// Only the shown language's texts are loaded before the first render.
const messages = await loadMessages(locale)
createApp(App).use(pinia).use(createAppRouter()).use(createAppI18n(locale, { [locale]: messages })).mount('#app')
// Anonymous submissions waiting in the outbox are sent on start (only where a collector is configured).
if (import.meta.env.VITE_SUBMISSION_URL) void import('./outbox/start-sending').then((module) => module.startSending())
registerServiceWorker((applyUpdate) => useAppUpdateStore(pinia).offer(applyUpdate))
