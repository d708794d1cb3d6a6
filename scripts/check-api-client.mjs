#!/usr/bin/env node
// Fails when the committed OpenAPI document or the typed web client no longer match the server's routes.
import { execFileSync } from 'node:child_process'
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
