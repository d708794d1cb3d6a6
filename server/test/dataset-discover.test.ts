import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { datasetToYaml } from '../src/connectors/discovery/dataset-yaml'
import { type DiscoverProgress, discoverDataset, type Suggestion } from '../src/connectors/discovery/discover'
import { type DatasetDocument, datasetDocumentSchema } from '../src/domain/datasets/schema'
import { type ChinookDatabase, loadChinookMariadb, loadChinookPostgres } from './support/chinook'
import { spawnCli } from './support/cli'

/**
 * Discovery on the chinook sample in the real PostgreSQL and MariaDB, through the function and through the
 * `custos dataset discover` command. It does not use the Custos database, so it runs once: in the db-pglite project
 * (skipped in db-postgres, which would only repeat it).
 */
const once = process.env.CUSTOS_TEST_DATABASE === 'postgres'

const NAMES = {
  postgres: {
    customer: 'customer',
    employee: 'employee',
    invoice: 'invoice',
    line: 'invoice_line',
    email: 'email',
    phone: 'phone',
    customerId: 'customer_id',
    supportRep: 'support_rep_id',
    invoiceDate: 'invoice_date',
    firstName: 'first_name',
    fax: 'fax',
    notPersonal: ['album', 'artist', 'genre', 'media_type', 'playlist', 'playlist_track', 'track'],
  },
  mysql: {
    customer: 'Customer',
    employee: 'Employee',
    invoice: 'Invoice',
    line: 'InvoiceLine',
    email: 'Email',
    phone: 'Phone',
    customerId: 'CustomerId',
    supportRep: 'SupportRepId',
    invoiceDate: 'InvoiceDate',
    firstName: 'FirstName',
    fax: 'Fax',
    notPersonal: ['Album', 'Artist', 'Genre', 'MediaType', 'Playlist', 'PlaylistTrack', 'Track'],
  },
} as const

