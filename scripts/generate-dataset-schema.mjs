#!/usr/bin/env node
// Writes docs/dataset.schema.json, the JSON Schema (draft 2020-12) of the dataset file, generated from the zod
// schema the server validates with (server/src/domain/datasets/schema.ts).
//   node scripts/generate-dataset-schema.mjs           regenerate the file
//   node scripts/generate-dataset-schema.mjs --check   exit 1 when the committed file is out of date
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { z } from 'zod'

const SCHEMA_PATH = 'docs/dataset.schema.json'
const schemaFile = fileURLToPath(new URL(`../${SCHEMA_PATH}`, import.meta.url))

const { datasetDocumentSchema, DATASET_FORMAT } = await tsImport(
  '../server/src/domain/datasets/schema.ts',
  import.meta.url,
)

// io 'input': what a file may contain (fields with a default are optional), not what the parser returns.
const { $schema, ...generated } = z.toJSONSchema(datasetDocumentSchema, {
  target: 'draft-2020-12',
  io: 'input',
})

const document = {
  $schema,
  $id: `urn:custos:schema:${DATASET_FORMAT.replace('/', ':')}`,
  title: 'Custos dataset: how one system holds personal data',
  description: `A dataset file (format ${DATASET_FORMAT}), YAML or JSON, describing one system of the register for the request engine. Generated from server/src/domain/datasets/schema.ts by scripts/generate-dataset-schema.mjs - do not edit. The server also checks what JSON Schema cannot express (names that must exist, primary keys for SQL erasure, the system and retention rules of the register); run \`custos dataset check FILE [--org SLUG]\`. See docs/dataset-file.md.`,
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
      `Out of date: ${SCHEMA_PATH}. Run \`node scripts/generate-dataset-schema.mjs\` and commit the result.`,
    )
    process.exit(1)
  }
  console.log(`${SCHEMA_PATH} is up to date.`)
} else {
  writeFileSync(schemaFile, text)
  console.log(`Wrote ${SCHEMA_PATH}.`)
}
