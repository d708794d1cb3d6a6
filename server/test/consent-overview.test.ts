import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { savePreferences } from '../src/modules/consent'
import { consentSubjectOf } from '../src/modules/consent/service'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { type ConsentPurposeSpec, consentOrganisation, consentRegister } from './support/consent'
import { createTestContext, type TestContext } from './support/context'
import { createMember } from './support/factories'
import { type asToken, asUser, expectProblem, signIn } from './support/http'

const DAY = 86_400_000
/** The newsletter, and service statistics offered to children too (its activity names the minors). */
const PURPOSES: ConsentPurposeSpec[] = [
  'direct_marketing',
  { purpose: 'service_improvement', children: true },
]

/**
 * The consent page's reads (issue 17): the counts per purpose of the current state (given, refused, withdrawn,
 * expired, renewal due), the chain's length and latest records, and the proof of one person looked up by an
 * identity - through every identity of their subject when the index knows them. Scoped to the organisation.
 */
describe('consent overview and proof lookup', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let owner: ReturnType<typeof asUser>
  let auditor: ReturnType<typeof asUser>
  let otherOwner: ReturnType<typeof asUser>
  let webshop: ReturnType<typeof asToken>
  const api = (o = org) => `/api/v1/orgs/${o.slug}/consent`
  const record = async (body: Record<string, unknown>) => {
    const res = await webshop('POST', `${api()}/events`, {
      language: 'nl',
      channel: 'web_form',
      method: body.state === 'given' ? 'accept' : 'reject',
      purpose: 'direct_marketing',
      ...body,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json()
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    ;({ org, owner, app: webshop } = await consentOrganisation(t, app, 'Toestemming BV', PURPOSES))
    ;({ org: other, owner: otherOwner } = await consentOrganisation(t, app, 'Ander BV', PURPOSES))
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('counts the current state per purpose and lists the latest records of the chain', async () => {
    const now = Date.now()
    await record({
      identity: { kind: 'email', value: 'an@example.be' },
      state: 'given',
      expiresAt: new Date(now + 10 * DAY).toISOString(),
    })
    await record({ identity: { kind: 'email', value: 'bert@example.be' }, state: 'given' })
    await record({
      identity: { kind: 'email', value: 'bert@example.be' },
      state: 'withdrawn',
      channel: 'email',
    })
    await record({ identity: { kind: 'email', value: 'chris@example.be' }, state: 'refused' })
    await record({
      identity: { kind: 'phone', value: '+32 470 11 22 33' },
      state: 'given',
      occurredAt: new Date(now - 400 * DAY).toISOString(),
      expiresAt: new Date(now - 35 * DAY).toISOString(),
    })
    // Recorded by hand from a paper form, by a member: who recorded it and where the scan is, in the proof.
    const paper = await owner('POST', `${api()}/events`, {
      identity: { kind: 'email', value: 'dirk@example.be' },
      purpose: 'direct_marketing',
      state: 'given',
      text: 'Ik wil de nieuwsbrief ontvangen.',
      language: 'nl',
      channel: 'paper',
      method: 'accept',
      occurredAt: new Date(now - 2 * DAY).toISOString(),
      evidence: { documentReference: 'scan 2026-112' },
    })
    expect(paper.statusCode, paper.body).toBe(201)

    const res = await owner('GET', `${api()}?lang=fr&recent=3`)
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body.purposes).toEqual([
      {
        key: 'direct_marketing',
        label: 'Marketing direct et newsletters',
        activities: ['act-direct-marketing'],
        offeredToChildren: false,
        inRegister: true,
        counts: { given: 2, refused: 1, withdrawn: 1, expired: 1, renewalDue: 1 },
      },
      {
        key: 'service_improvement',
        label: 'Amélioration des services et statistiques',
        activities: ['act-service-improvement'],
        offeredToChildren: true,
        inRegister: true,
        counts: { given: 0, refused: 0, withdrawn: 0, expired: 0, renewalDue: 0 },
      },
    ])
    expect(body.chainLength).toBe(6)
    expect(body.recent.map((e: { seq: number }) => e.seq)).toEqual([6, 5, 4])
    expect(body.recent[0]).toMatchObject({
      identityMasked: 'd•••@example.be',
      channel: 'paper',
      evidence: { documentReference: 'scan 2026-112' },
      recordedBy: { type: 'user' },
      hashValid: true,
    })
    expect(body.can).toEqual({ record: true })
    expect((await auditor('GET', api())).json().can).toEqual({ record: false })
    // The default language is the organisation's (Dutch); the other organisation sees none of it.
    expect((await owner('GET', api())).json().purposes[0].label).toBe('Direct marketing en nieuwsbrieven')
    const theirs = (await otherOwner('GET', api(other))).json()
    expect(theirs.chainLength).toBe(0)
    expect(theirs.recent).toEqual([])
    expect(theirs.purposes[0].counts).toEqual({
      given: 0,
      refused: 0,
      withdrawn: 0,
      expired: 0,
      renewalDue: 0,
    })

    // A purpose the register no longer names on consent keeps its records, listed as such.
    await importRegister(
      t.ctx,
      systemActor('test'),
      org,
      consentRegister([PURPOSES[1] as ConsentPurposeSpec]),
      {
        mode: 'replace',
        dryRun: false,
      },
    )
    const after = (await owner('GET', api())).json()
    expect(after.purposes.map((p: { key: string; inRegister: boolean }) => [p.key, p.inRegister])).toEqual([
      ['service_improvement', true],
      ['direct_marketing', false],
    ])
    expect(after.purposes[1].counts.given).toBe(2)
    await importRegister(t.ctx, systemActor('test'), org, consentRegister(PURPOSES), {
      mode: 'replace',
      dryRun: false,
    })

    const bad = expectProblem(await owner('GET', `${api()}?recent=500`), 400)
    expect(bad.errors?.[0]?.path).toBe('querystring.recent')
  })

  it('looks up the proof of one person through every identity of their subject', async () => {
    const subject = await owner('POST', `/api/v1/orgs/${org.slug}/subjects`, {
      name: 'Eva Claes',
      identities: [
        { kind: 'email', value: 'eva.claes@example.be' },
        { kind: 'phone', value: '+32 470 98 76 54' },
      ],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    await record({
      identity: { kind: 'phone', value: '0470 98 76 54' },
      state: 'given',
      text: 'Bel mij met aanbiedingen.',
    })
    await record({
      identity: { kind: 'email', value: 'Eva.Claes@example.be' },
      state: 'refused',
      purpose: 'service_improvement',
    })

    const res = await auditor('POST', `${api()}/proof`, {
      identity: { kind: 'email', value: 'eva.claes@example.be' },
    })
    expect(res.statusCode, res.body).toBe(200)
    const proof = res.json()
    expect(proof.subjectId).toBe(subject.json().id)
    expect(proof.identities.map((i: { kind: string }) => i.kind).sort()).toEqual(['email', 'phone'])
    expect(proof.events.map((e: { purpose: string; state: string }) => [e.purpose, e.state])).toEqual([
      ['service_improvement', 'refused'],
      ['direct_marketing', 'given'],
    ])
    expect(proof.events.every((e: { hashValid: boolean }) => e.hashValid)).toBe(true)
    expect(proof.texts.map((x: { body: string }) => x.body)).toEqual(['Bel mij met aanbiedingen.'])
    expect(
      proof.status.map((s: { purpose: string; state: string }) => `${s.purpose}:${s.state}`).sort(),
    ).toEqual(['direct_marketing:given', 'service_improvement:refused'])

    // A person outside the index: only what was recorded under that identity; an anonymous consent id alike.
    const chris = (
      await owner('POST', `${api()}/proof`, { identity: { kind: 'email', value: 'chris@example.be' } })
    ).json()
    expect(chris.subjectId).toBeNull()
    expect(chris.events.map((e: { state: string }) => e.state)).toEqual(['refused'])
    await record({ anonymousId: 'visitor-0001-abcd', state: 'given', channel: 'banner' })
    const visitor = (await owner('POST', `${api()}/proof`, { anonymousId: 'visitor-0001-abcd' })).json()
    expect(visitor.identities).toEqual([{ kind: 'anonymous', masked: 'visi•••' }])
    expect(visitor.events).toHaveLength(1)

    // Nothing of it in another organisation; bad input names the field.
    const elsewhere = (
      await otherOwner('POST', `${api(other)}/proof`, {
        identity: { kind: 'email', value: 'eva.claes@example.be' },
      })
    ).json()
    expect(elsewhere).toMatchObject({ subjectId: null, events: [], status: [] })
    const bad = expectProblem(
      await owner('POST', `${api()}/proof`, { identity: { kind: 'email', value: 'not an address' } }),
      422,
    )
    expect(bad.errors?.[0]?.path).toBe('body.identity.value')
    const none = expectProblem(await owner('POST', `${api()}/proof`, {}), 400)
    expect(none.errors?.[0]?.path).toBe('body.identity')
  })

  it('a purpose offered to children asks the age online, and under 13 records only with a parent’s consent', async () => {
    const child = { kind: 'email', value: 'kind@example.be' }
    const online = {
      identity: child,
      purpose: 'service_improvement',
      state: 'given',
      text: 'Ja, statistieken.',
    }
    const noAge = expectProblem(
      await webshop('POST', `${api()}/events`, {
        ...online,
        language: 'nl',
        channel: 'web_form',
        method: 'accept',
      }),
      422,
    )
    expect(noAge.errors?.[0]).toMatchObject({ path: 'body.age', code: 'required' })
    const noParent = expectProblem(
      await webshop('POST', `${api()}/events`, {
        ...online,
        language: 'nl',
        channel: 'app',
        method: 'accept',
        age: { group: 'under_13' },
      }),
      422,
    )
    expect(noParent.errors?.[0]).toMatchObject({ path: 'body.age.parentalConsent', code: 'required' })
    const badParent = expectProblem(
      await webshop('POST', `${api()}/events`, {
        ...online,
        language: 'nl',
        channel: 'app',
        method: 'accept',
        age: {
          group: 'under_13',
          parentalConsent: {
            relationship: 'parent',
            identity: { kind: 'email', value: 'no address' },
            verification: 'email_confirmation',
            reference: 'm-1',
          },
        },
      }),
      422,
    )
    expect(badParent.errors?.[0]?.path).toBe('body.age.parentalConsent.identity.value')
    const verifiedAt = new Date(Date.now() - 3_600_000).toISOString()
    const given = await record({
      ...online,
      age: {
        group: 'under_13',
        parentalConsent: {
          relationship: 'parent',
          identity: { kind: 'email', value: 'Mama.Kind@example.be' },
          verification: 'email_confirmation',
          reference: 'confirmation 7f3a',
          verifiedAt,
        },
      },
    })
    // A refusal or withdrawal needs no age and no parent; a paper form is not an online service.
    await record({ identity: child, purpose: 'service_improvement', state: 'withdrawn', channel: 'email' })
    await record({
      identity: { kind: 'email', value: 'papier@example.be' },
      purpose: 'service_improvement',
      state: 'given',
      channel: 'paper',
    })
    await record({
      identity: { kind: 'email', value: 'tiener@example.be' },
      purpose: 'service_improvement',
      state: 'given',
      age: { group: '13_or_over' },
    })

    const proof = (await owner('POST', `${api()}/proof`, { identity: child })).json()
    const withParent = proof.events.find((e: { id: string }) => e.id === given.id)
    expect(withParent).toMatchObject({
      hashValid: true,
      evidence: null,
      age: {
        group: 'under_13',
        parentalConsent: {
          relationship: 'parent',
          identityKind: 'email',
          identityMasked: 'm•••@example.be',
          verification: 'email_confirmation',
          reference: 'confirmation 7f3a',
          verifiedAt,
        },
      },
    })
    // The evidence is stored versioned (decision 0061) and the parent's address is not in the record.
    const row = await t.ctx.db
      .selectFrom('consent_events')
      .select('evidence')
      .where('id', '=', given.id)
      .executeTakeFirstOrThrow()
    expect(row.evidence).toMatchObject({ $v: 3 })
    expect(JSON.stringify(row.evidence)).not.toContain('mama.kind')
    // The preference centre: yes to a purpose offered to children is recorded only with "I am 13 or older".
    const pupil = consentSubjectOf(t.ctx.encryption, {
      identity: { kind: 'email', value: 'leerling@example.be' },
    })
    const yes = { direct_marketing: 'given', service_improvement: 'given' }
    const actor = systemActor('preference centre')
    const first = await savePreferences(t.ctx, org, pupil, yes, { language: 'nl', actor })
    expect(first.map((c) => c.purpose)).toEqual(['direct_marketing'])
    const second = await savePreferences(t.ctx, org, pupil, yes, {
      language: 'nl',
      actor,
      ageGroup: '13_or_over',
    })
    expect(second.map((c) => c.purpose)).toEqual(['service_improvement'])
    const pupilProof = (
      await owner('POST', `${api()}/proof`, { identity: { kind: 'email', value: 'leerling@example.be' } })
    ).json()
    expect(pupilProof.events.map((e: { purpose: string; age: unknown }) => [e.purpose, e.age])).toEqual([
      ['service_improvement', { group: '13_or_over' }],
      ['direct_marketing', null],
    ])

    const purposes = (await webshop('GET', `${api()}/purposes`)).json().items
    expect(
      purposes.map((p: { key: string; offeredToChildren: boolean }) => [p.key, p.offeredToChildren]),
    ).toEqual([
      ['direct_marketing', false],
      ['service_improvement', true],
    ])
  })
})