describe.skipIf(once).each([
  { dialect: 'postgres' as const, load: loadChinookPostgres },
  { dialect: 'mysql' as const, load: loadChinookMariadb },
])('dataset discovery on $dialect', ({ dialect, load }) => {
  const n = NAMES[dialect]
  let db: ChinookDatabase
  let document: DatasetDocument
  let suggestions: Suggestion[]
  const events: DiscoverProgress[] = []
  const dir = mkdtempSync(join(tmpdir(), 'custos-discover-'))

  beforeAll(async () => {
    db = await load()
    ;({ document, suggestions } = await discoverDataset(
      db.settings,
      { key: 'chinook', system: 'webshop' },
      (p) => events.push(p),
    ))
  })
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    await db?.drop()
  })

  const collection = (name: string) => document.collections.find((c) => c.name === name)
  const field = (table: string, name: string) => collection(table)?.fields.find((f) => f.name === name)
  const suggestion = (table: string, name: string) =>
    suggestions.find((s) => s.collection === table && s.field === name)

  it('finds the customer e-mail and phone as identities with high confidence and reasons', () => {
    expect(field(n.customer, n.email)).toMatchObject({ identity: 'email', category: 'contact_details' })
    expect(suggestion(n.customer, n.email)).toMatchObject({ identity: 'email', category: 'contact_details' })
    expect(suggestion(n.customer, n.email)?.confidence).toBeGreaterThanOrEqual(0.9)
    expect(suggestion(n.customer, n.email)?.reasons).toEqual([
      "name matches 'email'",
      '59/59 samples are e-mail addresses',
    ])
    expect(field(n.customer, n.phone)).toMatchObject({ identity: 'phone', category: 'contact_details' })
    expect(field(n.customer, n.fax)?.identity).toBeUndefined()
    expect(field(n.customer, n.firstName)).toMatchObject({ category: 'identification' })
    // NOT NULL e-mail column: a keyed hash that fits varchar(60); nullable phone: NULL.
    expect(field(n.customer, n.email)?.erasure).toEqual({ strategy: 'hash', maxLength: 60 })
    expect(field(n.customer, n.phone)?.erasure).toEqual({ strategy: 'null' })
    expect(field(n.customer, n.customerId)?.erasure).toEqual({ strategy: 'keep' })
    expect(collection(n.customer)?.primaryKey).toEqual([n.customerId])
  })

  it('follows invoices from their customer, not customers from their support employee', () => {
    expect(field(n.invoice, n.customerId)?.references).toEqual({
      collection: n.customer,
      field: n.customerId,
      direction: 'from',
    })
    expect(field(n.customer, n.supportRep)?.references).toMatchObject({
      collection: n.employee,
      direction: 'none',
    })
    expect(collection(n.invoice)?.dateField).toBe(n.invoiceDate)
    // Invoice lines only hang off a person: described so they are found, kept on erasure.
    const lines = collection(n.line)
    expect(
      lines?.fields.some((f) => f.references?.collection === n.invoice && f.references.direction === 'from'),
    ).toBe(true)
    expect(lines?.fields.every((f) => !f.category && (!f.erasure || f.erasure.strategy === 'keep'))).toBe(
      true,
    )
  })

  it('leaves out tracks, albums and the other tables without personal data', () => {
    const names = document.collections.map((c) => c.name).sort()
    expect(names).toEqual([n.customer, n.employee, n.invoice, n.line].sort())
    for (const table of n.notPersonal) expect(suggestions.some((s) => s.collection === table)).toBe(false)
  })

  it('reports progress per table', () => {
    expect(events.map((e) => e.done)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1))
    expect(new Set(events.map((e) => e.total))).toEqual(new Set([11]))
    expect(events.map((e) => e.table)).toContain(n.customer)
  })

  it('writes YAML with a comment per suggestion that parses back to the same dataset', () => {
    const yaml = datasetToYaml(document, suggestions)
    expect(yaml).toContain(
      `# confidence ${suggestion(n.customer, n.email)?.confidence.toFixed(2)}: name matches 'email'`,
    )
    expect(yaml).not.toContain('rectifiable')
    expect(datasetDocumentSchema.parse(parse(yaml))).toEqual(document)
    expect(datasetDocumentSchema.parse(parse(datasetToYaml(document)))).toEqual(document)
  })

  it('samples no more rows than asked', async () => {
    const small = await discoverDataset(db.settings, {
      key: 'chinook',
      system: 'webshop',
      sampleSize: 5,
      name: 'Shop',
    })
    expect(small.document.name).toBe('Shop')
    expect(
      small.suggestions.find((s) => s.collection === n.customer && s.field === n.email)?.reasons,
    ).toContain('5/5 samples are e-mail addresses')
  })

  it('says clearly when it cannot connect, without the password', async () => {
    const password = 'N0t-the-R1ght-one'
    const user = dialect === 'postgres' ? 'custos_nobody' : db.settings.options.user
    const settings = { ...db.settings, options: { ...db.settings.options, user }, secret: password }
    const failure = discoverDataset(settings, { key: 'chinook', system: 'webshop' })
    await expect(failure).rejects.toThrow(/^The connection failed\. .*\(reference [0-9a-f]{8}\)$/)
    await expect(failure).rejects.not.toThrow(password)
  })

  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnCli(['dataset', 'discover', ...args], { env })

  it('runs as `custos dataset discover` to stdout or a file', () => {
    const printed = cli(['--url', db.url, '--key', 'chinook', '--system', 'webshop', '--sample', '50'])
    expect(printed.code, printed.err).toBe(0)
    const fromStdout = datasetDocumentSchema.parse(parse(printed.out))
    expect(fromStdout.collections.map((c) => c.name).sort()).toEqual(
      document.collections.map((c) => c.name).sort(),
    )
    expect(printed.out).toContain('# confidence')
    const out = join(dir, 'chinook.dataset.yaml')
    const written = cli(['--url', db.url, '--key', 'chinook', '--system', 'webshop', '--out', out])
    expect(written.code, written.err).toBe(0)
    expect(written.out).toBe('')
    expect(written.err).toContain(`Wrote ${out}: 4 collections`)
    expect(datasetDocumentSchema.parse(parse(readFileSync(out, 'utf8')))).toEqual(document)
  }, 180_000)

  it('exits 1 when it cannot connect and 2 on wrong usage', () => {
    const password = 'Wr0ng-pw-from-env'
    const url = new URL(db.url)
    if (dialect === 'postgres') url.username = 'custos_nobody'
    const denied = cli(['--url', url.toString(), '--key', 'chinook', '--system', 'webshop'], {
      CUSTOS_DATASET_PASSWORD: password,
    })
    expect(denied.code).toBe(1)
    // The operator at the command line sees the reason too (the server keeps it in its log).
    expect(denied.err).toMatch(/The connection failed\./)
    expect(denied.err).toMatch(/(denied|does not exist).* \(reference [0-9a-f]{8}\)/)
    expect(denied.err).not.toContain(password)
    if (dialect !== 'postgres') return // usage errors do not depend on the database: checked once
    expect(cli(['--url', 'http://example.com/db', '--key', 'chinook', '--system', 'webshop']).code).toBe(2)
    expect(cli(['--url', 'not a url', '--key', 'chinook', '--system', 'webshop']).code).toBe(2)
    expect(cli(['--url', db.url, '--key', 'Not A Key', '--system', 'webshop']).code).toBe(2)
    expect(cli(['--url', db.url, '--key', 'chinook', '--system', 'webshop', '--sample', '0']).code).toBe(2)
  }, 180_000)
})
