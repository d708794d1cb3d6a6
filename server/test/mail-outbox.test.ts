import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Config } from '../src/config'
import { createEncryption } from '../src/crypto/encryption'
import type { Database } from '../src/db/database'
import type { Language } from '../src/db/schema'
import { parseAllowList } from '../src/domain/connector-allow-list'
import { UnsafeLinkError } from '../src/lib/html'
import {
  dueOutboxMessageIds,
  getOutboxMessage,
  listOutbox,
  type QueuedMail,
  queueMail,
  retryOutboxMessage,
} from '../src/mail/outbox'
import { purgeDeliveredMailBodies } from '../src/mail/purge-bodies-job'
import { MailDeliveryError, sendOutboxMessage } from '../src/mail/smtp-sender'
import { renderMail } from '../src/mail/templates/render-mail'
import { runStartupTasks } from '../src/startup-tasks'
import { createTestDatabase } from './support/database'
import { storedMail } from './support/outbox'
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp'

const baseConfig: Config = {
  databaseUrl: undefined,
  dataDir: '/nonexistent',
  port: 0,
  host: '127.0.0.1',
  publicUrl: 'https://custos.example.be',
  secretKey: randomBytes(32),
  smtpUrl: undefined,
  mailFrom: 'Custos <no-reply@custos.example.be>',
  mailBodyDays: 30,
  logLevel: 'silent',
  sessionHours: 12,
  loginMaxFailures: 5,
  cookieSecure: true,
  auditCheckpointFile: '/nonexistent/audit-checkpoints.jsonl',
  orgCreation: 'admins',
  connectorAllow: parseAllowList(undefined),
  connectorStaleMinutes: 15,
  redisUrl: undefined,
  databasePoolSize: 10,
  databaseListen: true,
  shutdownSeconds: 30,
}
const logger = pino({ level: 'silent' })
const encryption = createEncryption(baseConfig.secretKey)

