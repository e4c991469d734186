import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router'
import { createAppI18n } from './i18n'
import { applyLocale, loadSavedLocale } from './i18n/locale-preference'
import './styles/base.css'
import './styles/forms.css'

const locale = loadSavedLocale()
applyLocale(locale)

createApp(App).use(createPinia()).use(createAppRouter()).use(createAppI18n(locale)).mount('#app')
