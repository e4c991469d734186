/**
 * Registers the service worker of the production build (made by vite-plugin-pwa, precaching the
 * whole app). It is plain bundled code, no inline script, so the CSP stays strict. A new version
 * waits until the user agrees; `onUpdateReady` receives the function that switches to it.
 */

const SERVICE_WORKER_URL = '/sw.js'

/** Registers the service worker and reports a waiting new version (production builds only). */
export function registerServiceWorker(onUpdateReady: (applyUpdate: () => void) => void): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  void startServiceWorker(onUpdateReady).catch((error: unknown) => {
    // Without a service worker the app still works online; only offline use is lost.
    console.warn('Service worker registration failed', error)
  })
}

async function startServiceWorker(onUpdateReady: (applyUpdate: () => void) => void): Promise<void> {
  // The browser's own API, not workbox-window: the few lines below are all this app needs of it,
  // and every page (the questionnaire's included) would otherwise download 2 kB more.
  const container = navigator.serviceWorker
  const registration = await container.register(SERVICE_WORKER_URL, { scope: '/' })
  let switching = false
  let controlled = Boolean(container.controller)

  const applyUpdate = async () => {
    const current = await container.getRegistration()
    switching = true
    // Already active (another tab switched): this page only has to load the new version.
    if (!current?.waiting) {
      window.location.reload()
      return
    }
    container.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    // The generated service worker calls skipWaiting() on this message.
    current.waiting.postMessage({ type: 'SKIP_WAITING' })
  }
  const offer = () => onUpdateReady(() => void applyUpdate())

  // A new version is ready when it is installed while an older one controls this page (on the
  // very first visit there is nothing to update). It may already wait from an earlier visit.
  const watch = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer()
    })
  if (registration.waiting && container.controller) offer()
  watch(registration.installing)
  registration.addEventListener('updatefound', () => watch(registration.installing))

  container.addEventListener('controllerchange', () => {
    // A controller replaced by another tab's update: this page still runs the old code. Offer the
    // reload; forcing it could throw away what is being typed here.
    if (controlled && !switching) offer()
    controlled = true
  })
  // A tab left open for days learns about new versions when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined)
  })
}