describe('mail outbox (Art. 5(2): durable before acknowledged)', () => {
  let database: Database
  let smtp: TestSmtpServer
  let refusing: TestSmtpServer
  let orgA: string
  let orgB: string

  const senderFor = (smtpUrl: string | undefined) => ({
    db: database.db,
    config: { ...baseConfig, smtpUrl },
    logger,
    encryption,
  })
  const queue = (mail: QueuedMail) =>
    database.db.transaction().execute((trx) => queueMail(trx, encryption, mail))
  const message = (id: string) => storedMail({ db: database.db, encryption }, id)
  const resetRequest = (organizationId: string | null, language: Language): QueuedMail => ({
    organizationId,
    to: 'an.peeters@example.be',
    language,
    template: 'password-reset',
    params: { name: 'An Peeters', link: 'https://custos.example.be/reset?token=abc', expiresInMinutes: 30 },
  })

  beforeAll(async () => {
    database = await createTestDatabase()
    smtp = await startTestSmtpServer()
    refusing = await startTestSmtpServer({
      reject: { code: 451, message: 'Mailbox temporarily unavailable' },
    })
    const orgs = await database.db
      .insertInto('organizations')
      .values([
        { slug: 'alpha', name: 'Alpha', legal_name: 'Alpha BV', languages: JSON.stringify(['nl']) },
        { slug: 'beta', name: 'Beta', legal_name: 'Beta SRL', languages: JSON.stringify(['fr']) },
      ])
      .returning('id')
      .execute()
    orgA = orgs[0]?.id as string
    orgB = orgs[1]?.id as string
  })
  afterAll(async () => {
    await database?.close()
    await smtp?.close()
    await refusing?.close()
  })

  it.each([
    ['nl', 'Uw wachtwoord voor Custos opnieuw instellen'],
    ['fr', 'Réinitialisation de votre mot de passe Custos'],
    ['en', 'Reset your Custos password'],
  ] as const)('delivers a queued mail in %s with its subject, once', async (language, subject) => {
    const id = await queue(resetRequest(orgA, language))
    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('sent')

    const received = smtp.received.filter((m) => m.messageId === `<${id}@custos>`)
    expect(received).toHaveLength(1)
    expect(received[0]?.subject).toBe(subject)
    expect(received[0]?.to).toEqual(['an.peeters@example.be'])
    expect(received[0]?.from).toBe('no-reply@custos.example.be')
    const row = await message(id)
    expect(row).toMatchObject({ status: 'sent', attempts: 1, language, subject })
    expect(row.sent_at).not.toBeNull()

    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('skipped')
    expect(smtp.received.filter((m) => m.messageId === `<${id}@custos>`)).toHaveLength(1)
  })

  it('holds the message, readable in the outbox, when no SMTP server is configured', async () => {
    const id = await queue(resetRequest(orgA, 'nl'))
    expect(await sendOutboxMessage(senderFor(undefined), id)).toBe('held')
    const held = await getOutboxMessage(database.db, encryption, orgA, id)
    expect(held).toMatchObject({ status: 'held', attempts: 0, to_address: 'an.peeters@example.be' })
    expect(held?.text_body).toContain('https://custos.example.be/reset?token=abc')

    expect(await retryOutboxMessage(database.db, orgA, id)).toBe(true)
    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('sent')
  })

  it('records refused attempts with backoff, without the SMTP password, and fails after the fifth', async () => {
    const id = await queue(resetRequest(orgA, 'en'))
    const sender = senderFor(refusing.url)

    await expect(sendOutboxMessage(sender, id)).rejects.toBeInstanceOf(MailDeliveryError)
    const first = await message(id)
    expect(first).toMatchObject({ status: 'pending', attempts: 1 })
    expect(first.last_error).toContain('451')
    expect(first.last_error).not.toContain(refusing.password)
    const due = await sql<{ wait: number }>`select extract(epoch from next_attempt_at - now())::float8 as wait
      from outbox_messages where id = ${id}`.execute(database.db)
    expect(due.rows[0]?.wait).toBeGreaterThan(20)
    // Not due yet: a duplicate job or an early retry does nothing.
    expect(await sendOutboxMessage(sender, id)).toBe('skipped')

    for (let attempt = 2; attempt <= 5; attempt++) {
      await sql`update outbox_messages set next_attempt_at = now() - interval '1 second' where id = ${id}`.execute(
        database.db,
      )
      if (attempt < 5) await expect(sendOutboxMessage(sender, id)).rejects.toThrow(/451/)
      else expect(await sendOutboxMessage(sender, id)).toBe('failed')
      expect((await message(id)).attempts).toBe(attempt)
    }
    expect(await message(id)).toMatchObject({ status: 'failed', attempts: 5 })
    expect(refusing.rejected).toBe(5)

    expect(await retryOutboxMessage(database.db, orgA, id)).toBe(true)
    expect(await message(id)).toMatchObject({ status: 'pending', attempts: 0 })
  })

  it('escapes every parameter in the HTML part and refuses non-http links', async () => {
    const id = await queue({
      organizationId: orgA,
      to: 'jean.dupont@example.be',
      language: 'fr',
      template: 'member-invitation',
      params: {
        inviterName: '<script>alert("x")</script>',
        organizationName: 'Dupont & Fils',
        role: 'privacy_officer',
        link: 'https://custos.example.be/invite?token=a&next="><img src=x>',
      },
    })
    const row = await message(id)
    expect(row.html_body).not.toContain('<script>')
    expect(row.html_body).not.toContain('<img')
    expect(row.html_body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(row.html_body).toContain('Dupont &amp; Fils')
    expect(row.html_body).toContain(
      'href="https://custos.example.be/invite?token=a&amp;next=&quot;&gt;&lt;img src=x&gt;"',
    )
    expect(row.html_body).toContain('Responsable vie privée')
    expect(row.subject).toBe('Invitation à rejoindre Dupont & Fils sur Custos')
    expect(row.text_body).toContain('<script>alert("x")</script>')

    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('sent')
    expect(smtp.received.some((m) => m.messageId === `<${id}@custos>`)).toBe(true)

    expect(() =>
      renderMail('password-reset', 'nl', { name: 'X', link: 'javascript:alert(1)', expiresInMinutes: 5 }),
    ).toThrow(UnsafeLinkError)
  })

  it('renders every template in every language', () => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      const mails = [
        renderMail('password-reset', language, { name: 'An', link: 'https://x.be/r', expiresInMinutes: 30 }),
        renderMail('member-invitation', language, {
          inviterName: 'Els',
          organizationName: 'Gemeente Gent',
          role: 'auditor',
          link: 'https://x.be/i',
        }),
        renderMail('second-factor-enabled', language, { name: 'An' }),
      ]
      for (const mail of mails) {
        expect(mail.subject.length).toBeGreaterThan(5)
        expect(mail.html).toContain(`<html lang="${language}">`)
        expect(mail.text).not.toContain('undefined')
      }
    }
  })

  it('scopes outbox reads and retries to the organisation', async () => {
    const id = await queue(resetRequest(orgA, 'nl'))
    await sendOutboxMessage(senderFor(undefined), id)

    expect(await getOutboxMessage(database.db, encryption, orgA, id)).toBeDefined()
    expect(await getOutboxMessage(database.db, encryption, orgB, id)).toBeUndefined()
    expect(await getOutboxMessage(database.db, encryption, orgA, 'not-a-uuid')).toBeUndefined()
    expect(await retryOutboxMessage(database.db, orgB, id)).toBe(false)
    expect((await listOutbox(database.db, encryption, orgB, { limit: 50 })).map((m) => m.id)).not.toContain(
      id,
    )

    const held = await listOutbox(database.db, encryption, orgA, { limit: 50, status: 'held' })
    expect(held.map((m) => m.id)).toEqual([id])
    expect(held[0]).not.toHaveProperty('html_body')
  })

  it('pages through the outbox newest first', async () => {
    const ids: string[] = []
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 5; i++) ids.push(await queueMail(trx, encryption, { ...resetRequest(orgB, 'fr') }))
    })
    const first = await listOutbox(database.db, encryption, orgB, { limit: 3 })
    const second = await listOutbox(database.db, encryption, orgB, { limit: 3, before: first.at(-1)?.id })
    const seen = [...first, ...second].map((m) => m.id)
    expect(first).toHaveLength(3)
    expect(second).toHaveLength(2)
    expect(new Set(seen)).toEqual(new Set(ids))
  })

  /** Makes the next matching write to this message fail, as a process killed at that point would leave it. */
  const failWrite = async (id: string, condition: string) => {
    await sql`create or replace function custos_test_crash() returns trigger language plpgsql as $$
      begin raise exception 'process killed'; end $$`.execute(database.db)
    await sql
      .raw(`create trigger custos_test_crash before update on outbox_messages for each row
        when (new.id = '${id}' and ${condition}) execute function custos_test_crash()`)
      .execute(database.db)
  }
  const restart = async () => {
    await sql`drop trigger if exists custos_test_crash on outbox_messages`.execute(database.db)
  }
  const leaseRunsOut = (id: string) =>
    sql`update outbox_messages set next_attempt_at = now() - interval '1 second' where id = ${id}`.execute(
      database.db,
    )
  const receivedWith = (id: string) => smtp.received.filter((m) => m.messageId === `<${id}@custos>`)

  it('does not send a mail twice when the process died after the SMTP server took it', async () => {
    const id = await queue(resetRequest(orgA, 'nl'))
    // Killed after the server accepted the mail, before the sent status was recorded.
    await failWrite(id, "new.status = 'sent'")
    await expect(sendOutboxMessage(senderFor(smtp.url), id)).rejects.toThrow(/process killed/)
    await restart()
    expect(receivedWith(id)).toHaveLength(1)
    expect(await message(id)).toMatchObject({ status: 'pending' })

    await leaseRunsOut(id)
    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('unconfirmed')
    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('skipped')
    expect(receivedWith(id)).toHaveLength(1)
    expect(await message(id)).toMatchObject({ status: 'unconfirmed', attempts: 0 })

    // Sending it again is the user's decision; it keeps its Message-ID.
    expect(await retryOutboxMessage(database.db, orgA, id)).toBe(true)
    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('sent')
    expect(receivedWith(id)).toHaveLength(2)
  })

  it('sends a mail again when the process died before handing it over: the server dropped it', async () => {
    const id = await queue(resetRequest(orgA, 'fr'))
    await failWrite(id, 'new.handed_over_at is not null')
    await expect(sendOutboxMessage(senderFor(smtp.url), id)).rejects.toBeInstanceOf(MailDeliveryError)
    await restart()
    expect(receivedWith(id)).toHaveLength(0)
    expect(await message(id)).toMatchObject({ status: 'pending', attempts: 1 })

    await leaseRunsOut(id)
    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('sent')
    expect(receivedWith(id)).toHaveLength(1)
  })

  it('releases mail held without SMTP at the next start with an SMTP server configured', async () => {
    const id = await queue(resetRequest(orgA, 'en'))
    expect(await sendOutboxMessage(senderFor(undefined), id)).toBe('held')
    await runStartupTasks({ ...senderFor(undefined) })
    expect(await message(id)).toMatchObject({ status: 'held' })

    await runStartupTasks({ ...senderFor(smtp.url) })
    expect(await message(id)).toMatchObject({ status: 'pending', attempts: 0 })
    expect(await dueOutboxMessageIds(database.db, 1000)).toContain(id)
    expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('sent')
    expect(receivedWith(id)).toHaveLength(1)
  })

  it('keeps recipient, subject and text encrypted, and purges the text the configured days after delivery', async () => {
    const old = await queue(resetRequest(orgB, 'nl'))
    const recent = await queue(resetRequest(orgB, 'nl'))
    const failed = await queue(resetRequest(orgB, 'nl'))
    for (const id of [old, recent]) expect(await sendOutboxMessage(senderFor(smtp.url), id)).toBe('sent')
    await database.db
      .updateTable('outbox_messages')
      .set({ status: 'failed' })
      .where('id', '=', failed)
      .execute()
    const raw = await sql<Record<string, unknown>>`select * from outbox_messages where id = ${old}`.execute(
      database.db,
    )
    const stored = JSON.stringify(raw.rows)
    for (const clear of ['an.peeters@example.be', 'An Peeters', 'reset?token=abc', 'wachtwoord'])
      expect(stored).not.toContain(clear)

    await sql`update outbox_messages set sent_at = now() - interval '31 days' where id = ${old}`.execute(
      database.db,
    )
    expect(await purgeDeliveredMailBodies(database.db, 30)).toBe(1)
    const purged = await getOutboxMessage(database.db, encryption, orgB, old)
    expect(purged).toMatchObject({ to_address: 'an.peeters@example.be', text_body: null, html_body: null })
    expect(purged?.body_purged_at).toBeInstanceOf(Date)
    expect((await message(recent)).text_body).toContain('reset?token=abc')
    expect((await message(failed)).text_body).toContain('reset?token=abc')
    expect(await purgeDeliveredMailBodies(database.db, 30)).toBe(0)
  })

  it('seals a mail stored in clear by an earlier version at start-up, once', async () => {
    const legacy = await database.db
      .insertInto('outbox_messages')
      .values({
        organization_id: orgA,
        to_address: 'oud@example.be',
        language: 'nl',
        template: 'password-reset',
        subject: 'Oud onderwerp',
        text_body: 'Oude tekst',
        html_body: '<p>Oude tekst</p>',
        envelope_encrypted: null,
        body_encrypted: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await runStartupTasks(senderFor(undefined))
    const raw = await sql<
      Record<string, unknown>
    >`select * from outbox_messages where id = ${legacy.id}`.execute(database.db)
    expect(raw.rows[0]).toMatchObject({ to_address: null, subject: null, text_body: null, html_body: null })
    const sealed = raw.rows[0]?.envelope_encrypted
    expect(await message(legacy.id)).toMatchObject({
      to_address: 'oud@example.be',
      subject: 'Oud onderwerp',
      text_body: 'Oude tekst',
      html_body: '<p>Oude tekst</p>',
    })
    await runStartupTasks(senderFor(undefined))
    const again = await sql<{ e: string }>`select envelope_encrypted as e from outbox_messages
      where id = ${legacy.id}`.execute(database.db)
    expect(again.rows[0]?.e).toBe(sealed)
  })
})
