#!/usr/bin/env node
// `npm run build`: compiles the server (server/dist) and builds the web UI (web/dist). With --if-stale (npm ci's
// prepare and npm start) each part is rebuilt only when its sources changed since its last build, so a start
// after an unchanged checkout does not rebuild anything (docs/decisions/0021).
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  builtFromCurrentSources,
  distIsCurrent,
  newestSourceChange,
} from '../server/bin/source-freshness.mjs'

const root = join(import.meta.dirname, '..')
const ifStale = process.argv.includes('--if-stale')
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' })

if (!ifStale) run(['server/build.mjs'])
else if (distIsCurrent(join(root, 'server'))) console.log('server/dist is current')
else {
  try {
    run(['server/build.mjs'])
  } catch {
    // npm ci must not fail on it: bin/custos.mjs runs the sources through tsx while dist is missing or stale.
    // `npm run build` (and so `npm test`) stays strict.
    console.error(
      'custos: compiling the server failed (above); custos runs the sources through tsx until it builds',
    )
  }
}

// The web build's inputs; the stamp is a dotfile, which the static file server does not serve.
const web = join(root, 'web')
const webSources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(web, p))
const webStamp = join(web, 'dist/.build-info.json')
if (!ifStale || !builtFromCurrentSources(webStamp, ...webSources)) {
  const sources = newestSourceChange(...webSources)
  run([join(root, 'node_modules/vite/bin/vite.js'), 'build', web])
  writeFileSync(webStamp, `${JSON.stringify({ sources })}\n`)
} else console.log('web/dist is current')
