import { fileURLToPath, URL } from 'node:url'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { parseSubmissionEndpoint } from './src/domain/submission/endpoint.ts'
import vue from '@vitejs/plugin-vue'
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa'
import { shippedQuestionnaires } from './scripts/vite/shipped-questionnaires.ts'
import { shippedDistricts } from './scripts/vite/districts.ts'

/**
 * The Content-Security-Policy lives in index.html as a meta tag. The build gets the strict policy;
 * the dev server also needs inline styles (Vite injects SFC styles as <style> tags) and its
 * websocket for hot reload, so it gets a slightly wider one.
 */
function contentSecurityPolicy(isBuild: boolean, collectorOrigin: string | null): string {
  const connect = ["'self'", ...(collectorOrigin ? [collectorOrigin] : []), ...(isBuild ? [] : ['ws:', 'wss:'])]
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    isBuild ? "style-src 'self'" : "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Exactly the configured collector's origin may be reached, nothing else (collector/CONTRACT.md).
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'none'",
  ]
  return directives.join('; ')
}

function cspMetaTag(): Plugin {
  let isBuild = false
  let collectorOrigin: string | null = null
  return {
    name: 'reifegrad-csp',
    configResolved(config) {
      isBuild = config.command === 'build'
      const raw = loadEnv(config.mode, config.root, 'VITE_').VITE_SUBMISSION_URL
      const endpoint = parseSubmissionEndpoint(raw)
      // A mistyped collector URL must fail the build, not silently turn the feature off.
      if (raw && !endpoint) throw new Error(`VITE_SUBMISSION_URL must be https (or http on 127.0.0.1/localhost): ${raw}`)
      collectorOrigin = endpoint?.origin ?? null
    },
    transformIndexHtml(html) {
      return html.replace('%REIFEGRAD_CSP%', contentSecurityPolicy(isBuild, collectorOrigin))
    },
  }
}

/**
 * Installable and offline: a generated service worker precaches the whole app (every JS chunk,
 * including the questionnaire chunks, styles, index.html, icons) and answers every navigation
 * with index.html (history-mode routes). `prompt`: a new version waits until the user chooses to
 * update (src/pwa/register.ts registers it from the bundle; nothing is injected into index.html,
 * so the CSP stays free of inline scripts).
 */
const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    id: '/',
    name: 'Reifegrad – Digitalisierungs-Check',
    short_name: 'Reifegrad',
    description: 'Der Digitalisierungs-Check für Mittelstand und Handwerk. Läuft im Browser, Ihre Daten bleiben auf Ihrem Gerät.',
    lang: 'de',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b5394',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    // The first visit is controlled at once, so it works offline without a reload. An update still
    // waits: it only activates when the user asks for it (or when every tab is closed).
    clientsClaim: true,
  },
}

export default defineConfig({
  plugins: [vue(), cspMetaTag(), shippedQuestionnaires({
      root: fileURLToPath(new URL('.', import.meta.url)),
      questionnaires: ['digitalisierungsgrad-check', 'schnellcheck-handwerk'],
    }), shippedDistricts({ root: fileURLToPath(new URL('.', import.meta.url)) }), VitePWA(pwaOptions)],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // Every component uses <script setup>; the Options API support is dead weight (about 1.5 kB gzipped).
    __VUE_OPTIONS_API__: false,
  },
  build: {
    target: 'es2022',
    // The polyfill would be an inline script; the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // A questionnaire version's chunk is named after the questionnaire and the version (the file is `<id>/<version>.json`).
        chunkFileNames: (chunk) => {
          const version = /questionnaires[\\/]([^\\/]+)[\\/](\d+\.\d+\.\d+)\.json/.exec(chunk.facadeModuleId ?? '')
          return version ? `assets/${version[1]}-${version[2]}-[hash].js` : 'assets/[name]-[hash].js'
        },
        codeSplitting: {
          // Vue, its router and pinia are all needed on every page: as one file they compress
          // together and lose the glue between chunks (about 3 kB gzipped less on every route).
          // Other libraries stay with the pages that need them.
          groups: [
            { name: 'vue-stack', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/ },
            // What every page of a check shares (these modules and what they import: the check's
            // store, storage and the record shapes), as one file instead of twenty small ones that
            // each cost their import lines and compress alone: about 6 kB gzipped less on the way
            // through a check, for about 9 kB more on the start page (still within its budget).
            {
              name: 'app-shared',
              test: /src[\\/](composables[\\/](useDates|useLocalized|useMinutes|usePageTitle|useAnswerText|useOpenAssessment|useDraftPage|useDraftEditing|useErrorMessage)|i18n[\\/](translator|page-messages)|stores[\\/](notice|unsaved-input|durability|saved-writes|answer-writer)|storage[\\/]locale-preference|domain[\\/](app-error|text|scoring[\\/]engine-version)|components[\\/]questionnaire[\\/]SaveStatus)\b/,
            },
          ],
        },
      },
    },
  },
})
