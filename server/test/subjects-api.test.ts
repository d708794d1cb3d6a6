import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nationalNumberFor } from '../src/domain/national-number'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

/** The application; while app.ts does not register the subject routes yet, the same stack with them added. */

const NATIONAL_NUMBER = '85073003328'
const NATIONAL_NUMBER_2000 = '17073003384'

describe('subject index over the API', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let agent: ReturnType<typeof asUser>
  let auditor: ReturnType<typeof asUser>
  let ownerOfOther: ReturnType<typeof asUser>
  let janId: string
  const base = (o: Organization = org) => `/api/v1/orgs/${o.slug}/subjects`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    other = await createOrg(t.ctx, 'Andere BV')
    const a = await createMember(t.ctx, org, 'agent')
    agent = asUser(app, await signIn(app, a.email, a.password))
    const au = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, au.email, au.password))
    const o = await createMember(t.ctx, other, 'owner')
    ownerOfOther = asUser(app, await signIn(app, o.email, o.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('creates a subject with identities, relationships and events; the national number is shown masked', async () => {
    const res = await agent('POST', base(), {
      name: 'Jan Peeters',
      language: 'nl',
      identities: [
        { kind: 'email', value: 'Jan.Peeters@Example.BE' },
        { kind: 'phone', value: '0470 12 34 56' },
        { kind: 'national_number', value: '85.07.30-033.28' },
        { kind: 'customer_number', value: 'C-1001', systemKey: 'teamleader' },
      ],
      relationships: [{ relationship: 'client', startedOn: '2020-02-01' }],
      events: [{ kind: 'contract_start', occurredOn: '2020-02-01' }],
    })
    expect(res.statusCode, res.body).toBe(201)
    expect(res.body).not.toContain(NATIONAL_NUMBER)
    expect(res.body).not.toContain('value_encrypted')
    expect(res.body).not.toContain('v1.')
    const subject = res.json()
    janId = subject.id
    expect(subject).toMatchObject({ name: 'Jan Peeters', language: 'nl' })
    expect(subject.identities).toEqual([
      expect.objectContaining({
        kind: 'email',
        value: 'jan.peeters@example.be',
        masked: false,
        systemKey: null,
      }),
      expect.objectContaining({ kind: 'phone', value: '+32470123456', display: '+32 470 12 34 56' }),
      expect.objectContaining({ kind: 'national_number', value: '••.••.••-•••.28', masked: true }),
      expect.objectContaining({ kind: 'customer_number', value: 'C-1001', systemKey: 'teamleader' }),
    ])
    expect(subject.relationships).toEqual([
      expect.objectContaining({ relationship: 'client', startedOn: '2020-02-01', endedOn: null }),
    ])
    expect(subject.events).toEqual([
      expect.objectContaining({ kind: 'contract_start', occurredOn: '2020-02-01' }),
    ])

    const again = await agent('GET', `${base()}/${janId}`)
    expect(again.statusCode).toBe(200)
    expect(again.body).not.toContain(NATIONAL_NUMBER)
    expect(again.json().identities).toHaveLength(4)
  })

  it('stores every identity encrypted: the raw rows hold neither the national number nor the e-mail', async () => {
    const rows = await t.ctx.db
      .selectFrom('subject_identities')
      .selectAll()
      .where('subject_id', '=', janId)
      .execute()
    expect(rows).toHaveLength(4)
    const raw = JSON.stringify(rows)
    for (const clear of [NATIONAL_NUMBER, '85.07.30', 'jan.peeters@example.be', '+32470123456', 'C-1001']) {
      expect(raw).not.toContain(clear)
    }
    const nn = rows.find((r) => r.kind === 'national_number')
    expect(nn?.value_masked).toBe('••.••.••-•••.28')
    expect(nn?.value_encrypted).toMatch(/^v1\./)
  })

  it('finds the subject by each identity, whatever the format, and by name prefix', async () => {
    const queries = [
      'JAN.PEETERS@example.be',
      '+32 470 12 34 56',
      '0032470123456',
      '0470/12.34.56',
      '85.07.30-033.28',
      NATIONAL_NUMBER,
      'c-1001',
      'Jan',
      'peet',
    ]
    for (const q of queries) {
      const res = await agent('GET', `${base()}?q=${encodeURIComponent(q)}`)
      expect(res.statusCode, res.body).toBe(200)
      expect(
        res.json().items.map((s: { id: string }) => s.id),
        q,
      ).toEqual([janId])
    }
    const nn = (await agent('GET', `${base()}?q=85.07.30-033.28`)).json()
    expect(nn.interpretedAs).toContain('national_number')
    expect(JSON.stringify(nn)).not.toContain(NATIONAL_NUMBER)
    expect((await agent('GET', `${base()}?q=someone@else.be`)).json()).toMatchObject({ items: [], total: 0 })
    expect((await agent('GET', `${base()}?q=${encodeURIComponent('%')}`)).json().items).toEqual([])
  })

  it('refuses an invalid national number (wrong check digits) naming the field', async () => {
    const res = await agent('POST', base(), {
      name: 'Typo',
      identities: [
        { kind: 'email', value: 'typo@example.be' },
        { kind: 'national_number', value: '85.07.30-033.29' },
      ],
    })
    const problem = expectProblem(res, 422)
    expect(problem.errors).toEqual([
      {
        path: 'body.identities.1.value',
        code: 'invalid_national_number',
        message: expect.stringMatching(/check digits/),
      },
    ])
    expect(JSON.stringify(problem)).not.toContain('85073003329')

    const shape = await agent('POST', base(), { name: 'X', identities: [{ kind: 'passport', value: '1' }] })
    expect(expectProblem(shape, 400).errors?.[0]?.path).toBe('body.identities.0.kind')
    const noSystem = await agent('POST', base(), {
      name: 'X',
      identities: [{ kind: 'customer_number', value: '1' }],
    })
    expect(expectProblem(noSystem, 422).errors).toEqual([
      { path: 'body.identities.0.systemKey', code: 'invalid', message: expect.any(String) },
    ])
    const dates = await agent('POST', base(), {
      name: 'X',
      relationships: [{ relationship: 'client', startedOn: '2024-05-01', endedOn: '2024-04-01' }],
    })
    expect(expectProblem(dates, 400).errors?.[0]?.path).toBe('body.relationships.0.endedOn')
  })

  it('refuses an identity another subject has (409 naming the field), also in another format', async () => {
    const res = await agent('POST', base(), {
      name: 'Someone Else',
      identities: [
        { kind: 'email', value: 'someone@example.be' },
        { kind: 'national_number', value: '85 07 30 033 28' },
      ],
    })
    const problem = expectProblem(res, 409)
    expect(problem.errors).toEqual([
      {
        path: 'body.identities.1.value',
        code: 'already_taken',
        params: { subjectId: janId, sameSubject: false },
        message: expect.stringContaining(janId),
      },
    ])
    expect((await agent('GET', `${base()}?q=someone@example.be`)).json().total).toBe(0)

    const add = await agent('POST', `${base()}/${janId}/identities`, { kind: 'phone', value: '+32470123456' })
    expect(expectProblem(add, 409).errors).toEqual([
      expect.objectContaining({ path: 'body.value', code: 'already_taken', message: expect.any(String) }),
    ])
  })

  it('adds and removes identities, relationships and events, and edits the name and language', async () => {
    const created = await agent('POST', base(), { name: 'Marie Dubois', language: 'fr' })
    expect(created.statusCode, created.body).toBe(201)
    const id = created.json().id

    const nn = await agent('POST', `${base()}/${id}/identities`, {
      kind: 'national_number',
      value: '17.07.30-033.84',
    })
    expect(nn.statusCode, nn.body).toBe(201)
    expect(nn.json()).toMatchObject({ kind: 'national_number', value: '••.••.••-•••.84', masked: true })
    expect(nn.body).not.toContain(NATIONAL_NUMBER_2000)
    expect((await agent('GET', `${base()}?q=${NATIONAL_NUMBER_2000}`)).json().items[0]?.id).toBe(id)

    const rel = await agent('POST', `${base()}/${id}/relationships`, {
      relationship: 'applicant',
      startedOn: '2024-01-10',
    })
    expect(rel.statusCode, rel.body).toBe(201)
    const ended = await agent('PATCH', `${base()}/${id}/relationships/${rel.json().id}`, {
      endedOn: '2024-03-01',
    })
    expect(ended.json()).toMatchObject({
      relationship: 'applicant',
      startedOn: '2024-01-10',
      endedOn: '2024-03-01',
    })
    const bad = await agent('PATCH', `${base()}/${id}/relationships/${rel.json().id}`, {
      endedOn: '2023-01-01',
    })
    expect(expectProblem(bad, 422).errors?.[0]?.path).toBe('body.endedOn')

    const event = await agent('POST', `${base()}/${id}/events`, {
      kind: 'last_contact',
      occurredOn: '2024-02-02',
    })
    expect(event.statusCode, event.body).toBe(201)
    const badEvent = await agent('POST', `${base()}/${id}/events`, {
      kind: 'birthday',
      occurredOn: '2024-02-02',
    })
    expect(expectProblem(badEvent, 400).errors?.[0]?.path).toBe('body.kind')

    const patched = await agent('PATCH', `${base()}/${id}`, { name: 'Marie Dubois-Lambert', language: 'nl' })
    expect(patched.json()).toMatchObject({ name: 'Marie Dubois-Lambert', language: 'nl' })
    expect(patched.json().relationships).toHaveLength(1)
    expect(patched.json().events).toHaveLength(1)

    const removed = await agent('DELETE', `${base()}/${id}/identities/${nn.json().id}`)
    expect(removed.statusCode).toBe(204)
    expectProblem(await agent('DELETE', `${base()}/${id}/identities/${nn.json().id}`), 404)
    expect((await agent('GET', `${base()}?q=${NATIONAL_NUMBER_2000}`)).json().total).toBe(0)
    expect((await agent('DELETE', `${base()}/${id}/events/${event.json().id}`)).statusCode).toBe(204)
    expect((await agent('GET', `${base()}/${id}`)).json().events).toEqual([])
  })

  it('erases a subject from the index, with an audit event that keeps only masked identities', async () => {
    const created = await agent('POST', base(), {
      name: 'Erase Me',
      identities: [
        { kind: 'email', value: 'erase.me@example.be' },
        { kind: 'national_number', value: '17073003384' },
      ],
      events: [{ kind: 'dispute_opened', occurredOn: '2023-03-03' }],
    })
    const id = created.json().id
    expect((await agent('DELETE', `${base()}/${id}`)).statusCode).toBe(204)
    expectProblem(await agent('GET', `${base()}/${id}`), 404)
    expectProblem(await agent('DELETE', `${base()}/${id}`), 404)
    expect((await agent('GET', `${base()}?q=erase.me@example.be`)).json().total).toBe(0)
    const left = await t.ctx.db
      .selectFrom('subject_identities')
      .select('id')
      .where('subject_id', '=', id)
      .execute()
    expect(left).toEqual([])

    const erased = await t.ctx.db
      .selectFrom('audit_events')
      .selectAll()
      .where('target_id', '=', id)
      .where('action', '=', 'subject.erased')
      .executeTakeFirstOrThrow()
    expect(erased.summary).toMatchObject({
      identities: expect.arrayContaining([
        { kind: 'email', masked: 'e•••@example.be' },
        { kind: 'national_number', masked: '••.••.••-•••.84' },
      ]),
      events: 1,
    })
  })

  it('writes an audit event for every change, never with a national number or e-mail in clear', async () => {
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'target_type', 'target_id', 'summary', 'actor_type', 'actor_label'])
      .where('organization_id', '=', org.id)
      .where('target_type', '=', 'subject')
      .orderBy('seq')
      .execute()
    const actions = events.map((e) => e.action)
    for (const action of [
      'subject.created',
      'subject.identity_added',
      'subject.identity_removed',
      'subject.relationship_added',
      'subject.relationship_updated',
      'subject.event_added',
      'subject.event_removed',
      'subject.updated',
      'subject.erased',
    ]) {
      expect(actions).toContain(action)
    }
    const created = events.find((e) => e.action === 'subject.created' && e.target_id === janId)
    expect(created?.summary).toMatchObject({
      identities: expect.arrayContaining([{ kind: 'national_number', masked: '••.••.••-•••.28' }]),
    })
    expect(created?.actor_type).toBe('user')
    const all = JSON.stringify(events)
    for (const clear of [
      NATIONAL_NUMBER,
      NATIONAL_NUMBER_2000,
      'jan.peeters@example.be',
      'Jan Peeters',
      '+32470123456',
    ]) {
      expect(all).not.toContain(clear)
    }
    // Refused changes leave no trace.
    expect(actions.filter((a) => a === 'subject.created')).toHaveLength(3)
  })

  it('lists subjects newest first, page by page', async () => {
    const names = ['Page A', 'Page B', 'Page C']
    for (const name of names) expect((await agent('POST', base(), { name })).statusCode).toBe(201)
    const first = (await agent('GET', `${base()}?limit=2`)).json()
    expect(first.items.map((s: { name: string }) => s.name)).toEqual(['Page C', 'Page B'])
    expect(first).toMatchObject({ limit: 2, offset: 0 })
    const second = (await agent('GET', `${base()}?limit=2&offset=2`)).json()
    expect(second.items[0].name).toBe('Page A')
    expect(second.total).toBe(first.total)
    expectProblem(await agent('GET', `${base()}?limit=0`), 400)
  })

  it('keeps organisations apart: another organisation neither sees nor finds these subjects', async () => {
    expectProblem(await ownerOfOther('GET', `${base()}/${janId}`), 404)
    expectProblem(await ownerOfOther('GET', base()), 404)
    expectProblem(await ownerOfOther('GET', `${base(other)}/${janId}`), 404)
    expectProblem(await ownerOfOther('PATCH', `${base(other)}/${janId}`, { name: 'Hijack' }), 404)
    expectProblem(await ownerOfOther('DELETE', `${base(other)}/${janId}`), 404)
    expectProblem(
      await ownerOfOther('POST', `${base(other)}/${janId}/identities`, { kind: 'email', value: 'x@y.be' }),
      404,
    )
    // The same person may be known to both organisations; neither search finds the other's record.
    const theirs = await ownerOfOther('POST', base(other), {
      name: 'Jan Peeters (B)',
      identities: [{ kind: 'national_number', value: NATIONAL_NUMBER }],
    })
    expect(theirs.statusCode, theirs.body).toBe(201)
    const inB = (await ownerOfOther('GET', `${base(other)}?q=${NATIONAL_NUMBER}`)).json()
    expect(inB.items.map((s: { id: string }) => s.id)).toEqual([theirs.json().id])
    const inA = (await agent('GET', `${base()}?q=${NATIONAL_NUMBER}`)).json()
    expect(inA.items.map((s: { id: string }) => s.id)).toEqual([janId])
    expect((await agent('GET', `${base()}?q=${encodeURIComponent('Jan Peeters (B)')}`)).json().total).toBe(0)
    expectProblem(await agent('GET', `${base()}/${theirs.json().id}`), 404)
    expectProblem(await agent('DELETE', `${base()}/${theirs.json().id}`), 404)
  })

  it('tells each caller what it may do with each subject and with the index (can)', async () => {
    const forAgent = await agent('GET', base())
    expect(forAgent.json().can).toEqual({ create: true, import: true })
    expect(forAgent.json().items.length).toBeGreaterThan(0)
    for (const item of forAgent.json().items) expect(item.can).toEqual({ update: true, delete: true })
    expect((await agent('GET', `${base()}/${janId}`)).json().can).toEqual({ update: true, delete: true })

    const forAuditor = await auditor('GET', base())
    expect(forAuditor.json().can).toEqual({ create: false, import: false })
    for (const item of forAuditor.json().items) expect(item.can).toEqual({ update: false, delete: false })
    expect((await auditor('GET', `${base()}/${janId}`)).json().can).toEqual({ update: false, delete: false })

    const changed = await agent('PATCH', `${base()}/${janId}`, { language: 'nl' })
    expect(changed.json().can).toEqual({ update: true, delete: true })
  })

  it('names each refusal by its code: identity taken, end before start, and which part was not found', async () => {
    const taken = expectProblem(
      await agent('POST', base(), {
        name: 'Twin',
        identities: [{ kind: 'email', value: 'jan.peeters@example.be' }],
      }),
      409,
    )
    expect(taken.code).toBe('identity_taken')
    expect(taken.errors).toEqual([
      expect.objectContaining({ path: 'body.identities.0.value', code: 'already_taken' }),
    ])

    const created = await agent('POST', base(), {
      name: 'Parts Only',
      relationships: [{ relationship: 'client', startedOn: '2024-05-01' }],
    })
    const id = created.json().id
    const relationshipId = created.json().relationships[0].id
    const backwards = expectProblem(
      await agent('PATCH', `${base()}/${id}/relationships/${relationshipId}`, { endedOn: '2024-01-01' }),
      422,
    )
    expect(backwards.code).toBe('invalid_input')
    expect(backwards.errors).toEqual([
      {
        path: 'body.endedOn',
        code: 'end_before_start',
        params: { startedOn: '2024-05-01', endedOn: '2024-01-01' },
        message: expect.any(String),
      },
    ])

    const unknown = '00000000-0000-4000-8000-000000000000'
    const missing = [
      ['subject', await agent('GET', `${base()}/${unknown}`)],
      ['subject', await agent('DELETE', `${base()}/${unknown}/events/${unknown}`)],
      ['identity', await agent('DELETE', `${base()}/${id}/identities/${unknown}`)],
      ['relationship', await agent('DELETE', `${base()}/${id}/relationships/${unknown}`)],
      ['relationship', await agent('PATCH', `${base()}/${id}/relationships/${unknown}`, { note: 'x' })],
      ['event', await agent('DELETE', `${base()}/${id}/events/${unknown}`)],
    ] as const
    for (const [entity, res] of missing) {
      expect(expectProblem(res, 404), entity).toMatchObject({ code: 'not_found', params: { entity } })
    }
  })

  it('lets an auditor read but not change anything', async () => {
    expect((await auditor('GET', base())).statusCode).toBe(200)
    expect((await auditor('GET', `${base()}/${janId}`)).statusCode).toBe(200)
    expectProblem(await auditor('POST', base(), { name: 'Nope' }), 403)
    expectProblem(await auditor('PATCH', `${base()}/${janId}`, { name: 'Nope' }), 403)
    expectProblem(await auditor('DELETE', `${base()}/${janId}`), 403)
    expectProblem(
      await auditor('POST', `${base()}/${janId}/events`, { kind: 'other', occurredOn: '2024-01-01' }),
      403,
    )
    expectProblem(
      await auditor('POST', `${base()}/import`, 'name;email\nA;a@b.be\n', { 'content-type': 'text/csv' }),
      403,
    )
    expect((await agent('GET', `${base()}/${janId}`)).json().name).toBe('Jan Peeters')
  })

  it('takes national numbers with a partial or unknown birth date, finds them, and tells the age only as far as the number does', async () => {
    const people = [
      // Day 35: the day counter ran out - born July 1985, an adult whatever the day.
      { name: 'Lotte Claes', number: '85.07.35-001.07', age: { status: 'adult', birthDateKnown: 'month' } },
      { name: 'Noor Wouters', number: '85.27.35-001.50', age: { status: 'adult', birthDateKnown: 'month' } },
      {
        name: 'Kind Janssens',
        number: nationalNumberFor('2020-05-04', 2),
        age: { status: 'minor', birthDateKnown: 'day' },
      },
      // The fictitious date 1900-00-01: nothing of the birth date is known, so neither minor nor adult.
      {
        name: 'Onbekend Peeters',
        number: '00.00.01-001.66',
        age: { status: 'unknown', birthDateKnown: 'none' },
      },
    ]
    for (const person of people) {
      const created = await agent('POST', base(), {
        name: person.name,
        identities: [{ kind: 'national_number', value: person.number }],
      })
      expect(created.statusCode, created.body).toBe(201)
      const digits = person.number.replace(/\D/g, '')
      expect(created.json().identities).toEqual([
        expect.objectContaining({ value: `••.••.••-•••.${digits.slice(9)}`, masked: true, age: person.age }),
      ])
      const found = (await agent('GET', `${base()}?q=${encodeURIComponent(digits)}`)).json()
      expect(found.items.map((i: { name: string }) => i.name)).toEqual([person.name])
      const detail = (await agent('GET', `${base()}/${created.json().id}`)).json()
      expect(JSON.stringify(detail)).not.toContain(digits)
    }
  })

  it('refuses to erase a person while a legal hold is in force on them or on one of their requests', async () => {
    // An organisation of its own: the audit trail of the one above is counted by the test before.
    const held = await createOrg(t.ctx, 'Bewaring BV')
    const officer = await createMember(t.ctx, held, 'privacy_officer')
    const po = asUser(app, await signIn(app, officer.email, officer.password))
    const a = await createMember(t.ctx, held, 'agent')
    const agent = asUser(app, await signIn(app, a.email, a.password))
    const base = () => `/api/v1/orgs/${held.slug}/subjects`
    const holds = `/api/v1/orgs/${held.slug}/retention/holds`
    const created = await agent('POST', base(), {
      name: 'Held Person',
      identities: [{ kind: 'email', value: 'held.person@example.be' }],
    })
    const id = created.json().id
    const onPerson = await po('POST', holds, { scope: 'subject', subjectId: id, reason: 'Geschil 2026/9' })
    expect(onPerson.statusCode, onPerson.body).toBe(201)

    const refused = expectProblem(await agent('DELETE', `${base()}/${id}`), 409)
    expect(refused.code).toBe('legal_hold_active')
    expect(refused.params).toEqual({ holds: [onPerson.json().id] })
    // Nothing was erased: the person, their identity and the hold on them are still there.
    expect((await agent('GET', `${base()}/${id}`)).json().identities).toHaveLength(1)
    const listed = (await po('GET', holds)).json().items
    expect(listed.map((h: { id: string }) => h.id)).toContain(onPerson.json().id)
    expect((await po('POST', `${holds}/${onPerson.json().id}/lift`, {})).statusCode).toBe(200)

    // A hold on a request of theirs: the request would keep no one whose rows it holds.
    const request = await po('POST', `/api/v1/orgs/${held.slug}/requests`, {
      channel: 'email',
      receivedAt: '2026-12-02',
      subject: { name: 'Held Person', email: 'held.person@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    await t.ctx.db
      .updateTable('requests')
      .set({ subject_id: id })
      .where('id', '=', request.json().id)
      .execute()
    const onRequest = await po('POST', holds, {
      scope: 'request',
      requestId: request.json().id,
      reason: 'Klacht bij de GBA',
    })
    expect(onRequest.statusCode, onRequest.body).toBe(201)
    const again = expectProblem(await agent('DELETE', `${base()}/${id}`), 409)
    expect(again.params).toEqual({ holds: [onRequest.json().id] })
    expect((await po('POST', `${holds}/${onRequest.json().id}/lift`, {})).statusCode).toBe(200)

    // Once the holds are lifted the erasure goes ahead.
    expect((await agent('DELETE', `${base()}/${id}`)).statusCode).toBe(204)
    expectProblem(await agent('GET', `${base()}/${id}`), 404)
    // The lifted holds keep their history (review m3): who placed them, why, when and who lifted them - no longer
    // naming the person, who is gone from the index.
    const history = (await po('GET', holds)).json().items as Record<string, unknown>[]
    expect(history.find((h) => h.id === onPerson.json().id)).toMatchObject({
      scope: 'subject',
      subjectId: null,
      subjectName: null,
      reason: 'Geschil 2026/9',
      liftedAt: expect.any(String),
      liftedBy: expect.any(String),
    })
    expect(history.find((h) => h.id === onRequest.json().id)).toMatchObject({
      scope: 'request',
      requestId: request.json().id,
      subjectName: null,
      reason: 'Klacht bij de GBA',
      liftedAt: expect.any(String),
    })
    // The same when the closed request itself goes (the request_records sweep deletes its row).
    await t.ctx.db.deleteFrom('requests').where('id', '=', request.json().id).execute()
    const later = (await po('GET', holds)).json().items as Record<string, unknown>[]
    expect(later.find((h) => h.id === onRequest.json().id)).toMatchObject({
      scope: 'request',
      requestId: null,
      reason: 'Klacht bij de GBA',
    })
  })
})
