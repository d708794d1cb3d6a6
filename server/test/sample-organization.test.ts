import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../src/audit/verify'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp'

type Call = ReturnType<typeof asUser>

/**
 * Issue 15, item 2: a sample organisation built from an example register is a separate organisation - its own
 * name, slug and enterprise number, nothing shared with the user's - with people and requests, whose mail is
 * never sent, and which its owner can delete (only a sample can be deleted this way).
 */
describe('sample organisation', () => {
  let t: TestContext
  let app: App
  let smtp: TestSmtpServer
  let own: Organization
  let admin: Call
  let plainOwner: Call

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    smtp = await startTestSmtpServer()
    own = await createOrg(t.ctx, 'Bakkerij Peeters')
    await t.ctx.db
      .updateTable('organizations')
      .set({ enterprise_number: '0403019261' })
      .where('id', '=', own.id)
      .execute()
    const a = await createMember(t.ctx, own, 'owner')
    await t.ctx.db.updateTable('users').set({ installation_admin: true }).where('id', '=', a.userId).execute()
    admin = asUser(app, await signIn(app, a.email, a.password))
    const o = await createMember(t.ctx, own, 'owner')
    plainOwner = asUser(app, await signIn(app, o.email, o.password))
  })
  afterAll(async () => {
    await app.close()
    await smtp.close()
    await t.close()
  })

  const count = async (
    table: 'subjects' | 'requests' | 'register_entries' | 'outbox_messages',
    orgId: string,
  ) =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organization_id', '=', orgId)
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('is built from an example register as a separate organisation named as a sample', async () => {
    const res = await admin('POST', '/api/v1/samples', { example: 'contactexpert', language: 'nl' })
    expect(res.statusCode, res.body).toBe(201)
    const sample = res.json()
    expect(sample).toMatchObject({
      slug: 'voorbeeld-contactexpert',
      name: 'Voorbeeld - ContactExpert',
      legalName: 'Voorbeeld - ContactExpert NV',
      isSample: true,
    })
    // The user's organisation keeps its own slug, name and enterprise number.
    const mine = (await admin('GET', `/api/v1/orgs/${own.slug}`)).json()
    expect(mine).toMatchObject({ slug: own.slug, name: 'Bakkerij Peeters', enterpriseNumber: '0403019261' })
    expect(mine.isSample).toBe(false)
    expect(sample.enterpriseNumber).not.toBe(mine.enterpriseNumber)
    expect(sample.id).not.toBe(own.id)
    const list = (await admin('GET', '/api/v1/orgs')).json().items
    expect(
      list.map((m: { slug: string; isSample: boolean; role: string }) => [m.slug, m.isSample, m.role]),
    ).toEqual(
      expect.arrayContaining([
        [own.slug, false, 'owner'],
        ['voorbeeld-contactexpert', true, 'owner'],
      ]),
    )
    // Register, people and requests of the example; nothing added to the user's organisation.
    expect(await count('register_entries', sample.id)).toBeGreaterThan(50)
    expect(await count('subjects', sample.id)).toBe(6)
    expect(await count('requests', sample.id)).toBe(3)
    expect(await count('subjects', own.id)).toBe(0)
    expect(await count('register_entries', own.id)).toBe(0)
    const overdue = await admin('GET', `/api/v1/orgs/${sample.slug}/requests?state=overdue`)
    expect(overdue.json().items).toHaveLength(1)
    const requests = (await admin('GET', `/api/v1/orgs/${sample.slug}/requests`)).json().items
    expect(requests.every((r: { subjectId: string | null }) => r.subjectId !== null)).toBe(true)
  })

  it('never sends mail: with a mail server configured, its mail stays held in its outbox', async () => {
    const sample = (await admin('GET', '/api/v1/orgs/voorbeeld-contactexpert')).json()
    const mails = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('id')
      .where('organization_id', '=', sample.id)
      .execute()
    expect(mails.length).toBeGreaterThan(0)
    const withServer = { ...t.ctx, config: { ...t.ctx.config, smtpUrl: smtp.url } }
    for (const mail of mails) expect(await sendOutboxMessage(withServer, mail.id)).toBe('held')
    expect(smtp.received).toHaveLength(0)
  })

  it('takes the next free slug and names the sample in the language asked', async () => {
    const fr = await admin('POST', '/api/v1/samples', { example: 'contactexpert', language: 'fr' })
    expect(fr.json()).toMatchObject({ slug: 'exemple-contactexpert', name: 'Exemple - ContactExpert' })
    const again = await admin('POST', '/api/v1/samples', { example: 'contactexpert', language: 'nl' })
    expect(again.json()).toMatchObject({
      slug: 'voorbeeld-contactexpert-2',
      name: 'Voorbeeld - ContactExpert',
    })
  })

  it('is refused to whoever may not create organisations, and for an unknown example', async () => {
    expectProblem(await plainOwner('POST', '/api/v1/samples', { example: 'liberoo', language: 'en' }), 403)
    const bad = expectProblem(
      await admin('POST', '/api/v1/samples', { example: 'acme', language: 'en' }),
      400,
    )
    expect((bad.errors ?? []).map((e: { path: string }) => e.path)).toContain('body.example')
  })

  it('is deleted by its owner with everything in it; any other organisation is refused', async () => {
    const refused = expectProblem(await admin('DELETE', `/api/v1/orgs/${own.slug}`), 409)
    expect(refused.code).toBe('not_a_sample')
    expect((await admin('GET', `/api/v1/orgs/${own.slug}`)).statusCode).toBe(200)

    const sample = (await admin('GET', '/api/v1/orgs/voorbeeld-contactexpert')).json()
    const agent = await createMember(t.ctx, { ...own, id: sample.id, slug: sample.slug }, 'privacy_officer')
    const asAgent = asUser(app, await signIn(app, agent.email, agent.password))
    expectProblem(await asAgent('DELETE', `/api/v1/orgs/${sample.slug}`), 403)

    const res = await admin('DELETE', `/api/v1/orgs/${sample.slug}`)
    expect(res.statusCode, res.body).toBe(204)
    expect((await admin('GET', `/api/v1/orgs/${sample.slug}`)).statusCode).toBe(404)
    for (const table of ['subjects', 'requests', 'register_entries', 'outbox_messages'] as const)
      expect(await count(table, sample.id)).toBe(0)
    const deleted = await t.ctx.db
      .selectFrom('audit_events')
      .select(['organization_id', 'summary'])
      .where('action', '=', 'organization.deleted')
      .executeTakeFirstOrThrow()
    expect(deleted).toEqual({
      organization_id: null,
      summary: { slug: 'voorbeeld-contactexpert', name: 'Voorbeeld - ContactExpert', sample: true },
    })
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, problems: [] })
    // The other samples and the user's organisation are untouched.
    const left = (await admin('GET', '/api/v1/orgs')).json().items.map((m: { slug: string }) => m.slug)
    expect(left).toEqual(
      expect.arrayContaining([own.slug, 'exemple-contactexpert', 'voorbeeld-contactexpert-2']),
    )
    expect(left).not.toContain('voorbeeld-contactexpert')
  })
})
