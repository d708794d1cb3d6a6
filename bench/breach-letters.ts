/**
 * Informing the people of a breach (issue 19, proof): N people of the subject index (nl/fr/en) are sent the Art. 34
 * letter through the service the route calls (`sendBreachLetters`): each letter is rendered in its language, sealed
 * and queued in the outbox with its throttle time, in transactions of 500. Measured: the time to queue all N, then
 * the outbox's throughput against a local SMTP server (the `smtp-server` package, as the tests use) when a sample
 * of the queued messages is sent the way the mail worker sends them (`sendOutboxMessage`, one after the other as
 * the pg-boss worker does, and four at a time as four worker processes would).
 *
 *   npx tsx bench/breach-letters.ts [people, default 100000] [embedded|postgres, default postgres] [sent, default 2000]
 *   npm run bench -- --scenario=breach-letters   (the defaults, on PostgreSQL)
 */
import { loadavg } from 'node:os'
import { sql } from 'kysely'
import { systemActor } from '../server/src/audit/actor'
import { buildApp } from '../server/src/http/app'
import { csvRecords } from '../server/src/lib/csv'
import { sendOutboxMessage } from '../server/src/mail/smtp-sender'
import { sendBreachLetters } from '../server/src/modules/breaches/letters'
import { toOrganization } from '../server/src/modules/organizations'
import { importSubjectsCsv } from '../server/src/modules/subjects/import'
import { createTestContext } from '../server/test/support/context'
import { createMember, createOrg } from '../server/test/support/factories'
import { startTestSmtpServer } from '../server/test/support/smtp'
import { signIn } from './context'

