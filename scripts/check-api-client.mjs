#!/usr/bin/env node
// Fails when the committed OpenAPI document or the typed web client no longer match the server's routes (or a
// route has no entry in the operation catalogue: `custos openapi` refuses), or when the committed document has a
// single error or warning of the OpenAPI linter (Redocly CLI, recommended ruleset, redocly.yaml; decision 0026).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Every input an integrator sets - a request body property (at any depth), a query or path parameter - needs a
// description. The inputs still without one are listed in api-description-gaps.txt: a new input without a
// description fails here, and so does a listed one that has got its description (remove its line), so the list
// only shrinks. `node scripts/check-api-client.mjs --write-description-gaps` rewrites the list.
const GAPS_FILE = 'api-description-gaps.txt'
function descriptionGaps(document) {
  const gaps = []
  const walk = (schema, at, op) => {
    if (!schema || typeof schema !== 'object' || schema.$ref) return
    for (const k of ['anyOf', 'oneOf', 'allOf']) for (const s of schema[k] ?? []) walk(s, at, op)
    if (schema.items) walk(schema.items, `${at}[]`, op)
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!property.description) gaps.push(`${op} ${at}.${name}`)
      walk(property, `${at}.${name}`, op)
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
      walk(schema.additionalProperties, `${at}{}`, op)
  }
  for (const [path, operations] of Object.entries(document.paths ?? {}))
    for (const [method, operation] of Object.entries(operations)) {
      const op = `${method.toUpperCase()} ${path}`
      for (const media of Object.values(operation.requestBody?.content ?? {})) walk(media.schema, 'body', op)
      for (const parameter of operation.parameters ?? [])
        if (!parameter.$ref && !parameter.description) gaps.push(`${op} ${parameter.in}.${parameter.name}`)
    }
  return [...new Set(gaps)].sort()
}

const committedDocument = JSON.parse(readFileSync('web/src/api/openapi.json', 'utf8'))
const gaps = descriptionGaps(committedDocument)
if (process.argv.includes('--write-description-gaps')) {
  const header =
    '# Inputs of the API (request body properties, query and path parameters) that still lack a description.\n' +
    '# Checked by `npm run api:check` (scripts/check-api-client.mjs): this list may only shrink.\n'
  writeFileSync(GAPS_FILE, `${header}${gaps.join('\n')}\n`)
  console.log(`${GAPS_FILE}: ${gaps.length} inputs without a description.`)
  process.exit(0)
}
const accepted = new Set(
  readFileSync(GAPS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#')),
)
const added = gaps.filter((g) => !accepted.has(g))
const described = [...accepted].filter((g) => !gaps.includes(g))
if (added.length > 0 || described.length > 0) {
  if (added.length > 0)
    console.error(
      `Inputs without a description (add .describe() to the zod schema):\n  ${added.join('\n  ')}`,
    )
  if (described.length > 0)
    console.error(`Described now - remove these lines from ${GAPS_FILE}:\n  ${described.join('\n  ')}`)
  process.exit(1)
}
console.log(`Every new input has a description (${gaps.length} older ones listed in ${GAPS_FILE}).`)

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
