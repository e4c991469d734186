import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

/**
 * The Content-Security-Policy lives in index.html as a meta tag. The build gets the strict policy;
 * the dev server also needs inline styles (Vite injects SFC styles as <style> tags) and its
 * websocket for hot reload, so it gets a slightly wider one.
 */
function contentSecurityPolicy(isBuild: boolean): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    isBuild ? "style-src 'self'" : "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    isBuild ? "connect-src 'self'" : "connect-src 'self' ws: wss:",
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
  return {
    name: 'reifegrad-csp',
    configResolved(config) {
      isBuild = config.command === 'build'
    },
    transformIndexHtml(html) {
      return html.replace('%REIFEGRAD_CSP%', contentSecurityPolicy(isBuild))
    },
  }
}

export default defineConfig({
  plugins: [vue(), cspMetaTag()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n: composition API only, no legacy API or devtools in production bundles.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    target: 'es2022',
    // The polyfill would be an inline script; the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
  },
})
