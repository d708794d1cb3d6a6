#!/usr/bin/env node
// Writes docs/register.schema.json, the JSON Schema (draft 2020-12) of the register file, generated from the zod
// schema the server validates with (server/src/domain/register/schema.ts).
//   node scripts/generate-register-schema.mjs           regenerate the file
//   node scripts/generate-register-schema.mjs --check   exit 1 when the committed file is out of date
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { z } from 'zod'

const SCHEMA_PATH = 'docs/register.schema.json'
const schemaFile = fileURLToPath(new URL(`../${SCHEMA_PATH}`, import.meta.url))

const { registerDocumentSchema, REGISTER_FORMAT } = await tsImport(
  '../server/src/domain/register/schema.ts',
  import.meta.url,
)

// io 'input': what a file may contain (fields with a default are optional), not what the parser returns.
const { $schema, ...generated } = z.toJSONSchema(registerDocumentSchema, {
  target: 'draft-2020-12',
  io: 'input',
})

const document = {
  $schema,
  $id: `urn:custos:schema:${REGISTER_FORMAT.replace('/', ':')}`,
  title: 'Custos register of processing activities (Art. 30 GDPR)',
  description: `A register file (format ${REGISTER_FORMAT}), YAML or JSON. Generated from server/src/domain/register/schema.ts by scripts/generate-register-schema.mjs - do not edit. The server also checks what JSON Schema cannot express (e.g. enterprise number check digits); run \`custos register check FILE\`.`,
  ...generated,
}
const text = `${JSON.stringify(document, null, 2)}\n`

if (process.argv.includes('--check')) {
  let committed = ''
  try {
    committed = readFileSync(schemaFile, 'utf8')
  } catch {
    // missing: reported as out of date below
  }
  if (committed !== text) {
    console.error(
      `Out of date: ${SCHEMA_PATH}. Run \`node scripts/generate-register-schema.mjs\` and commit the result.`,
    )
    process.exit(1)
  }
  console.log(`${SCHEMA_PATH} is up to date.`)
} else {
  writeFileSync(schemaFile, text)
  console.log(`Wrote ${SCHEMA_PATH}.`)
}
