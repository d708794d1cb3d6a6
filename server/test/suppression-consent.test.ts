import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { submitPortalRequest, verifyPortalRequest } from '../src/modules/requests'
import { consentOrganisation } from './support/consent'
import { createTestContext, type TestContext } from './support/context'
import { type asUser, expectProblem } from './support/http'
import { storedMails } from './support/outbox'

describe('suppression and consent: the consent reason of the check; a portal objection suppresses the phones too', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}`
  const check = async (body: Record<string, string>) => {
    const res = await owner('POST', `${api()}/suppression/check`, body)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { allowed: boolean; reason: string }
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    ;({ org, owner } = await consentOrganisation(t, app, 'Nieuwsbrief BV'))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('names a valid consent as the reason; e-mail marketing without it is refused; an unknown purpose is a 422', async () => {
    const given = await owner('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: 'Lies@Example.be' },
      purpose: 'direct_marketing',
      state: 'given',
      text: 'Ja, stuur mij de nieuwsbrief.',
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
    })
    expect(given.statusCode, given.body).toBe(201)
    const purpose = 'direct_marketing'
    expect(await check({ channel: 'email', email: 'lies@example.be', purpose })).toMatchObject({
      allowed: true,
      reason: 'consent',
    })
    expect(await check({ channel: 'email', email: 'jan@example.be', purpose })).toMatchObject({
      allowed: false,
      reason: 'no_consent',
    })
    // Without a purpose the check answers as before; by post a missing consent stops nothing.
    expect(await check({ channel: 'email', email: 'jan@example.be' })).toMatchObject({
      reason: 'no_reason_found',
    })
    expect(
      await check({ channel: 'post', address: 'Kerkstraat 2 9000 Gent', email: 'jan@example.be', purpose }),
    ).toMatchObject({ allowed: true, reason: 'no_reason_found' })
    const wrong = expectProblem(
      await owner('POST', `${api()}/suppression/check`, {
        channel: 'email',
        email: 'lies@example.be',
        purpose: 'invoicing_accounting',
      }),
      422,
    )
    expect(wrong.errors?.[0]).toMatchObject({ path: 'body.purpose', code: 'unknown_purpose' })

    // A withdrawal ends the reason; an objection outweighs any consent.
    await owner('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: 'lies@example.be' },
      purpose,
      state: 'withdrawn',
      language: 'nl',
      channel: 'email',
      method: 'save',
    })
    expect(await check({ channel: 'email', email: 'lies@example.be', purpose })).toMatchObject({
      reason: 'no_consent',
    })
  })

  it('a verified portal objection suppresses the e-mail address and every phone number of the person', async () => {
    const objector = 'piet.objector@example.be'
    const subject = await owner('POST', `${api()}/subjects`, {
      name: 'Piet Objector',
      identities: [
        { kind: 'email', value: objector },
        { kind: 'phone', value: '0470 11 22 33' },
        { kind: 'phone', value: '+32 2 555 12 34' },
      ],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    await submitPortalRequest(t.ctx, org, {
      name: 'Piet Objector',
      email: objector,
      types: ['objection_direct_marketing'],
      details: null,
      customerNumber: null,
      language: 'nl',
    })
    const [mail] = (await storedMails(t.ctx, objector)).filter((m) => m.template === 'request-verification')
    const verifyToken = /verify\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1] ?? ''
    expect((await verifyPortalRequest(t.ctx, org, verifyToken)).outcome).toBe('verified')
    for (const phone of ['+32470112233', '02 555 12 34'])
      expect(await check({ channel: 'phone', phone })).toMatchObject({ allowed: false, reason: 'objection' })
    expect(await check({ channel: 'email', email: objector })).toMatchObject({ reason: 'objection' })
    const entries = (await owner('GET', `${api()}/suppression/entries`)).json().items as {
      kind: string
      source: string
    }[]
    expect(entries.filter((e) => e.source === 'portal_request').map((e) => e.kind)).toEqual(
      expect.arrayContaining(['email', 'phone', 'phone']),
    )
    expect(entries.filter((e) => e.source === 'portal_request')).toHaveLength(3)
  })

  it('a campaign file checked for a consent purpose flags the lines without a valid consent for it', async () => {
    const give = async (email: string, extra: Record<string, string> = {}) => {
      const res = await owner('POST', `${api()}/consent/events`, {
        identity: { kind: 'email', value: email },
        purpose: 'direct_marketing',
        state: 'given',
        text: 'Ja, stuur mij de nieuwsbrief.',
        language: 'nl',
        channel: 'web_form',
        method: 'accept',
        ...extra,
      })
      expect(res.statusCode, res.body).toBe(201)
    }
    await give('Mira.Goossens@Example.be')
    const year = 365 * 86_400_000
    await give('oud.klant@example.be', {
      occurredAt: new Date(Date.now() - 2 * year).toISOString(),
      expiresAt: new Date(Date.now() - year).toISOString(),
    })
    await give('weg@example.be')
    await owner('POST', `${api()}/consent/events`, {
      identity: { kind: 'email', value: 'weg@example.be' },
      purpose: 'direct_marketing',
      state: 'withdrawn',
      language: 'nl',
      channel: 'email',
      method: 'save',
    })
    const csv = [
      'naam;email',
      'Mira;mira.goossens@example.be',
      'Nooit;nooit.gevraagd@example.be',
      'Oud;oud.klant@example.be',
      'Weg;weg@example.be',
      'Fout;geen-adres',
    ].join('\n')
    const checkFile = (query: string) =>
      owner('POST', `${api()}/suppression/check-file?${query}`, csv, { 'content-type': 'text/csv' })
    const verdicts = (body: string) =>
      body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',').slice(2, 4).join(' '))

    const checked = await checkFile('channel=email&purpose=direct_marketing')
    expect(checked.statusCode, checked.body).toBe(200)
    expect(verdicts(checked.body)).toEqual([
      'allowed consent',
      'not_allowed no_consent',
      'not_allowed no_consent', // expired
      'not_allowed no_consent', // withdrawn
      'not_allowed invalid_identifier',
    ])
    // Without a purpose the file is checked as before: nothing on the lists stops these lines.
    expect(verdicts((await checkFile('channel=email')).body).slice(0, 4)).toEqual([
      'allowed no_reason_found',
      'allowed no_reason_found',
      'allowed no_reason_found',
      'allowed no_reason_found',
    ])
    // A purpose that does not rest on consent is refused before any line is read, naming the field.
    const wrong = expectProblem(await checkFile('channel=email&purpose=invoicing_accounting'), 422)
    expect(wrong.errors?.[0]).toMatchObject({ path: 'querystring.purpose', code: 'unknown_purpose' })
  })
})
