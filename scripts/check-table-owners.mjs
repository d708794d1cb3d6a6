#!/usr/bin/env node
/**
 * Table owners (decision 0098): every table of the app's database belongs to one area of server/src - a feature
 * module (modules/<feature>) or a piece of infrastructure (audit, jobs, http, ...). Only its owner queries it;
 * another area asks the owner through its face (modules/<feature>/index.ts). dependency-cruiser sees imports, not
 * SQL, so this script reads the code for table names: the Kysely calls that name a table (selectFrom, insertInto,
 * updateTable, deleteFrom, the joins, mergeInto, replaceInto) and the FROM / JOIN / UPDATE / INTO of sql`...`
 * templates.
 *
 *   node scripts/check-table-owners.mjs          exit 1 on a table without owner, an access outside the owner
 *                                                that scripts/table-access-debt.json does not list, or a listed
 *                                                access that no longer exists (the list only shrinks)
 *
 * Tests (*.test.ts), the migrations and db/ itself are not checked: they set up and read every table.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const KYSELY_TABLE_CALLS =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto|replaceInto)\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*"|`[^`$]*`)/g
const QUOTED = /'([^']*)'|"([^"]*)"|`([^`]*)`/g
const SQL_TABLE_WORDS = /\b(?:from|join|update|into|table)\s+"?([a-z_][a-z0-9_]*)"?/gi

/** The table names of the `DB` interface in db/schema.ts (`name: SomethingTable`). */
export function tablesOfSchema(schemaText) {
  const body = /export interface DB \{([\s\S]*?)\n\}/.exec(schemaText)?.[1]
  if (!body) throw new Error('db/schema.ts has no `export interface DB { ... }`')
  return [...body.matchAll(/^\s*([a-z_][a-z0-9_]*)\s*:/gm)].map((m) => m[1])
}

/** The text of every sql`...` (or sql<T>`...`) template in a source, `${...}` parts left out. */
export function sqlTemplates(source) {
  const texts = []
  const start = /\bsql(?:<[^`>]*(?:<[^`>]*>[^`>]*)*>)?`/g
  for (let m = start.exec(source); m; m = start.exec(source)) {
    let i = m.index + m[0].length
    let text = ''
    while (i < source.length && source[i] !== '`') {
      if (source[i] === '\\') {
        text += source.slice(i, i + 2)
        i += 2
      } else if (source[i] === '$' && source[i + 1] === '{') {
        // Skip the interpolation, nested braces and strings included.
        let depth = 1
        i += 2
        while (i < source.length && depth > 0) {
          const c = source[i]
          if (c === '{') depth++
          else if (c === '}') depth--
          else if (c === "'" || c === '"' || c === '`') {
            const close = source.indexOf(c, i + 1)
            i = close === -1 ? source.length : close
          }
          i++
        }
        text += ' ? '
      } else {
        text += source[i]
        i++
      }
    }
    texts.push(text)
    start.lastIndex = i + 1
  }
  return texts
}

/** The tables (of `tables`) a source names in Kysely calls and sql templates. */
export function tableReferences(source, tables) {
  const known = new Set(tables)
  const found = new Set()
  for (const call of source.matchAll(KYSELY_TABLE_CALLS)) {
    for (const quoted of call[2].matchAll(QUOTED)) {
      const name = (quoted[1] ?? quoted[2] ?? quoted[3] ?? '').trim().split(/\s+as\s+|\s/)[0]
      if (known.has(name)) found.add(name)
    }
  }
  for (const text of sqlTemplates(source)) {
    for (const word of text.matchAll(SQL_TABLE_WORDS)) {
      const name = word[1].toLowerCase()
      if (known.has(name)) found.add(name)
    }
  }
  return [...found].sort()
}

/** The area a file of server/src belongs to: `modules/<feature>`, else its first folder (`cli`, `jobs`...). */
export function areaOf(path) {
  const parts = path.split('/')
  const at = parts.indexOf('src')
  const inside = parts.slice(at + 1)
  if (inside[0] === 'modules' && inside.length > 2) return `modules/${inside[1]}`
  if (inside.length > 1) return inside[0]
  return 'src'
}

/**
 * The findings for these files: tables without a valid owner, accesses outside the owner not in the debt list,
 * and debt entries that no longer match an access.
 * @param {{ tables: string[], owners: Record<string, string | string[]>, debt: { file: string, table: string }[],
 *   files: { path: string, source: string }[] }} input
 */
export function checkTableOwners({ tables, owners, debt, files }) {
  const problems = []
  for (const table of tables)
    if (!owners[table]) problems.push(`${table}: no owner in scripts/table-owners.json`)
  for (const table of Object.keys(owners))
    if (!tables.includes(table)) problems.push(`${table}: owned in scripts/table-owners.json but not a table`)
  const owed = new Set(debt.map((d) => `${d.file} ${d.table}`))
  const seen = new Set()
  for (const { path, source } of files) {
    const area = areaOf(path)
    for (const table of tableReferences(source, tables)) {
      const owner = owners[table]
      if (!owner || [owner].flat().includes(area)) continue
      const key = `${path} ${table}`
      if (owed.has(key)) seen.add(key)
      else
        problems.push(
          `${path}: queries ${table}, a table of ${[owner].flat().join(' + ')}; ask the owner through its face`,
        )
    }
  }
  for (const key of owed)
    if (!seen.has(key))
      problems.push(
        `${key.replace(' ', ': ')} is listed as debt but no longer queried there; remove the entry`,
      )
  return problems
}

function sourcesUnder(root, dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourcesUnder(root, full))
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      out.push(relative(root, full).split(sep).join('/'))
  }
  return out
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const read = (path) => readFileSync(join(root, path), 'utf8')
  const tables = tablesOfSchema(read('server/src/db/schema.ts'))
  const owners = JSON.parse(read('scripts/table-owners.json')).owners
  const debt = JSON.parse(read('scripts/table-access-debt.json')).debt
  const files = sourcesUnder(root, join(root, 'server/src'))
    .filter((path) => !path.startsWith('server/src/db/'))
    .map((path) => ({ path, source: read(path) }))
  const problems = checkTableOwners({ tables, owners, debt, files })
  for (const problem of problems) console.error(problem)
  if (problems.length) {
    console.error(
      `\ntable owners: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} (docs/decisions/0098)`,
    )
    process.exitCode = 1
  } else
    console.log(`table owners: ${tables.length} tables, ${files.length} files, ${debt.length} known debts`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
