import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import type { Component } from 'vue'
import { rememberSessionMode, sessionModeOn } from '@/storage/session-preference'
import { appTranslator } from '@/i18n/translator'
import { loadMessageGroup, type MessageGroup } from '@/i18n/page-messages'

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page's title (a page may set a more specific one, see usePageTitle). */
    title?: string
  }
}

const stepProps = (route: RouteLocationNormalized) => ({ id: String(route.params.id), step: String(route.params.step) })

/**
 * Session mode (Beratungsmodus) is which kind of step page the consultant is on, and it is
 * remembered on the device: opening a session-mode page turns it on; going from there to the plain
 * step page (only its "Beratungsmodus" switch does that) turns it off; any other way to a plain
 * step leads to its session-mode page while it is on. Notes have their own page, so a business
 * answering alone never loads them.
 */
function toPlainStep(to: RouteLocationNormalized, from: RouteLocationNormalized) {
  if (from.name === 'check-session') rememberSessionMode(false)
  else if (sessionModeOn()) return { name: 'check-session', params: to.params, hash: to.hash, replace: true }
  return true
}

/**
 * A lazily loaded view whose page texts (its `pageMessages`, one chunk per language) are loaded in
 * the shown language before it opens, so it never shows before its words; and its `beforeOpen`
 * data, if it has any.
 */
function view(load: () => Promise<{ default: Component; pageMessages?: readonly MessageGroup[]; beforeOpen?: () => Promise<void> }>) {
  return async () => {
    const module = await load()
    const translator = appTranslator()
    const texts = translator ? (module.pageMessages ?? []).map((group) => loadMessageGroup(translator, group, translator.locale.value)) : []
    // What the page shows at once (e.g. the start page's unfinished checks), so nothing moves after the first paint.
    await Promise.all([...texts, module.beforeOpen?.().catch(() => undefined)])
    return module
  }
}

// Explicit, hand-written routes; every view is its own lazily loaded chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', meta: { title: 'titles.home' }, component: view(() => import('@/views/HomeView.vue')) },
  { path: '/check/neu', name: 'check-start', meta: { title: 'titles.checkStart' }, component: view(() => import('@/views/check/CheckStartView.vue')) },
  { path: '/check/:id', name: 'check-resume', meta: { title: 'titles.checkStep' }, component: view(() => import('@/views/check/CheckResumeView.vue')), props: true },
  { path: '/check/:id/profil', name: 'check-profile', meta: { title: 'titles.checkProfile' }, component: view(() => import('@/views/check/CheckProfileView.vue')), props: true },
  {
    path: '/check/:id/schritt/:step',
    name: 'check-step', meta: { title: 'titles.checkStep' },
    component: view(() => import('@/views/check/CheckStepView.vue')),
    props: stepProps,
    beforeEnter: toPlainStep,
  },
  {
    path: '/check/:id/beratung/:step',
    name: 'check-session',
    meta: { title: 'titles.checkStep' },
    component: view(() => import('@/views/check/CheckSessionView.vue')),
    props: stepProps,
    beforeEnter: () => rememberSessionMode(true),
  },
  {
    path: '/check/:id/praesentation/:step',
    name: 'check-presentation', meta: { title: 'titles.checkStep' },
    component: view(() => import('@/views/check/CheckPresentationView.vue')),
    props: stepProps,
  },
  { path: '/check/:id/pruefen', name: 'check-review', meta: { title: 'titles.review' }, component: view(() => import('@/views/check/CheckReviewView.vue')), props: true },
  { path: '/check/:id/ergebnis', name: 'check-result', meta: { title: 'titles.result' }, component: view(() => import('@/views/check/CheckResultView.vue')), props: true },
  { path: '/meine-checks', name: 'my-checks', meta: { title: 'titles.myChecks' }, component: view(() => import('@/views/MyChecksView.vue')) },
  { path: '/betriebe', name: 'companies', meta: { title: 'titles.companies' }, component: view(() => import('@/views/companies/CompanyListView.vue')) },
  { path: '/betriebe/neu', name: 'company-new', meta: { title: 'titles.companyNew' }, component: view(() => import('@/views/companies/CompanyEditView.vue')) },
  { path: '/betriebe/import', name: 'company-import', meta: { title: 'titles.companyImport' }, component: view(() => import('@/views/companies/CompanyImportView.vue')) },
  { path: '/betriebe/:id', name: 'company', meta: { title: 'titles.company' }, component: view(() => import('@/views/companies/CompanyDetailView.vue')), props: true },
  { path: '/betriebe/:id/bearbeiten', name: 'company-edit', meta: { title: 'titles.companyEdit' }, component: view(() => import('@/views/companies/CompanyEditView.vue')), props: true },
  { path: '/faellig', name: 'due-steps', meta: { title: 'titles.due' }, component: view(() => import('@/views/DueStepsView.vue')) },
  { path: '/lagebild', name: 'lagebild', meta: { title: 'titles.lagebild' }, component: view(() => import('@/views/LagebildView.vue')) },
  { path: '/einstellungen', name: 'settings', meta: { title: 'titles.settings' }, component: view(() => import('@/views/SettingsView.vue')) },
  { path: '/datenschutz', name: 'privacy', meta: { title: 'titles.privacy' }, component: view(() => import('@/views/PrivacyView.vue')) },
  { path: '/ueber', name: 'about', meta: { title: 'titles.about' }, component: view(() => import('@/views/AboutView.vue')) },
  { path: '/:pathMatch(.*)*', name: 'not-found', meta: { title: 'titles.notFound' }, component: view(() => import('@/views/NotFoundView.vue')) },
]

/** The app router; history mode, so the server must answer every path with index.html. */
export function createAppRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  })
}
