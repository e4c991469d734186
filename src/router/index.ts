import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

// Explicit, hand-written routes; every view is its own lazily loaded chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/HomeView.vue') },
  { path: '/check/neu', name: 'check-start', component: () => import('@/views/check/CheckStartView.vue') },
  { path: '/check/:id', name: 'check-resume', component: () => import('@/views/check/CheckResumeView.vue'), props: true },
  { path: '/check/:id/profil', name: 'check-profile', component: () => import('@/views/check/CheckProfileView.vue'), props: true },
  {
    path: '/check/:id/schritt/:step',
    name: 'check-step',
    component: () => import('@/views/check/CheckStepView.vue'),
    props: (route) => ({ id: String(route.params.id), step: String(route.params.step) }),
  },
  { path: '/check/:id/pruefen', name: 'check-review', component: () => import('@/views/check/CheckReviewView.vue'), props: true },
  { path: '/check/:id/ergebnis', name: 'check-result', component: () => import('@/views/check/CheckResultView.vue'), props: true },
  { path: '/meine-checks', name: 'my-checks', component: () => import('@/views/MyChecksView.vue') },
  { path: '/einstellungen', name: 'settings', component: () => import('@/views/SettingsView.vue') },
  { path: '/datenschutz', name: 'privacy', component: () => import('@/views/PrivacyView.vue') },
  { path: '/ueber', name: 'about', component: () => import('@/views/AboutView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
]

/** The app router; history mode, so the server must answer every path with index.html. */
export function createAppRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  })
}
