import { createHmac, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { executeRun } from '../src/connectors/engine/execute-run'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { emitWebhookEvent } from '../src/events/outbox'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRequestReminders } from '../src/modules/requests'
import { MAX_ATTEMPTS, runDueDeliveries, sendDeliveriesOnCommit } from '../src/modules/webhooks'
import { type ChinookDatabase, loadChinookPostgres } from './support/chinook'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asToken, asUser, expectProblem, signIn } from './support/http'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'

interface Received {
  headers: http.IncomingHttpHeaders
  body: string
}
type Answer = number | 'hang'

/** A real HTTP receiver: answers each request with the next planned answer (200 when none is left). */
async function startReceiver() {
  const received: Received[] = []
  const plan: Answer[] = []
  const waiting: ((r: Received) => void)[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const r = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      received.push(r)
      for (const resolve of waiting.splice(0)) resolve(r)
      const answer = plan.shift() ?? 200
      if (answer === 'hang') return
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'no')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks/custos`,
    received,
    plan,
    /** The next request that arrives. */
    next: () => new Promise<Received>((resolve) => waiting.push(resolve)),
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** Standard Webhooks verification written out here, independent of the server's signing code. */
function verify(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const content = `${r.headers['webhook-id']}.${r.headers['webhook-timestamp']}.${r.body}`
  const expected = createHmac('sha256', key).update(content).digest('base64')
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((s) => s === `v1,${expected}`)
}

const later = (from: Date, seconds: number) => () => new Date(from.getTime() + seconds * 1000)

describe('webhooks: signed deliveries, retries, allow-list, delivery log; idempotent writes', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  const api = () => `/api/v1/orgs/${org.slug}`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Webhook BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    receiver = await startReceiver()
  })
  afterAll(async () => {
    await receiver.close()
    await app.close()
    await t.close()
  })

  const createEndpoint = async (url: string, eventTypes: string[]) => {
    const res = await owner('POST', `${api()}/webhooks`, { url, description: 'CRM', eventTypes })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: string; secret: string }
  }
  const intake = async (name: string) => {
    const res = await owner('POST', `${api()}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name, email: `${name.toLowerCase().replace(/\W/g, '')}@example.be` },
      types: ['access'],
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: string; reference: string }
  }

  it('delivers a signed request.received event, retrying after a 500 and after a timeout, and logs each attempt', async () => {
    const endpoint = await createEndpoint(receiver.url, ['request.received', 'request.completed'])
    expect(endpoint.secret).toMatch(/^whsec_/)
    const stored = await t.ctx.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', endpoint.id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(stored)).not.toContain(endpoint.secret.slice(6))

    const request = await intake('Jan Peeters')
    receiver.plan.push(500, 'hang')
    const t0 = new Date()
    receiver.received.length = 0
    expect(await runDueDeliveries(t.ctx, { now: later(t0, 0) })).toBe(1)
    // Not due yet: the retry waits 5 seconds.
    expect(await runDueDeliveries(t.ctx, { now: later(t0, 1) })).toBe(0)
    expect(await runDueDeliveries(t.ctx, { now: later(t0, 6), timeoutMs: 300 })).toBe(1)
    expect(await runDueDeliveries(t.ctx, { now: later(t0, 100) })).toBe(0)
    expect(await runDueDeliveries(t.ctx, { now: later(t0, 6 + 301) })).toBe(1)

    expect(receiver.received).toHaveLength(3)
    for (const r of receiver.received) expect(verify(endpoint.secret, r)).toBe(true)
    expect(verify(`whsec_${Buffer.alloc(24, 1).toString('base64')}`, receiver.received[0] as Received)).toBe(
      false,
    )
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']))
    expect(ids.size).toBe(1)
    const body = JSON.parse((receiver.received[2] as Received).body)
    expect(body).toMatchObject({
      type: 'request.received',
      organisation: { id: org.id, slug: org.slug },
      data: {
        object: 'data_subject_request',
        id: request.id,
        reference: request.reference,
        types: ['access'],
      },
    })
    expect(body.id).toBe([...ids][0])
    expect(Object.keys(body).sort()).toEqual(['data', 'id', 'organisation', 'timestamp', 'type'])
    // No personal data of the requester leaves.
    expect(JSON.stringify(body)).not.toContain('Peeters')
    expect(Number((receiver.received[2] as Received).headers['webhook-timestamp'])).toBe(
      Math.floor(later(t0, 307)().getTime() / 1000),
    )

    const log = await owner('GET', `${api()}/webhooks/${endpoint.id}/deliveries`)
    expect(log.statusCode, log.body).toBe(200)
    const [delivery] = log.json().items
    expect(delivery).toMatchObject({ eventType: 'request.received', status: 'delivered', attempts: 3 })
    expect(delivery.lastStatusCode).toBe(200)
    expect(delivery.nextAttemptAt).toBeNull()
    expect(
      delivery.log.map((a: { outcome: string; statusCode: number | null }) => [a.outcome, a.statusCode]),
    ).toEqual([
      ['http_error', 500],
      ['timeout', null],
      ['delivered', 200],
    ])

    // Completing the request emits request.completed (the same transaction as the change).
    const done = await owner('POST', `${api()}/requests/${request.id}/actions/complete`, {
      details: { access: { delivery: 'download' } },
    })
    expect(done.statusCode, done.body).toBe(200)
    receiver.received.length = 0
    expect(await runDueDeliveries(t.ctx)).toBe(1)
    expect(JSON.parse((receiver.received[0] as Received).body)).toMatchObject({
      type: 'request.completed',
      data: { id: request.id, reference: request.reference, to: 'completed' },
    })
    await owner('DELETE', `${api()}/webhooks/${endpoint.id}`)
  })

  it('emits notice.published only to endpoints that subscribe to it, and nothing when none does', async () => {
    const before = await t.ctx.db.selectFrom('webhook_events').select('id').execute()
    const published = await owner('POST', `${api()}/notice/versions`, { material: false })
    expect(published.statusCode, published.body).toBe(201)
    const after = await t.ctx.db.selectFrom('webhook_events').select('id').execute()
    expect(after.length).toBe(before.length)

    const endpoint = await createEndpoint(receiver.url, ['notice.published'])
    await intake('Not subscribed')
    const again = await owner('POST', `${api()}/notice/versions`, { material: true, changeSummary: 'New' })
    expect(again.statusCode, again.body).toBe(201)
    receiver.received.length = 0
    expect(await runDueDeliveries(t.ctx)).toBe(1)
    const event = JSON.parse((receiver.received[0] as Received).body)
    expect(event).toMatchObject({ type: 'notice.published', data: { object: 'notice', version: 2 } })
    expect(verify(endpoint.secret, receiver.received[0] as Received)).toBe(true)
    await owner('DELETE', `${api()}/webhooks/${endpoint.id}`)
  })

  it('delivers breach.recorded, signed, with the reference and clock but none of the facts typed in', async () => {
    const endpoint = await createEndpoint(receiver.url, ['breach.recorded'])
    const recorded = await owner('POST', `${api()}/breaches`, {
      title: 'Laptop stolen from a car',
      discoveredAt: '2026-12-04T22:00:00+01:00',
      awareAt: '2026-12-04T23:30:00+01:00',
      description: 'A laptop with the client files of Jan Peeters was stolen.',
      nature: ['confidentiality'],
      origin: 'lost_or_stolen_device',
      cause: 'external_malicious',
      systems: [],
      activities: [],
      peopleApprox: 120,
      encrypted: false,
    })
    expect(recorded.statusCode, recorded.body).toBe(201)
    receiver.received.length = 0
    expect(await runDueDeliveries(t.ctx)).toBe(1)
    const delivered = receiver.received[0] as Received
    expect(verify(endpoint.secret, delivered)).toBe(true)
    const event = JSON.parse(delivered.body)
    expect(event).toMatchObject({
      type: 'breach.recorded',
      data: { object: 'breach', id: recorded.json().id, reference: recorded.json().reference },
    })
    expect(event.data.awareAt).toBeDefined()
    expect(event.data.dueAt).toBeDefined()
    expect(delivered.body).not.toContain('Jan Peeters')
    expect(delivered.body).not.toContain('Laptop stolen')
    await owner('DELETE', `${api()}/webhooks/${endpoint.id}`)
  })

  it('sends nothing to a host outside the network allow-list, and the log says why', async () => {
    const endpoint = await createEndpoint('http://192.0.2.10:8080/hook', ['request.received'])
    const test = await owner('POST', `${api()}/webhooks/${endpoint.id}/test`)
    expect(test.statusCode, test.body).toBe(200)
    expect(test.json()).toMatchObject({ eventType: 'webhook.test', status: 'refused', attempts: 1 })
    expect(test.json().log[0].outcome).toBe('not_allowed')
    expect(test.json().log[0].error).toContain('allow-list')
    // Refused is final: no retry is planned.
    expect(test.json().nextAttemptAt).toBeNull()
    await owner('DELETE', `${api()}/webhooks/${endpoint.id}`)
  })

  it('sends a test event at once, rotates the secret, and disables an endpoint whose delivery used up its attempts', async () => {
    const endpoint = await createEndpoint(receiver.url, ['request.received'])
    receiver.received.length = 0
    const test = await owner('POST', `${api()}/webhooks/${endpoint.id}/test`)
    expect(test.json()).toMatchObject({ eventType: 'webhook.test', status: 'delivered', lastStatusCode: 200 })
    expect(verify(endpoint.secret, receiver.received[0] as Received)).toBe(true)

    // Rotation: for the overlap window (default 24 hours) both secrets sign, so the receiver can switch.
    const rotated = await owner('POST', `${api()}/webhooks/${endpoint.id}/secret`)
    expect(rotated.statusCode, rotated.body).toBe(200)
    const { secret, previousSecretUntil } = rotated.json()
    expect(secret).not.toBe(endpoint.secret)
    const until = Date.parse(previousSecretUntil)
    expect(Math.round((until - Date.now()) / 3_600_000)).toBe(24)
    await owner('POST', `${api()}/webhooks/${endpoint.id}/test`)
    const both = receiver.received[1] as Received
    expect(String(both.headers['webhook-signature']).split(' ')).toHaveLength(2)
    expect(verify(secret, both)).toBe(true)
    expect(verify(endpoint.secret, both)).toBe(true)
    // After the window only the new secret signs.
    await intake('After the overlap')
    const afterWindow = new Date(until + 1000)
    expect(await runDueDeliveries(t.ctx, { now: () => afterWindow })).toBe(1)
    const single = receiver.received[2] as Received
    expect(verify(secret, single)).toBe(true)
    expect(verify(endpoint.secret, single)).toBe(false)
    // A leaked secret: overlapHours 0 stops it at once.
    const leaked = await owner('POST', `${api()}/webhooks/${endpoint.id}/secret`, { overlapHours: 0 })
    expect(leaked.json().previousSecretUntil).toBeNull()
    await owner('POST', `${api()}/webhooks/${endpoint.id}/test`)
    expect(verify(leaked.json().secret, receiver.received[3] as Received)).toBe(true)
    expect(verify(secret, receiver.received[3] as Received)).toBe(false)

    await intake('Always failing')
    const t0 = new Date()
    let clock = 0
    for (let i = 0; i < MAX_ATTEMPTS; i += 1) {
      receiver.plan.push(503)
      expect(await runDueDeliveries(t.ctx, { now: later(t0, clock) })).toBe(1)
      clock += 36_001
    }
    const listed = (await owner('GET', `${api()}/webhooks`)).json()
    expect(listed.can).toEqual({ write: true })
    const row = listed.items.find((e: { id: string }) => e.id === endpoint.id)
    expect(row).toMatchObject({ enabled: false, disabledReason: 'failing' })
    const [failed] = (await owner('GET', `${api()}/webhooks/${endpoint.id}/deliveries`)).json().items
    expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastStatusCode: 503 })
    // Disabled: new events are not queued for it.
    await intake('After disabling')
    expect(await runDueDeliveries(t.ctx, { now: later(t0, clock) })).toBe(0)
  })

  it('refuses a role without the webhook actions and an unknown event type', async () => {
    const agent = await createMember(t.ctx, org, 'agent')
    const asAgent = asUser(app, await signIn(app, agent.email, agent.password))
    expectProblem(await asAgent('GET', `${api()}/webhooks`), 403)
    const bad = expectProblem(
      await owner('POST', `${api()}/webhooks`, { url: receiver.url, eventTypes: ['request.nope'] }),
      400,
    )
    expect(bad.errors?.[0]?.path).toContain('eventTypes')
  })
})

