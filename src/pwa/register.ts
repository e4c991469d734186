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
  const { Workbox } = await import('workbox-window')
  const workbox = new Workbox(SERVICE_WORKER_URL, { scope: '/' })
  const container = navigator.serviceWorker
  let switching = false
  let controlled = Boolean(container.controller)

  const applyUpdate = async () => {
    const registration = await container.getRegistration()
    switching = true
    // Already active (another tab switched): this page only has to load the new version.
    if (!registration?.waiting) {
      window.location.reload()
      return
    }
    container.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    workbox.messageSkipWaiting()
  }
  const offer = () => onUpdateReady(() => void applyUpdate())

  workbox.addEventListener('waiting', offer)
  container.addEventListener('controllerchange', () => {
    // A controller replaced by another tab's update: this page still runs the old code. Offer the
    // reload; forcing it could throw away what is being typed here.
    if (controlled && !switching) offer()
    controlled = true
  })
  // A tab left open for days learns about new versions when it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update().catch(() => undefined)
  })
  await workbox.register()
}
