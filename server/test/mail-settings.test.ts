import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sendOutboxMessage } from '../src/mail/smtp-sender'
import { sendPasswordResetMail } from '../src/modules/auth/service'
import type { Organization } from '../src/modules/organizations'
import { statusUrl } from '../src/modules/requests'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { storedMail } from './support/outbox'
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp'

type Call = ReturnType<typeof asUser>

/**
 * Mail as the organisation (issue 15, item 3): the mail server set from the settings page by an installation
 * admin (stored encrypted, overriding the environment), a test mail signed by the organisation, mail of the
 * organisation sent under its name, password resets readable by admins while there is no server, and the
 * status page saying "ready, not yet sent" while the answer is held.
 */
describe('mail settings and mail as the organisation', () => {
  let t: TestContext
  let app: App
  let smtp: TestSmtpServer
  let org: Organization
  let admin: Call
  let owner: Call
  let adminEmail: string

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    smtp = await startTestSmtpServer()
    org = await createOrg(t.ctx, 'Bakkerij Peeters')
    await t.ctx.db
      .updateTable('organizations')
      .set({ privacy_contact_name: 'An Peeters', privacy_contact_email: 'privacy@bakkerij-peeters.be' })
      .where('id', '=', org.id)
      .execute()
    const a = await createMember(t.ctx, org, 'owner')
    adminEmail = a.email
    await t.ctx.db.updateTable('users').set({ installation_admin: true }).where('id', '=', a.userId).execute()
    admin = asUser(app, await signIn(app, a.email, a.password))
    const o = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, o.email, o.password))
  })
  afterAll(async () => {
    await app.close()
    await smtp.close()
    await t.close()
  })

  const settings = () => ({
    host: '127.0.0.1',
    port: Number(new URL(smtp.url).port),
    security: 'none',
    user: 'custos',
    password: smtp.password,
    mailFrom: 'Custos <no-reply@custos.test>',
  })

  it('only installation admins see or change the mail server; without one, password resets are readable', async () => {
    // An owner of an organisation is not an installation admin.
    for (const [method, url, body] of [
      ['GET', '/api/v1/installation/mail', undefined],
      ['PUT', '/api/v1/installation/mail', settings()],
      ['POST', '/api/v1/installation/mail/test', { to: 'x@example.be' }],
      ['GET', '/api/v1/installation/outbox', undefined],
    ] as const) {
      const refused = expectProblem(await owner(method, url, body), 403)
      expect(refused.code).toBe('installation_admin_required')
    }
    // The public address the UI shows is the one mails give (CUSTOS_PUBLIC_URL), whatever host the browser used.
    expect((await admin('GET', '/api/v1/me')).json().publicUrl).toBe(t.ctx.config.publicUrl)
    const none = (await admin('GET', '/api/v1/installation/mail')).json()
    expect(none).toMatchObject({ source: 'none', host: null, passwordSet: false })
    const noServer = expectProblem(
      await admin('POST', '/api/v1/installation/mail/test', { to: 'x@example.be' }),
      409,
    )
    expect(noServer.code).toBe('smtp_test_failed')

    // A password reset asked for while no server is set is held, and the admin can read its link.
    await sendPasswordResetMail(t.ctx, adminEmail)
    const held = (await admin('GET', '/api/v1/installation/outbox')).json()
    expect(held.smtpConfigured).toBe(false)
    expect(held.items[0]).toMatchObject({ to: adminEmail, template: 'password-reset' })
    expect(held.items[0].textBody).toMatch(/\/#\/reset-password\/[\w-]{20,}/)
    // Organisation mail stays in the organisation's outbox.
    expect(held.items.every((m: { template: string }) => m.template === 'password-reset')).toBe(true)
  })

  it('stores the server encrypted, tests it with a mail signed by the organisation, and sends held mail', async () => {
    const bad = expectProblem(
      await admin('PUT', '/api/v1/installation/mail', { ...settings(), mailFrom: 'not an address' }),
      422,
    )
    expect(bad.errors?.[0]).toMatchObject({ path: 'body.mailFrom', code: 'invalid_email' })

    // A request answered while no server is set: its status page says the answer is ready, not yet sent.
    const api = `/api/v1/orgs/${org.slug}/requests`
    const created = await admin('POST', api, {
      channel: 'email',
      receivedAt: addDays(toBrusselsDate(new Date()), -1),
      subject: { name: 'Élise Dubois', email: 'elise@example.be' },
      types: ['access'],
      language: 'en',
    })
    expect(created.statusCode, created.body).toBe(201)
    const done = await admin('POST', `${api}/${created.json().id}/actions/complete`, {
      details: { access: { delivery: 'download' } },
    })
    expect(done.statusCode, done.body).toBe(200)
    const answer = done.json().letters.find((l: { kind: string }) => l.kind === 'completed')
    const answerMail = await storedMail(t.ctx, answer.outboxId)
    expect(await sendOutboxMessage(t.ctx, answer.outboxId)).toBe('held')
    expect(answerMail.to_address).toBe('elise@example.be')
    const statusPath = statusUrl(t.ctx, org, created.json().id, 'en').replace(t.ctx.config.publicUrl, '')
    const waiting = await app.inject({ method: 'GET', url: statusPath ?? '' })
    expect(waiting.body).toContain('Our answer is ready but not yet sent')
    expect(waiting.body).toContain('Ready, not yet sent')
    expect(waiting.body).not.toContain('<strong>Answered</strong>')

    const saved = await admin('PUT', '/api/v1/installation/mail', settings())
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.json()).toMatchObject({
      source: 'settings',
      host: '127.0.0.1',
      security: 'none',
      user: 'custos',
      passwordSet: true,
      mailFrom: 'Custos <no-reply@custos.test>',
    })
    expect(saved.body).not.toContain(smtp.password)
    const row = await t.ctx.db.selectFrom('mail_settings').selectAll().executeTakeFirstOrThrow()
    expect(row.smtp_url_encrypted).toMatch(/^v1\./)
    expect(row.smtp_url_encrypted).not.toContain(smtp.password)
    // Saved again without the password: the stored one is kept.
    const { password: _omitted, ...withoutPassword } = settings()
    expect((await admin('PUT', '/api/v1/installation/mail', withoutPassword)).json().passwordSet).toBe(true)

    // The test mail: sent now, under the organisation's name, signed by it and its privacy contact.
    const tested = await admin('POST', '/api/v1/installation/mail/test', {
      to: 'tester@example.be',
      language: 'nl',
      organization: org.slug,
    })
    expect(tested.statusCode, tested.body).toBe(200)
    expect(tested.json()).toEqual({ delivered: true, from: 'Bakkerij Peeters <no-reply@custos.test>' })
    const test = smtp.received.at(-1)
    expect(test?.to).toEqual(['tester@example.be'])
    expect(test?.from).toBe('no-reply@custos.test')
    expect(test?.raw).toMatch(/^From: Bakkerij Peeters <no-reply@custos\.test>/m)
    expect(test?.raw).toMatch(/^Reply-To: privacy@bakkerij-peeters\.be/m)
    expect(test?.raw).toContain(
      'Met vriendelijke groeten,\r\nBakkerij Peeters\r\nAn Peeters\r\nprivacy@bakkerij-peeters.be',
    )
    expect(test?.subject).toBe('Testbericht: de mailserver werkt')
    // Not a member of that organisation: not found, nothing sent.
    const stranger = await createOrg(t.ctx, 'Andere BV')
    const count = smtp.received.length
    expectProblem(
      await admin('POST', '/api/v1/installation/mail/test', {
        to: 'x@example.be',
        organization: stranger.slug,
      }),
      404,
    )
    expect(smtp.received.length).toBe(count)

    // The answer held before is back in line and goes out under the organisation's name; the page follows.
    expect(await sendOutboxMessage(t.ctx, answer.outboxId)).toBe('sent')
    const sent = smtp.received.at(-1)
    expect(sent?.to).toEqual(['elise@example.be'])
    expect(sent?.raw).toMatch(/^From: Bakkerij Peeters <no-reply@custos\.test>/m)
    const after = await app.inject({ method: 'GET', url: statusPath ?? '' })
    expect(after.body).toContain('<strong>Answered</strong>')
    expect(after.body).toContain('Sent by e-mail')

    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('action', 'like', 'installation.%')
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'installation.mail_settings_saved',
      'installation.mail_settings_saved',
      'installation.mail_test_sent',
    ])
    expect(JSON.stringify(audit)).not.toContain(smtp.password)

    // Removed: back to the environment (none here), mail is held again.
    expect((await admin('DELETE', '/api/v1/installation/mail')).json()).toMatchObject({ source: 'none' })
  })

  it('a refused test mail says why, without the password', async () => {
    const refusing = await startTestSmtpServer({ reject: { code: 550, message: 'Mailbox unavailable' } })
    try {
      const port = Number(new URL(refusing.url).port)
      await admin('PUT', '/api/v1/installation/mail', { ...settings(), port, password: refusing.password })
      const failed = expectProblem(
        await admin('POST', '/api/v1/installation/mail/test', { to: 'x@example.be' }),
        409,
      )
      expect(failed.code).toBe('smtp_test_failed')
      expect(String(failed.params?.reason)).toContain('Mailbox unavailable')
      expect(JSON.stringify(failed)).not.toContain(refusing.password)
    } finally {
      await admin('DELETE', '/api/v1/installation/mail')
      await refusing.close()
    }
  })
})
