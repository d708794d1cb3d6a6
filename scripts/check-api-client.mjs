#!/usr/bin/env node
// Fails when the committed OpenAPI document or the typed web client no longer match the server's routes (or a
// route has no entry in the operation catalogue: `custos openapi` refuses), or when the committed document has a
// single error or warning of the OpenAPI linter (Redocly CLI, recommended ruleset, redocly.yaml; decision 0026).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'custos-api-'))
const doc = join(dir, 'openapi.json')
const types = join(dir, 'schema.d.ts')
execFileSync(process.execPath, ['server/bin/custos.mjs', 'openapi', '--out', doc], { stdio: 'inherit' })
execFileSync(process.execPath, ['node_modules/openapi-typescript/bin/cli.js', doc, '-o', types], {
  stdio: 'ignore',
})

const stale = [
  ['web/src/api/openapi.json', doc],
  ['web/src/api/schema.d.ts', types],
].filter(([committed, fresh]) => readFileSync(committed, 'utf8') !== readFileSync(fresh, 'utf8'))

if (stale.length > 0) {
  console.error(
    `Out of date: ${stale.map(([f]) => f).join(', ')}. Run \`npm run api:generate\` and commit the result.`,
  )
  process.exit(1)
}
console.log('OpenAPI document and typed web client are up to date.')

// The linter works offline: no telemetry, no update check (the document has no remote $ref).
const lintEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
const redocly = ['node_modules/@redocly/cli/bin/cli.js', 'lint', 'web/src/api/openapi.json']
const lint = spawnSync(process.execPath, [...redocly, '--format=json', '--max-problems=1000'], {
  env: lintEnv,
  encoding: 'utf8',
})
let totals
try {
  totals = JSON.parse(lint.stdout).totals
} catch {
  console.error(`The OpenAPI linter did not answer:\n${lint.stdout}\n${lint.stderr}`)
  process.exit(1)
}
if (totals.errors + totals.warnings > 0) {
  // The same problems, worded for people.
  spawnSync(process.execPath, [...redocly, '--format=stylish', '--max-problems=1000'], {
    env: lintEnv,
    stdio: 'inherit',
  })
  console.error(
    `OpenAPI lint: ${totals.errors} error(s), ${totals.warnings} warning(s); the document must have none (redocly.yaml).`,
  )
  process.exit(1)
}
console.log(
  `OpenAPI lint (Redocly recommended): 0 errors, 0 warnings (${totals.ignored} accepted, .redocly.lint-ignore.yaml).`,
)