export async function runBreachLetters(argv: readonly string[] = process.argv.slice(2)) {
  const people = Number(argv[0] ?? 100_000)
  const backend = (argv[1] ?? 'postgres') as 'embedded' | 'postgres'
  const sample = Number(argv[2] ?? 2000)
  if (backend === 'postgres') process.env.CUSTOS_TEST_DATABASE = 'postgres'
  else delete process.env.CUSTOS_TEST_DATABASE
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')
  const say = (line: string) => process.stderr.write(`${line}\n`)
  const smtp = await startTestSmtpServer()
  const test = await createTestContext({ smtpUrl: smtp.url })
  const { ctx } = test
  const app = await buildApp(ctx, { serveWeb: false, logger: false })
  try {
    let org = await createOrg(ctx, 'Webwinkel BV')
    org = toOrganization(
      await ctx.db
        .updateTable('organizations')
        .set({ privacy_contact_email: 'privacy@webwinkel.be' })
        .where('id', '=', org.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    )
    const owner = await createMember(ctx, org, 'owner')
    const cookie = await signIn(app, owner.email, owner.password)
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })
    const recorded = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.slug}/breaches`,
      headers: { cookie, 'x-csrf-token': me.json().csrfToken },
      payload: {
        title: 'Customer table copied by an intruder',
        discoveredAt: '2026-12-01T10:00:00+01:00',
        awareAt: '2026-12-01T11:00:00+01:00',
        description: 'An intruder copied the customer table of the web shop.',
        nature: ['confidentiality'],
        origin: 'hacking',
        cause: 'external_malicious',
        encrypted: false,
        consequences: 'The customers may receive phishing messages in our name.',
        measuresTaken: 'The intruder’s access was closed and every password reset.',
      },
    })
    if (recorded.statusCode !== 201) throw new Error(`breach not recorded: ${recorded.body}`)
    const breachId = recorded.json().id

    say(`importing ${people} people (load ${load()})`)
    const lines = [['name', 'email']]
    for (let i = 0; i < people; i++) lines.push([`Klant ${i}`, `klant${i}@example.be`])
    const text = csvRecords(lines, { delimiter: ',', escapeFormulas: false })
    async function* chunks() {
      const bytes = Buffer.from(text, 'utf8')
      for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024)
    }
    const imported = await importSubjectsCsv(ctx, systemActor('cli:bench'), org, chunks(), { dryRun: false })
    if (imported.imported !== people) throw new Error(`imported ${imported.imported} of ${people}`)
    // A third each in Dutch, French and English.
    await sql`
      update subjects set preferred_language = (array['nl', 'fr', 'en'])[1 + abs(hashtext(id::text)) % 3]
      where organization_id = ${org.id}`.execute(ctx.db)
    const ids = (
      await ctx.db.selectFrom('subjects').select('id').where('organization_id', '=', org.id).execute()
    ).map((r) => r.id)

    say(`queueing ${ids.length} letters (load ${load()})`)
    const loadBefore = load()
    const t0 = process.hrtime.bigint()
    const run = await sendBreachLetters(ctx, systemActor('cli:bench'), org, breachId, {
      selection: { subjectIds: ids },
      perMinute: 10_000,
    })
    const queueSeconds = Number(process.hrtime.bigint() - t0) / 1e9
    const loadAfterQueue = load()
    if (run.queued !== people) throw new Error(`queued ${run.queued} of ${people}`)

    const due = (
      await ctx.db
        .selectFrom('outbox_messages')
        .select('id')
        .where('organization_id', '=', org.id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', sql<Date>`now()`)
        .orderBy('created_at')
        .limit(sample * 2)
        .execute()
    ).map((r) => r.id)
    if (due.length < sample * 2) throw new Error(`only ${due.length} messages due`)
    const send = async (batch: string[], parallel: number) => {
      const queue = [...batch]
      const t = process.hrtime.bigint()
      await Promise.all(
        Array.from({ length: parallel }, async () => {
          for (let id = queue.shift(); id; id = queue.shift()) {
            const outcome = await sendOutboxMessage(ctx, id)
            if (outcome !== 'sent') throw new Error(`message ${id}: ${outcome}`)
          }
        }),
      )
      return Number(process.hrtime.bigint() - t) / 1e9
    }
    say(`sending ${sample} one at a time (load ${load()})`)
    const oneSeconds = await send(due.slice(0, sample), 1)
    say(`sending ${sample} four at a time (load ${load()})`)
    const fourSeconds = await send(due.slice(sample, sample * 2), 4)
    if (smtp.received.length !== sample * 2)
      throw new Error(`the SMTP server received ${smtp.received.length} of ${sample * 2}`)
    const languages = new Set(smtp.received.map((m) => /Content-Language: (\w+)/.exec(m.raw)?.[1]))
    const [{ bytes }] = (
      await sql<{ bytes: string }>`
        select pg_total_relation_size('outbox_messages')::text as bytes`.execute(ctx.db)
    ).rows as [{ bytes: string }]

    console.log(
      [
        `${backend}: ${people} letters queued and rendered in ${queueSeconds.toFixed(1)} s = ${Math.round(people / queueSeconds)} letters/s (by language ${JSON.stringify(run.byLanguage)}; load ${loadBefore} before, ${loadAfterQueue} after)`,
        `outbox table after queueing: ${Math.round(Number(bytes) / 1048576)} MB`,
        `SMTP (local smtp-server): ${sample} sent one at a time in ${oneSeconds.toFixed(1)} s = ${(sample / oneSeconds).toFixed(0)} messages/s; ${sample} four at a time in ${fourSeconds.toFixed(1)} s = ${(sample / fourSeconds).toFixed(0)} messages/s; languages received ${[...languages].sort().join(', ')}`,
        `at that rate the ${people} letters need ${(people / (sample / oneSeconds) / 60).toFixed(0)} min with one worker, ${(people / (sample / fourSeconds) / 60).toFixed(0)} min with four (the throttle, default 120/min, comes first: ${(people / 120 / 60).toFixed(1)} h)`,
        `load average now ${load()}`,
      ].join('\n'),
    )
  } finally {
    await app.close()
    await test.close()
    await smtp.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runBreachLetters()
