#!/usr/bin/env node
// Runs the compiled server (server/dist, built by `npm ci`, `npm run build` and `npm start`). When dist is missing
// or older than the sources - a developer editing src/ - it runs the TypeScript sources through tsx instead, so
// `npx custos` always runs the code as it is now (docs/decisions/0021). CUSTOS_FROM_SOURCES=1 forces the sources.
import { fileURLToPath } from 'node:url'
import { distIsCurrent } from './source-freshness.mjs'

if (process.env.CUSTOS_DEBUG) process.setSourceMapsEnabled(true)
let main
if (!process.env.CUSTOS_FROM_SOURCES && distIsCurrent(fileURLToPath(new URL('..', import.meta.url)))) {
  ;({ main } = await import('../dist/main.js'))
} else {
  if (process.stderr.isTTY)
    process.stderr.write(
      'custos: server/dist is missing or older than server/src; running the sources through tsx (npm run build compiles them).\n',
    )
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/main.ts'))
}
const code = await main(process.argv)
if (!process.argv.includes('start') || code !== 0) process.exit(code)
