import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { up as countedNotesToKeys } from '../src/db/migrations/0056-breach-counted-notes-to-keys'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * The GBA notification drafted in German (issue 19): the register catalogue's categories named in German, and
 * (migration 0056) the timeline rows a connector count wrote in English before timelines were stored as keys,
 * which migration 0050 kept as a person's note, become the key `affected_counted` - worded in the reader's language
 * and in the German draft - with only what is known of them.
 */
const FACTS = {
  title: 'Customer table copied',
  discoveredAt: '2026-12-01T10:00:00+01:00',
  awareAt: '2026-12-01T11:00:00+01:00',
  description: 'An intruder copied the customer table.',
  nature: ['confidentiality'],
  origin: 'hacking',
  cause: 'external_malicious',
  encrypted: false,
  consequences: 'Phishing in our name.',
  measuresTaken: 'Access closed.',
}

describe('the German GBA draft: catalogue labels in German, earlier connector counts worded', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let officer: ReturnType<typeof asUser>
  const api = (path = '') => `/api/v1/orgs/${org.slug}/breaches${path}`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Videotheek Peeters')
    const m = await createMember(t.ctx, org, 'privacy_officer')
    officer = asUser(app, await signIn(app, m.email, m.password))
  }, 120_000)

  afterAll(async () => {
    await app?.close()
    await t?.close()
  })

  it('names the catalogue data and subject categories in German, in part 1 and part 2', async () => {
    const created = await officer('POST', api(), {
      ...FACTS,
      title: 'Patient files e-mailed to the wrong client',
      dataCategories: ['health_data', 'identification', 'national_register_number'],
      subjectCategories: ['clients', 'minors'],
    })
    expect(created.statusCode, created.body).toBe(201)
    for (const part of [1, 2]) {
      const res = await officer('GET', api(`/${created.json().id}/notification-draft?part=${part}&lang=de`))
      expect(res.statusCode, res.body).toBe(200)
      const text = res.json().text as string
      for (const label of [
        'Gesundheitsdaten',
        'Identifikationsdaten',
        'Nationalregisternummer',
        'Kunden',
        'Minderjährige',
      ])
        expect(text, `part ${part}`).toContain(label)
      for (const english of ['Health data', 'Identification data', 'National register number', 'Minors'])
        expect(text, `part ${part}`).not.toContain(english)
    }
  })

  it('rewrites the count sentences left as notes, takes the key and index figure from the matching count only, and leaves notes alone', async () => {
    const created = await officer('POST', api(), FACTS)
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id
    // The breach's last count (as f60afad kept it in the record): the second sentence below is this count.
    const row = await t.ctx.db
      .selectFrom('breaches')
      .select('record')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    const record = {
      ...(row.record as Record<string, unknown>),
      affectedSet: {
        dataset: 'rental',
        datasetName: 'Rental shop',
        system: 'rental_db',
        collection: 'customer',
        filter: null,
        personField: 'customer_id',
        identityKind: 'customer_number',
        people: 40,
        records: 40,
        inIndex: 3,
        computedAt: '2026-12-06T09:00:00.000Z',
        computedBy: 'Officer',
      },
    }
    await t.ctx.db
      .updateTable('breaches')
      .set({ record: JSON.stringify(record) } as never)
      .where('id', '=', id)
      .execute()
    // As migration 0050 left them: kind affected_counted, the English sentence as a note, the figures dropped.
    const note = { key: 'note', $v: 2 }
    const rows = [
      { kind: 'affected_counted', text: 'Counted through Rental shop: 12 people, 30 records in rental.' },
      { kind: 'affected_counted', text: 'Counted through Rental shop: 40 people, 40 records in customer.' },
      { kind: 'affected_counted', text: 'Telling nagekeken door de IT-dienst.' },
      { kind: 'event', text: 'Counted through Rental shop: 1 people, 1 records in customer.' },
    ]
    await t.ctx.db.deleteFrom('breach_events').where('breach_id', '=', id).execute()
    await t.ctx.db
      .insertInto('breach_events')
      .values(
        rows.map((r, i) => ({
          organization_id: org.id,
          breach_id: id,
          kind: r.kind,
          at: new Date(Date.UTC(2026, 11, 6, 8 + i)),
          text: r.text,
          decided_by: null,
          recorded_by: 'Officer',
          data: JSON.stringify(note),
        })),
      )
      .execute()

    await countedNotesToKeys(t.ctx.db as never)
    await countedNotesToKeys(t.ctx.db as never) // a second run changes nothing

    const b = (await officer('GET', api(`/${id}`))).json()
    expect(
      b.timeline.map((e: { kind: string; key: string; text: string }) => [e.kind, e.key, e.text]),
    ).toEqual([
      ['affected_counted', 'affected_counted', ''],
      ['affected_counted', 'affected_counted', ''],
      ['affected_counted', 'note', 'Telling nagekeken door de IT-dienst.'],
      ['event', 'note', 'Counted through Rental shop: 1 people, 1 records in customer.'],
    ])
    // Another count than the last: what the sentence said, nothing guessed (no dataset of that name is known).
    expect(b.timeline[0].data).toEqual({
      datasetName: 'Rental shop',
      collection: 'rental',
      people: 12,
      records: 30,
    })
    // The last count: its dataset key and how many the subject index knew come from the breach's record.
    expect(b.timeline[1].data).toEqual({
      dataset: 'rental',
      datasetName: 'Rental shop',
      collection: 'customer',
      people: 40,
      records: 40,
      inIndex: 3,
    })
    const draft = (await officer('GET', api(`/${id}/notification-draft?part=2&lang=de`))).json().text
    expect(draft).toContain('Gezählt über Rental shop: 12 Personen und 30 Datensätze in rental.')
    expect(draft).not.toContain('Counted through Rental shop: 40')
  })
})
