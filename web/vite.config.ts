import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const api = 'http://localhost:8080'

/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to every text file of the build, at the highest levels: the
 * server sends them as they are instead of compressing on every request (docs/decisions/0022).
 */
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'custos-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const name of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
        const file = join(outDir, name)
        if (!/\.(js|css|html|svg|json)$/.test(name) || !statSync(file).isFile()) continue
        const data = readFileSync(file)
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          }),
        )
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }))
      }
    },
  }
}

// The server sends a strict CSP (script-src 'self'; style-src 'self'): nothing may be inlined into index.html.
export default defineConfig({
  plugins: [react(), precompress()],
  // Preact renders the React components (decision 0060): the same API in about a tenth of React DOM's size.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
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