describe('webhooks: a worker sends a delivery as soon as its change commits', () => {
  it('delivers request.received without waiting for the every-minute job, and nothing for a rolled-back change', async () => {
    const t = await createTestContext()
    const app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    const receiver = await startReceiver()
    const stop = await sendDeliveriesOnCommit(t.ctx)
    try {
      const org = await createOrg(t.ctx, 'Prompt BV')
      const m = await createMember(t.ctx, org, 'owner')
      const owner = asUser(app, await signIn(app, m.email, m.password))
      const endpoint = await owner('POST', `/api/v1/orgs/${org.slug}/webhooks`, {
        url: receiver.url,
        eventTypes: ['request.received'],
      })
      expect(endpoint.statusCode, endpoint.body).toBe(201)
      // A change that rolls back announces nothing: its delivery never existed.
      await expect(
        t.ctx.db.transaction().execute(async (trx) => {
          await emitWebhookEvent(trx, org.id, { type: 'request.received', data: {} }, new Date())
          throw new Error('rolled back')
        }),
      ).rejects.toThrow('rolled back')
      const arrived = receiver.next()
      const created = await owner('POST', `/api/v1/orgs/${org.slug}/requests`, {
        channel: 'email',
        receivedAt: new Date().toISOString().slice(0, 10),
        subject: { name: 'Els Claes', email: 'els@example.be' },
        types: ['erasure'],
        language: 'nl',
      })
      expect(created.statusCode, created.body).toBe(201)
      // No runDueDeliveries here and no job worker: the announcement of the commit sends it.
      const r = await arrived
      expect(verify(endpoint.json().secret, r)).toBe(true)
      expect(JSON.parse(r.body)).toMatchObject({ type: 'request.received', data: { id: created.json().id } })
      expect(receiver.received).toHaveLength(1)
    } finally {
      await stop()
      await receiver.close()
      await app.close()
      await t.close()
    }
  })
})

