import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createApiToken } from '../src/modules/api-tokens'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'

/**
 * A Robinson Mail list as CSV: Belgian-style `;` separator, first and last name, street, number, postal code and
 * city. Person i lives at Kerkstraat i, 9000 Gent.
 */
function robinsonFile(count: number, extra: string[] = []): string {
  const lines = ['voornaam;naam;straat;huisnummer;postcode;gemeente']
  for (let i = 1; i <= count; i++) lines.push(`Jan${i};Peeters;Kerkstraat;${i};9000;Gent`)
  return `${[...lines, ...extra].join('\r\n')}\r\n`
}

describe('suppression: the Robinson Mail list for post - import, check with its reasons, campaign file, proof', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let owner: ReturnType<typeof asUser>
  let otherOwner: ReturnType<typeof asUser>
  let token: ReturnType<typeof asToken>
  let secret: string
  /** As the read-only token, with a body of another type than JSON. */
  const tokenPost = (url: string, payload: string, type: string) =>
    app.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: `Bearer ${secret}`, 'content-type': type },
    })
  const api = (o = org) => `/api/v1/orgs/${o.slug}`
  const importFile = (body: string, query = '') =>
    owner('POST', `${api()}/robinson/imports${query}`, body, { 'content-type': 'text/csv' })
  const check = (body: Record<string, string>) => token('POST', `${api()}/suppression/check`, body)

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Folders NV')
    other = await createOrg(t.ctx, 'Andere NV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const o = await createMember(t.ctx, other, 'owner')
    otherOwner = asUser(app, await signIn(app, o.email, o.password))
    const created = await createApiToken(t.ctx, systemActor('test'), org, 'owner', {
      name: 'mailing house',
      scopes: ['suppression:read'],
    })
    secret = created.secret
    token = asToken(app, secret)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('without a list, post is checked against the suppression list only; a listed person is then refused with robinson_listed', async () => {
    const before = (
      await check({ channel: 'post', name: 'Jan7 Peeters', address: 'Kerkstraat 7, 9000 Gent' })
    ).json()
    expect(before).toMatchObject({ allowed: true, reason: 'no_reason_found', robinson: null })

    const body = robinsonFile(500, [
      'Jan7;Peeters;Kerkstraat;7;9000;Gent', // the same person again
      ';;Kerkstraat;1;9000;Gent', // no name
      'Els;Claes;;;;', // no address
    ])
    const res = await importFile(body, '?fileName=robinson_2026-12-01.csv')
    expect(res.statusCode, res.body).toBe(201)
    const { consultation, problems } = res.json()
    expect(consultation).toMatchObject({
      status: 'completed',
      fileName: 'robinson_2026-12-01.csv',
      fileDate: '2026-12-01',
      lines: 503,
      entries: 500,
      duplicates: 1,
      rejected: 2,
      sha256: createHash('sha256').update(body).digest('hex'),
    })
    expect(problems).toEqual([
      { line: 503, problem: 'invalid_name' },
      { line: 504, problem: 'invalid_address' },
    ])
    // Only keyed hashes are stored: neither the name nor the street appears.
    const stored = await t.ctx.db
      .selectFrom('robinson_entries')
      .selectAll()
      .where('organization_id', '=', org.id)
      .execute()
    expect(stored).toHaveLength(500)
    const dump = JSON.stringify(stored).toLowerCase()
    expect(dump).not.toContain('peeters')
    expect(dump).not.toContain('kerkstraat')

    // Another spelling of the same person and address: word order, case, accents, punctuation.
    const listed = (
      await check({ channel: 'post', name: 'PEETERS, jan7', address: 'Kérkstraat 7 - 9000 GENT' })
    ).json()
    expect(listed).toMatchObject({
      allowed: false,
      reason: 'robinson_listed',
      robinson: { listed: true, listDate: '2026-12-01' },
    })
    // Someone else at an address of the list, and a person not on it, may get post.
    expect(
      (await check({ channel: 'post', name: 'Marie Peeters', address: 'Kerkstraat 7, 9000 Gent' })).json(),
    ).toMatchObject({ allowed: true, reason: 'no_reason_found', robinson: { listed: false } })
    // With a list in use the name is needed to match it.
    expect((await check({ channel: 'post', address: 'Kerkstraat 7, 9000 Gent' })).json()).toMatchObject({
      allowed: false,
      reason: 'robinson_name_missing',
    })
    // Phone and e-mail are not concerned by the Robinson list.
    expect(
      (await check({ channel: 'email', email: 'jan7@example.be', name: 'Jan7 Peeters' })).json(),
    ).toMatchObject({ reason: 'no_reason_found', robinson: null })
    // The other organisation has no list of its own.
    const theirs = await otherOwner('POST', `${api(other)}/suppression/check`, {
      channel: 'post',
      name: 'Jan7 Peeters',
      address: 'Kerkstraat 7, 9000 Gent',
    })
    expect(theirs.json()).toMatchObject({ allowed: true, reason: 'no_reason_found' })
  })

  it('an opt-in to post overrides the list, an objection overrides the opt-in', async () => {
    const optIn = await owner('POST', `${api()}/suppression/opt-ins`, {
      channel: 'post',
      name: 'Jan8 Peeters',
      address: 'Kerkstraat 8, 9000 Gent',
      givenOn: '2026-11-30',
      evidence: 'paper form 2026-11-30',
    })
    expect(optIn.statusCode, optIn.body).toBe(201)
    expect(optIn.json()).toMatchObject({ channel: 'post' })
    expect(optIn.json().masked).not.toContain('peeters')
    expect(
      (await check({ channel: 'post', name: 'Jan8 Peeters', address: 'Kerkstraat 8, 9000 Gent' })).json(),
    ).toMatchObject({ allowed: true, reason: 'opt_in_override' })
    // A post opt-in for a phone check is no phone opt-in, and post needs name and address.
    const missing = expectProblem(
      await owner('POST', `${api()}/suppression/opt-ins`, { channel: 'post', givenOn: '2026-11-30' }),
      422,
    )
    expect(missing.errors?.[0]).toMatchObject({ path: 'body.name', code: 'required' })

    await owner('POST', `${api()}/suppression/entries`, {
      kind: 'postal',
      value: 'Kerkstraat 8, 9000 Gent',
      reason: 'objection',
    })
    expect(
      (await check({ channel: 'post', name: 'Jan8 Peeters', address: 'Kerkstraat 8, 9000 Gent' })).json(),
    ).toMatchObject({ allowed: false, reason: 'objection' })

    const overview = (await owner('GET', `${api()}/suppression`)).json()
    expect(overview.counts).toMatchObject({ postOptIns: 1, optIns: 0 })
    expect(overview.robinson.current).toMatchObject({ entries: 500 })
  })

  it('checks a campaign file for post: name and address columns matched against the list, a verdict per line', async () => {
    const csv = [
      'naam;voornaam;adres;huisnummer;postcode;gemeente',
      'Peeters;Jan9;Kerkstraat;9;9000;Gent',
      'Janssens;Piet;Kerkstraat;9;9000;Gent',
      'Peeters;Jan8;Kerkstraat;8;9000;Gent',
      'Peeters;Jan10;;;;',
    ].join('\r\n')
    const res = await tokenPost(`${api()}/suppression/check-file?channel=post`, csv, 'text/csv')
    expect(res.statusCode, res.body).toBe(200)
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      'naam,voornaam,adres,huisnummer,postcode,gemeente,verdict,reason,dncm_registered_on,line',
    )
    expect(lines.slice(1).map((l) => l.split(',').slice(6, 8).join(' '))).toEqual([
      'not_allowed robinson_listed',
      'allowed no_reason_found',
      'not_allowed objection',
      'not_allowed invalid_identifier',
    ])
  })

  it('refuses a file that is not a Robinson list, keeps the list in use and the refused consultation as proof', async () => {
    const header = expectProblem(await importFile('email;phone\na@b.be;0470000000\n'), 422)
    expect(header).toMatchObject({ code: 'robinson_header_invalid' })
    expect(header.errors?.[0]).toMatchObject({ path: 'body', code: 'robinson_header_invalid' })
    const junk = expectProblem(
      await importFile('naam;adres\nPeeters;x\n;Kerkstraat 1 9000 Gent\nClaes;y\n'),
      422,
    )
    expect(junk).toMatchObject({ code: 'robinson_file_invalid' })
    const future = expectProblem(await importFile(robinsonFile(2), '?fileDate=2999-01-01'), 422)
    expect(future.errors?.[0]).toMatchObject({ path: 'querystring.fileDate', code: 'invalid_date' })

    const list = (await owner('GET', `${api()}/robinson/imports`)).json().items
    expect(list.map((c: { status: string; refusal: string | null }) => [c.status, c.refusal])).toEqual([
      ['refused', 'future_date'],
      ['refused', 'invalid'],
      ['refused', 'header'],
      ['completed', null],
    ])
    expect(
      (await check({ channel: 'post', name: 'Jan9 Peeters', address: 'Kerkstraat 9 9000 Gent' })).json(),
    ).toMatchObject({ reason: 'robinson_listed' })
    // Reading the consultations needs suppression:read; importing suppression:write (the token only reads).
    const byToken = await tokenPost(`${api()}/robinson/imports`, robinsonFile(1), 'text/csv')
    expect(byToken.statusCode).toBe(403)
    // A replacing import with fewer people takes effect in one go.
    expect((await importFile(robinsonFile(3))).statusCode).toBe(201)
    expect(
      (await check({ channel: 'post', name: 'Jan9 Peeters', address: 'Kerkstraat 9 9000 Gent' })).json(),
    ).toMatchObject({ allowed: true, reason: 'no_reason_found', robinson: { listed: false } })
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'robinson.%')
      .execute()
    expect(audit.map((a) => a.action).sort()).toEqual([
      'robinson.import_refused',
      'robinson.import_refused',
      'robinson.import_refused',
      'robinson.imported',
      'robinson.imported',
    ])
  })
})
