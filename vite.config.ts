import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The app is served from the site root; all assets are self-hosted and hashed by Vite.
export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // No inline <script> anywhere: the CSP in index.html forbids it.
    modulePreload: { polyfill: false },
  },
})
