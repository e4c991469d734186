import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'

// Explicit, hand-written routes; every view is its own lazily loaded chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('@/views/HomeView.vue') },
  { path: '/datenschutz', name: 'privacy', component: () => import('@/views/PrivacyView.vue') },
  { path: '/ueber', name: 'about', component: () => import('@/views/AboutView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
]

/** The app router; history mode, so the server must answer every path with index.html. */
export function createAppRouter() {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
}
