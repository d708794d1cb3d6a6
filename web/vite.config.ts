import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const api = 'http://localhost:8080'

// The server sends a strict CSP (script-src 'self'; style-src 'self'): nothing may be inlined into index.html.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
  server: {
    proxy: {
      '/api': api,
      '/healthz': api,
    },
  },
})
