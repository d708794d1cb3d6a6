import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createApiToken } from '../src/modules/api-tokens'
import type { Organization } from '../src/modules/organizations'
import { submitPortalRequest, verifyPortalRequest } from '../src/modules/requests'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'
import { storedMails } from './support/outbox'

const today = () => toBrusselsDate(new Date())
/** DD/MM/YYYY, as a Belgian list writes dates. */
const belgian = (iso: string) => iso.split('-').reverse().join('/')

/**
 * A DNCM file as the list is delivered: a text file with a phone number and its registration date per line.
 * Mobile numbers 0470 000 000 + i, registered on the days before `newest`.
 */
function dncmFile(count: number, newest: string, extra: string[] = []): string {
  const lines = ['telefoonnummer;inschrijvingsdatum']
  for (let i = 0; i < count; i++)
    lines.push(`0470${String(i).padStart(6, '0')};${belgian(addDays(newest, -(i % 30)))}`)
  return `${[...lines, ...extra].join('\r\n')}\r\n`
}

describe('suppression: DNCM list, opt-ins, check API and campaign check, survival of erasure', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let token: ReturnType<typeof asToken>
  const api = () => `/api/v1/orgs/${org.slug}`
  const importFile = (body: string, query = '') =>
    owner('POST', `${api()}/dncm/imports${query}`, body, { 'content-type': 'text/plain' })
  const check = (body: Record<string, string>) => token('POST', `${api()}/suppression/check`, body)

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Telemarketing BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const created = await createApiToken(t.ctx, systemActor('test'), org, 'owner', {
      name: 'call centre',
      scopes: ['suppression:read'],
    })
    token = asToken(app, created.secret)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('imports a DNCM file in the official layout: E.164, registration dates, duplicates and bad lines counted, proof kept', async () => {
    const before = await check({ channel: 'phone', phone: '0470 00 00 07' })
    expect(before.json()).toMatchObject({ allowed: false, reason: 'dncm_not_consulted' })

    const body = dncmFile(3000, today(), [`0470000001;${belgian(today())}`, 'not a number;01/01/2024'])
    const res = await importFile(body, `?fileName=dncm_export.txt`)
    expect(res.statusCode, res.body).toBe(201)
    const { consultation, problems } = res.json()
    expect(consultation).toMatchObject({
      status: 'completed',
      fileDate: today(),
      fileDateSource: 'newest_registration',
      lines: 3003,
      numbers: 3000,
      duplicates: 1,
      rejected: 1,
      sha256: createHash('sha256').update(body).digest('hex'),
    })
    expect(problems).toEqual([{ line: 3003, problem: 'invalid_number' }])
    // Only keyed hashes are stored, never the number.
    const stored = await t.ctx.db
      .selectFrom('dncm_numbers')
      .selectAll()
      .where('organization_id', '=', org.id)
      .execute()
    expect(stored).toHaveLength(3000)
    expect(JSON.stringify(stored)).not.toContain('470000007')

    const listed = (await check({ channel: 'phone', phone: '+32 470 00 00 07' })).json()
    expect(listed).toMatchObject({
      allowed: false,
      reason: 'dncm_listed',
      dncm: { listed: true, registeredOn: addDays(today(), -7), listDate: today() },
    })

    // A second import replaces the list.
    const again = await importFile(dncmFile(10, today()), `?fileDate=${today()}`)
    expect(again.json().consultation).toMatchObject({ numbers: 10, fileDateSource: 'stated' })
    expect((await check({ channel: 'phone', phone: '0470000500' })).json().reason).toBe('no_reason_found')
    expect((await check({ channel: 'phone', phone: '0470000005' })).json().reason).toBe('dncm_listed')
  })

  it('refuses a list older than 5 days, naming the field, keeps the list in use and records the refused consultation', async () => {
    const old = addDays(today(), -6)
    const stated = expectProblem(await importFile(dncmFile(5, today()), `?fileDate=${old}`), 422)
    expect(stated.code).toBe('dncm_file_stale')
    expect(stated.errors).toEqual([
      expect.objectContaining({
        path: 'querystring.fileDate',
        code: 'dncm_file_stale',
        params: expect.objectContaining({ fileDate: old }),
      }),
    ])
    // Without a stated date, the newest registration dates the list.
    const derived = expectProblem(await importFile(dncmFile(5, old)), 422)
    expect(derived.errors?.[0]).toMatchObject({ path: 'querystring.fileDate', code: 'dncm_file_stale' })
    expectProblem(await importFile('hello\nworld\n', `?fileDate=${today()}`), 422)

    const overview = (await owner('GET', `${api()}/suppression`)).json()
    expect(overview.dncm).toMatchObject({ fresh: true, current: { numbers: 10 } })
    expect(
      overview.consultations
        .slice(0, 3)
        .map((c: { status: string; refusal: string }) => [c.status, c.refusal]),
    ).toEqual([
      ['refused', 'invalid'],
      ['refused', 'stale'],
      ['refused', 'stale'],
    ])
    expect((await check({ channel: 'phone', phone: '0470000005' })).json().reason).toBe('dncm_listed')
  })

  it('answers the check with every reason', async () => {
    const add = (body: Record<string, string>) => owner('POST', `${api()}/suppression/entries`, body)
    expect((await add({ kind: 'email', value: 'Objector@Example.be', reason: 'objection' })).statusCode).toBe(
      201,
    )
    expect(
      (await add({ kind: 'phone', value: '0470 99 99 01', reason: 'erased_do_not_contact' })).statusCode,
    ).toBe(201)
    expect((await add({ kind: 'email', value: 'gone@example.be', reason: 'unsubscribe' })).statusCode).toBe(
      201,
    )
    const optIn = await owner('POST', `${api()}/suppression/opt-ins`, {
      phone: '0470000006',
      givenOn: today(),
    })
    expect(optIn.statusCode, optIn.body).toBe(201)

    const reasons = {
      objection: await check({ channel: 'phone', phone: '0470 12 34 56', email: 'objector@example.be' }),
      erased_do_not_contact: await check({ channel: 'email', email: 'x@example.be', phone: '+32470999901' }),
      unsubscribed: await check({ channel: 'email', email: 'GONE@example.be' }),
      dncm_listed: await check({ channel: 'phone', phone: '0470000005' }),
      opt_in_override: await check({ channel: 'phone', phone: '0470000006' }),
      no_reason_found: await check({ channel: 'post', address: 'Kerkstraat 1, 9000 Gent' }),
      invalid_identifier: await check({ channel: 'phone', email: 'someone@example.be' }),
    }
    for (const [reason, res] of Object.entries(reasons)) expect(res.json(), reason).toMatchObject({ reason })
    expect(reasons.opt_in_override.json().allowed).toBe(true)
    expect(reasons.dncm_listed.json().allowed).toBe(false)
    // An unsubscribe from e-mail does not stop a letter.
    expect(
      (await check({ channel: 'post', email: 'gone@example.be', address: 'Kerkstraat 1 9000 Gent' })).json()
        .allowed,
    ).toBe(true)
    // A token without suppression:write cannot change the list.
    expectProblem(
      await token('POST', `${api()}/suppression/entries`, {
        kind: 'email',
        value: 'a@b.be',
        reason: 'objection',
      }),
      403,
    )
  })

  it('checks a campaign file: the same lines back with verdict, reason and line', async () => {
    const csv = [
      'naam;telefoon;email',
      'Jan;0470 00 00 05;jan@example.be',
      'Piet;0470 00 00 06;piet@example.be',
      'An;0470 12 34 56;objector@example.be',
      'Els;0470 55 44 33;els@example.be',
      'Bob;12;bob@example.be',
    ].join('\n')
    const res = await app.inject({
      method: 'POST',
      url: `${api()}/suppression/check-file?channel=phone`,
      payload: csv,
      headers: { authorization: (await tokenHeader()).authorization, 'content-type': 'text/csv' },
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv/)
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('naam,telefoon,email,verdict,reason,dncm_registered_on,line')
    expect(lines.slice(1).map((l) => l.split(',').slice(3, 5).join(' '))).toEqual([
      'not_allowed dncm_listed',
      'allowed opt_in_override',
      'not_allowed objection',
      'allowed no_reason_found',
      'not_allowed invalid_identifier',
    ])
    expect(lines[1]?.split(',')[5]).toBe(addDays(today(), -5))
    const noColumn = await app.inject({
      method: 'POST',
      url: `${api()}/suppression/check-file?channel=post`,
      payload: csv,
      headers: { ...(await tokenHeader()), 'content-type': 'text/csv' },
    })
    expect(expectProblem(noColumn, 422).code).toBe('import_header_invalid')
  })

  it('a suppression survives the erasure of the subject; a verified portal objection suppresses the address', async () => {
    const email = 'erase.me@example.be'
    const subject = await owner('POST', `${api()}/subjects`, {
      name: 'Erase Me',
      identities: [{ kind: 'email', value: email }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    await owner('POST', `${api()}/suppression/entries`, {
      kind: 'email',
      value: email,
      reason: 'erased_do_not_contact',
    })
    expect((await owner('DELETE', `${api()}/subjects/${subject.json().id}`)).statusCode).toBe(204)
    expect(
      await t.ctx.db
        .selectFrom('subject_identities')
        .selectAll()
        .where('organization_id', '=', org.id)
        .execute(),
    ).toEqual([])
    expect((await check({ channel: 'email', email })).json()).toMatchObject({
      allowed: false,
      reason: 'erased_do_not_contact',
    })
    const rows = await t.ctx.db
      .selectFrom('suppression_entries')
      .selectAll()
      .where('organization_id', '=', org.id)
      .execute()
    expect(JSON.stringify(rows)).not.toContain('erase.me')

    const objector = 'portal.objector@example.be'
    await submitPortalRequest(t.ctx, org, {
      name: 'Portal Objector',
      email: objector,
      types: ['objection_direct_marketing'],
      details: null,
      customerNumber: null,
      language: 'nl',
    })
    const [mail] = (await storedMails(t.ctx, objector)).filter((m) => m.template === 'request-verification')
    const verifyToken = /verify\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] ?? ''
    expect((await verifyPortalRequest(t.ctx, org, verifyToken)).outcome).toBe('verified')
    expect(
      (await check({ channel: 'post', email: objector, address: 'Kerkstraat 2 9000 Gent' })).json(),
    ).toMatchObject({
      allowed: false,
      reason: 'objection',
    })
    const entries = (await owner('GET', `${api()}/suppression/entries`)).json().items
    expect(entries).toContainEqual(
      expect.objectContaining({ source: 'portal_request', reason: 'objection', channel: 'all' }),
    )
  })

  let header: { authorization: string } | undefined
  async function tokenHeader() {
    if (!header) {
      const created = await createApiToken(t.ctx, systemActor('test'), org, 'owner', {
        name: 'campaigns',
        scopes: ['suppression:read'],
      })
      header = { authorization: `Bearer ${created.secret}` }
    }
    return header
  }
})
