import fc from 'fast-check'
import { unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import { samplePackageInput } from '../../../test/fixtures/answer-package'
import { readCsvText } from '../../lib/csv'
import { html } from '../../lib/html'
import { buildPackage, packageFiles, zipTimestamp } from './build-package'
import { fileSegment, packageTables } from './content'
import { packageLinkExpiry } from './link-expiry'
import type { PackageInput } from './model'

// ignoreBOM: keep the byte order mark, which the test checks is there.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
const unzip = (zip: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, decoder.decode(bytes)]))
const csvRows = async (text: string) => (await readCsvText(text, { separator: ',' })).map((r) => r.fields)

describe('answer package (zip)', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it('holds index.html, README.txt, data.json and one CSV per collection, as built', () => {
    const input = samplePackageInput('nl')
    const built = buildPackage(input)
    expect(built.fileName).toBe('DSR-2026-0007-inzage.zip')
    expect(built.entries).toEqual([
      'index.html',
      'README.txt',
      'data.json',
      'csv/crm/customers.csv',
      'csv/crm/invoices.csv',
      'csv/mailer/subscribers.csv',
      'csv/mailer/bounces.csv',
    ])
    const files = unzip(built.zip)
    expect(Object.keys(files)).toEqual(built.entries)
    expect(files).toEqual(Object.fromEntries(packageFiles(input)))
  })

  it('is byte for byte the same for the same input, whatever the time zone of the machine', () => {
    process.env.TZ = 'UTC'
    const a = buildPackage(samplePackageInput('fr'))
    process.env.TZ = 'America/New_York'
    const b = buildPackage(samplePackageInput('fr'))
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true)
    // Local file header: time at offset 10, date at 12 (MS-DOS format), the Brussels wall clock of generation.
    const view = new DataView(a.zip.buffer, a.zip.byteOffset)
    const time = view.getUint16(10, true)
    const date = view.getUint16(12, true)
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([14, 30, 4])
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 3, 2])
    const other = buildPackage({ ...samplePackageInput('fr'), generatedAt: new Date('2026-03-03T00:00:00Z') })
    expect(Buffer.from(other.zip).equals(Buffer.from(a.zip))).toBe(false)
  })

  it('takes the Brussels wall clock for entry times in summer too', () => {
    process.env.TZ = 'Asia/Tokyo'
    const local = zipTimestamp(new Date('2026-07-01T10:00:00Z'))
    expect([local.getHours(), local.getDate()]).toEqual([12, 1])
  })

  it('writes data.json with field categories, ISO dates and base64 binaries', () => {
    const files = unzip(buildPackage(samplePackageInput('en')).zip)
    const json = JSON.parse(files['data.json'] ?? '')
    expect(json).toMatchObject({
      format: 'custos-answer-package',
      formatVersion: 1,
      kind: 'access',
      language: 'en',
      generatedAt: '2026-03-02T13:30:05.000Z',
      controller: { legalName: 'Fidu Janssens BV', enterpriseNumber: 'BE 0123.456.749' },
      request: { reference: 'DSR-2026-0007', receivedAt: '2026-02-20T09:00:00.000Z' },
    })
    const crm = json.systems[0]
    expect(crm).toMatchObject({ system: 'crm', dataset: 'crm-db', systemName: 'Klantenbeheer (CRM)' })
    expect(crm.collections[0].fields[2]).toEqual({
      name: 'email',
      category: 'contact_details',
      categoryLabel: 'Contactgegevens',
      providedBySubject: true,
    })
    // The raw value, not neutralised: data.json is for software, not for a spreadsheet.
    expect(crm.collections[0].rows[0].segment).toBe('=HYPERLINK("http://evil.example","klik")')
    const invoices = crm.collections[1]
    expect(invoices.rows[0].issued_at).toBe('2025-05-01T10:00:00.000Z')
    // A value the dataset does not describe is kept for access, without a category.
    expect(invoices.fields.at(-1)).toEqual({
      name: 'note',
      category: null,
      categoryLabel: null,
      providedBySubject: false,
    })
    expect(invoices.rows[0].note).toBeNull()
    expect(json.systems[1].collections[0].rows[0].avatar).toBe('AAEC+g==')
    expect(json.withheld).toHaveLength(1)
    expect(json.information.length).toBeGreaterThan(3)
  })

  it('writes each CSV with a BOM, the field names as header and formulas neutralised', async () => {
    const files = unzip(buildPackage(samplePackageInput('nl')).zip)
    const customers = files['csv/crm/customers.csv'] ?? ''
    expect(customers.startsWith('\uFEFFid,first_name,email,phone,segment\r\n')).toBe(true)
    expect((await csvRows(customers))[1]).toEqual([
      '42',
      'Élise',
      'elise@example.be',
      "'+32 475 12 34 56",
      '\'=HYPERLINK("http://evil.example","klik")',
    ])
    expect(await csvRows(files['csv/crm/invoices.csv'] ?? '')).toEqual([
      ['invoice_id', 'customer_id', 'total', 'issued_at', 'note'],
      ['1', '42', '12.5', '2025-05-01T10:00:00.000Z', ''],
      ['2', '42', '-3', '2025-06-01T10:00:00.000Z', 'credit "note", <b>'],
    ])
    expect(files['csv/mailer/bounces.csv']).toBe('\uFEFFreason\r\n')
  })

  it('for portability keeps only the fields the subject provided, and collections left with one', async () => {
    const input = samplePackageInput('nl', 'portability')
    const built = buildPackage(input)
    expect(built.fileName).toBe('DSR-2026-0007-overdraagbaarheid.zip')
    expect(built.entries).toEqual([
      'index.html',
      'README.txt',
      'data.json',
      'csv/crm/customers.csv',
      'csv/mailer/subscribers.csv',
    ])
    const files = unzip(built.zip)
    expect(await csvRows(files['csv/crm/customers.csv'] ?? '')).toEqual([
      ['first_name', 'email', 'phone'],
      ['Élise', 'elise@example.be', "'+32 475 12 34 56"],
    ])
    const json = JSON.parse(files['data.json'] ?? '')
    expect(json.kind).toBe('portability')
    const names = json.systems.flatMap((s: { collections: { fields: { name: string }[] }[] }) =>
      s.collections.flatMap((c) => c.fields.map((f) => f.name)),
    )
    expect(names).toEqual(['first_name', 'email', 'phone', 'email', 'avatar'])
    expect(files['index.html']).not.toContain('segment')
    expect(files['index.html']).not.toContain('HYPERLINK')
    expect(files['index.html']).toContain('Uw persoonsgegevens in een overdraagbaar formaat')
    // Nothing provided at all: no tables, and the overview says so.
    const none = buildPackage({
      ...input,
      systems: input.systems.map((s) => ({
        ...s,
        collections: s.collections.map((c) => ({
          ...c,
          fields: c.fields.map((f) => ({ ...f, provided: false })),
        })),
      })),
    })
    expect(none.entries).toEqual(['index.html', 'README.txt', 'data.json'])
    expect(unzip(none.zip)['index.html']).toContain(
      'Wij hebben in onze systemen geen gegevens gevonden die u ons zelf hebt verstrekt.',
    )
  })

  it('writes the overview and the README in the subject language (nl, fr, en)', () => {
    const expected = {
      nl: [
        'Kopie van uw persoonsgegevens',
        'Verwerkingsverantwoordelijke: Fidu Janssens BV, ondernemingsnummer',
        'Hoe leest u de bestanden?',
        'Wat wij niet hebben opgenomen, en waarom',
        'ontvangen op 20/02/2026',
        'Opgemaakt op 02/03/2026.',
      ],
      fr: [
        'Copie de vos données à caractère personnel',
        'Responsable du traitement\u00a0: Fidu Janssens BV, numéro d’entreprise',
        'Comment lire les fichiers\u202f?',
        'Ce que nous n’avons pas repris, et pourquoi',
        'reçue le 20/02/2026',
        'Établi le 02/03/2026.',
      ],
      en: [
        'Copy of your personal data',
        'Controller: Fidu Janssens BV, enterprise number',
        'How to read the files',
        'What we did not include, and why',
        'received on 20/02/2026',
        'Prepared on 02/03/2026.',
      ],
    } as const
    const readmeStart = {
      nl: 'Open eerst index.html',
      fr: 'Ouvrez d’abord index.html',
      en: 'Open index.html in your web browser first',
    }
    for (const language of ['nl', 'fr', 'en'] as const) {
      const files = unzip(buildPackage(samplePackageInput(language)).zip)
      const index = files['index.html'] ?? ''
      expect(index).toContain(`<html lang="${language}">`)
      for (const text of expected[language]) expect(index).toContain(String(html`${text}`))
      expect(files['README.txt']).toContain(readmeStart[language])
      expect(files['README.txt']).toContain('DSR-2026-0007')
      expect(files['README.txt']).toMatch(/\r\n$/)
    }
  })

  it('is a self-contained page: inline style, its own CSP, no script, no external resource', () => {
    const html = unzip(buildPackage(samplePackageInput('nl')).zip)['index.html'] ?? ''
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    )
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son\w+=|src=|https?:\/\/(?!evil)/i)
    // Column captions carry the category labels; the sections come in the order a reader needs them.
    expect(html).toContain('<span class="field">email</span><span class="category">Contactgegevens</span>')
    const order = [
      'id="contents"',
      'id="reading"',
      'id="data"',
      'id="information"',
      'id="withheld"',
      'id="questions"',
    ]
    const positions = order.map((id) => html.indexOf(id, html.indexOf('<main>')))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(html).toContain('credit &quot;note&quot;, &lt;b&gt;')
    expect(html).toContain('Wij hebben in deze tabel geen gegevens over u gevonden.')
    expect(html).toContain('Rechten van anderen (art. 15.4 AVG)')
  })

  it('escapes every value in the overview: injected text never adds markup', () => {
    const tags = (html: string) => (html.match(/</g) ?? []).length + (html.match(/"/g) ?? []).length
    const render = (s: string) => {
      const input = samplePackageInput('en')
      const crm = input.systems[0]
      const customers = crm?.collections[0]
      if (!crm || !customers) throw new Error('fixture')
      const changed: PackageInput = {
        ...input,
        organization: { ...input.organization, legalName: s, privacyEmail: s },
        request: { ...input.request, reference: s },
        systems: [
          {
            ...crm,
            systemName: s,
            datasetName: `${s}!`,
            collections: [
              {
                ...customers,
                name: s,
                description: s,
                fields: customers.fields.map((f) => ({ ...f, categoryLabel: s })),
                rows: [{ ...customers.rows[0], first_name: s, [s]: s }],
              },
            ],
          },
        ],
        information: [{ heading: s, paragraphs: [s], items: [s], address: [s], after: [s] }],
        withheld: [{ system: s, collection: s, rows: 1, reason: s }],
      }
      return packageFiles(changed).find(([path]) => path === 'index.html')?.[1] ?? ''
    }
    const baseline = tags(render('plain'))
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', 'a', '/', '=', ' ') }), (s) => {
        fc.pre(s.length > 0)
        expect(tags(render(s))).toBe(baseline)
      }),
      { numRuns: 200 },
    )
    const html = render('<script>alert(1)</script>')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('shows at most 500 rows per table in the overview and says where the rest is', async () => {
    const input = samplePackageInput('en')
    const crm = input.systems[0]
    const invoices = crm?.collections[1]
    if (!crm || !invoices) throw new Error('fixture')
    const rows = Array.from({ length: 501 }, (_, i) => ({
      invoice_id: i,
      customer_id: 42,
      total: i,
      issued_at: null,
    }))
    const files = packageFiles({ ...input, systems: [{ ...crm, collections: [{ ...invoices, rows }] }] })
    const html = files.find(([p]) => p === 'index.html')?.[1] ?? ''
    expect(html).toContain('This overview shows the first 500 of 501 records; the file csv/crm/invoices.csv')
    expect(html).toContain('<td>499</td>')
    expect(html).not.toContain('<td>500</td>')
    const csv = files.find(([p]) => p === 'csv/crm/invoices.csv')?.[1] ?? ''
    expect(await csvRows(csv)).toHaveLength(502)
  })

  it('gives every CSV a safe, unique path', () => {
    expect(fileSegment('../../etc/passwd')).toBe('etc_passwd')
    expect(fileSegment('Bestellingen & Facturen')).toBe('Bestellingen_Facturen')
    expect(fileSegment('Élève')).toBe('Eleve')
    expect(fileSegment('')).toBe('unnamed')
    const input = samplePackageInput('en')
    const crm = input.systems[0]
    const customers = crm?.collections[0]
    if (!crm || !customers) throw new Error('fixture')
    const twice = packageTables({
      ...input,
      systems: [
        crm,
        {
          ...crm,
          datasetKey: 'crm-2',
          collections: [{ ...customers, name: 'Customers' }],
        },
      ],
    })
    expect(twice.flatMap((g) => g.tables.map((t) => t.csvPath))).toEqual([
      'csv/crm/customers.csv',
      'csv/crm/invoices.csv',
      'csv/crm/Customers-2.csv',
    ])
  })
})

describe('download link expiry', () => {
  it('runs to the end of the Brussels day, the given number of days later', () => {
    const winter = packageLinkExpiry(new Date('2026-01-10T22:30:00Z'), 14)
    expect(winter.availableUntil).toBe('2026-01-24')
    expect(winter.expiresAt.toISOString()).toBe('2026-01-24T22:59:59.999Z')
    const summer = packageLinkExpiry(new Date('2026-03-20T12:00:00Z'), 14)
    expect(summer.availableUntil).toBe('2026-04-03')
    expect(summer.expiresAt.toISOString()).toBe('2026-04-03T21:59:59.999Z')
    // 23:30 UTC is already the next day in Brussels.
    expect(packageLinkExpiry(new Date('2026-01-10T23:30:00Z'), 1).availableUntil).toBe('2026-01-12')
  })
})