describe('webhooks: the verified, due soon, overdue and connector run events reach a real receiver', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let secret: string
  let chinook: ChinookDatabase
  const api = () => `/api/v1/orgs/${org.slug}`

  /** Sends what is due and answers the events the receiver got, each checked against the signature. */
  const delivered = async (now?: Date) => {
    receiver.received.length = 0
    await runDueDeliveries(t.ctx, now ? { now: () => now } : {})
    return receiver.received.map((r) => {
      expect(verify(secret, r)).toBe(true)
      return JSON.parse(r.body) as { type: string; data: Record<string, unknown> }
    })
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Chinook Events BV')
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'owner')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    receiver = await startReceiver()
    const endpoint = await po('POST', `${api()}/webhooks`, {
      url: receiver.url,
      eventTypes: [
        'request.verified',
        'request.due_soon',
        'request.overdue',
        'connector_run.finished',
        'connector_run.failed',
      ],
    })
    expect(endpoint.statusCode, endpoint.body).toBe(201)
    secret = endpoint.json().secret
    chinook = await loadChinookPostgres()
    const source = readFileSync(
      new URL('../../examples/datasets/chinook-postgres.dataset.yaml', import.meta.url),
      'utf8',
    )
    expect((await po('PUT', `${api()}/datasets/chinook-postgres`, { source })).statusCode).toBeLessThan(300)
    const connection = await po('PUT', `${api()}/datasets/chinook-postgres/connection`, {
      options: chinook.settings.options,
      ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
  }, 120_000)
  afterAll(async () => {
    await receiver?.close()
    await app?.close()
    await t?.close()
    await chinook?.drop()
  })

  it('sends request.verified when the requester confirms their address on the portal', async () => {
    const submitted = await app.inject({
      method: 'POST',
      url: `/p/${org.slug}/request?lang=nl`,
      payload: 'name=Lotte%20Maes&email=lotte.maes%40example.be&types=access&website=',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: '10.30.0.1',
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    // Not verified yet: nothing for this endpoint.
    expect(await delivered()).toEqual([])
    const [mail] = (await storedMails(t.ctx, 'lotte.maes@example.be')).filter(
      (m) => m.template === 'request-verification',
    )
    const token = /verify\?token=([\w-]+)/.exec(mail?.text_body ?? '')?.[1]
    const verified = await app.inject({ method: 'GET', url: `/p/${org.slug}/request/verify?token=${token}` })
    expect(verified.statusCode, verified.body).toBe(200)
    const [event, ...more] = await delivered()
    expect(more).toEqual([])
    expect(event).toMatchObject({ type: 'request.verified', data: { object: 'data_subject_request' } })
    expect(event?.data.reference).toMatch(/\S/)
    expect(JSON.stringify(event)).not.toContain('Maes')
  })

  it('sends request.due_soon before the due date and request.overdue after it, once each', async () => {
    const created = await po('POST', `${api()}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Wout Janssens', email: 'wout@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    const { id, reference } = created.json()
    const days = (n: number) => new Date(Date.now() + n * 86_400_000)
    const ofThisRequest = (events: { type: string; data: Record<string, unknown> }[]) =>
      events.filter((e) => e.data.id === id)

    await runRequestReminders(t.ctx, days(22))
    const soon = ofThisRequest(await delivered(days(22)))
    expect(soon).toHaveLength(1)
    expect(soon[0]).toMatchObject({ type: 'request.due_soon', data: { reference } })
    expect(soon[0]?.data.workingDaysBefore).toBeGreaterThan(0)
    // The job running again the same day sends nothing twice.
    await runRequestReminders(t.ctx, days(22))
    expect(ofThisRequest(await delivered(days(22)))).toEqual([])

    await runRequestReminders(t.ctx, days(45))
    const late = ofThisRequest(await delivered(days(45)))
    expect(late).toHaveLength(1)
    expect(late[0]).toMatchObject({ type: 'request.overdue', data: { reference } })
    expect(late[0]?.data.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('sends connector_run.finished for a run that completes and connector_run.failed for one that fails', async () => {
    const created = await po('POST', `${api()}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Daan Peeters', email: 'daan_peeters@apple.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(created.statusCode, created.body).toBe(201)
    const run = async () => {
      const started = await po('POST', `${api()}/requests/${created.json().id}/runs`, { action: 'access' })
      expect(started.statusCode, started.body).toBe(202)
      const runId = started.json().id as string
      // The job's work, here in the test (no worker runs in it).
      await executeRun(t.ctx, runId).catch(() => {})
      return runId
    }
    const ok = await run()
    const finished = (await delivered()).filter((e) => e.type.startsWith('connector_run.'))
    expect(finished).toEqual([
      expect.objectContaining({
        type: 'connector_run.finished',
        data: expect.objectContaining({ runId: ok }),
      }),
    ])
    expect(finished[0]?.data.dryRun).toBe(false)

    // The target refuses the connection: the run fails, and says which dataset.
    const broken = await po('PUT', `${api()}/datasets/chinook-postgres/connection`, {
      options: { ...chinook.settings.options, database: 'no_such_database' },
      ...(chinook.settings.secret ? { secret: chinook.settings.secret } : {}),
    })
    expect(broken.statusCode, broken.body).toBeLessThan(300)
    const bad = await run()
    const failed = (await delivered()).filter((e) => e.type.startsWith('connector_run.'))
    expect(failed).toEqual([
      expect.objectContaining({
        type: 'connector_run.failed',
        data: expect.objectContaining({ runId: bad }),
      }),
    ])
    expect(JSON.stringify(failed[0]?.data.failedDatasets)).toContain('chinook-postgres')
  })
})

describe('Idempotency-Key on POST routes that create things', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Idempotent BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('replays the first answer for the same key and body, refuses another body, and scopes keys per principal', async () => {
    const url = `/api/v1/orgs/${org.slug}/subjects`
    const key = randomUUID()
    const body = { name: 'Marie Dubois', identities: [{ kind: 'email', value: 'marie@example.be' }] }
    const first = await owner('POST', url, body, { 'idempotency-key': key })
    expect(first.statusCode, first.body).toBe(201)
    const replay = await owner('POST', url, body, { 'idempotency-key': key })
    expect(replay.statusCode).toBe(201)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.json()).toEqual(first.json())
    const subjects = await t.ctx.db
      .selectFrom('subjects')
      .select('id')
      .where('organization_id', '=', org.id)
      .execute()
    expect(subjects).toHaveLength(1)
    // The kept answer is encrypted at rest.
    const kept = await t.ctx.db.selectFrom('idempotency_keys').selectAll().executeTakeFirstOrThrow()
    expect(kept.response_body).not.toContain('Marie')

    const other = expectProblem(
      await owner('POST', url, { ...body, name: 'Someone else' }, { 'idempotency-key': key }),
      422,
    )
    expect(other.code).toBe('idempotency_key_reused')

    // Another principal (an API token) with the same key is its own scope.
    // The same key on another route is another body: refused too (keys are per organisation and principal).
    expectProblem(
      await owner(
        'POST',
        `/api/v1/orgs/${org.slug}/api-tokens`,
        { name: 'CRM', scopes: ['subjects:write'] },
        {
          'idempotency-key': key,
        },
      ),
      422,
    )
    const token = (
      await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, { name: 'CRM', scopes: ['subjects:write'] })
    ).json().secret
    const asCrm = asToken(app, token)
    const crm = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
      payload: { name: 'Piet Janssens' },
    })
    expect(crm.statusCode, crm.body).toBe(201)
    expect(crm.headers['idempotent-replayed']).toBeUndefined()
    expect((await asCrm('GET', `/api/v1/orgs/${org.slug}`)).statusCode).toBe(403)

    // An invalid key is refused, naming the header; without a key nothing is kept.
    const invalid = expectProblem(await owner('POST', url, body, { 'idempotency-key': 'bad key' }), 422)
    expect(invalid.errors?.[0]?.path).toBe('headers.idempotency-key')
  })

  it('replays a webhook endpoint creation (its secret once more, to the same principal)', async () => {
    const key = randomUUID()
    const url = `/api/v1/orgs/${org.slug}/webhooks`
    const body = { url: 'http://127.0.0.1:9/x', eventTypes: ['request.received'] }
    const first = await owner('POST', url, body, { 'idempotency-key': key })
    const second = await owner('POST', url, body, { 'idempotency-key': key })
    expect(second.json()).toEqual(first.json())
    const endpoints = await t.ctx.db.selectFrom('webhook_endpoints').select('id').execute()
    expect(endpoints).toHaveLength(1)
  })
})
