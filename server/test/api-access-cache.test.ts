import type { RouteOptions } from 'fastify'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createApiToken } from '../src/modules/api-tokens'
import type { Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/**
 * The web process keeps API tokens and organisations in memory while it hears their changes announced (decision
 * 0106): a token revoked or expired, an organisation renamed - by this process, another one or plain SQL - must
 * stop working as before.
 */
describe(`API tokens and organisations kept in memory (${onPostgres ? 'PostgreSQL' : 'embedded'})`, () => {
  let t: TestContext
  let app: App
  let quiet: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    quiet = await buildApp(t.ctx, { serveWeb: false, logger: false, listenForChanges: false })
    org = await createOrg(t.ctx, 'Winkel BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
  })
  afterAll(async () => {
    await app.close()
    await quiet.close()
    await t.close()
  })

  const newToken = async () =>
    createApiToken(t.ctx, systemActor('test'), org, 'owner', { name: 'webshop', scopes: ['consent:read'] })
  const status = (secret: string, slug = org.slug, on = app) =>
    on.inject({
      method: 'POST',
      url: `/api/v1/orgs/${slug}/consent/status`,
      headers: { authorization: `Bearer ${secret}` },
      payload: { identity: { kind: 'email', value: 'an@example.be' } },
    })
  /** Another process's write: its own connection (on the embedded database, the one shared session). */
  const elsewhere = async (statement: string, ...values: unknown[]) => {
    if (!onPostgres) {
      await sql.raw(statement.replace(/\$(\d)/g, (_, i) => `'${values[Number(i) - 1]}'`)).execute(t.ctx.db)
      return
    }
    const client = new pg.Client(t.ctx.database.connection)
    await client.connect()
    try {
      await client.query(statement, values)
    } finally {
      await client.end()
    }
  }
  /** The answer once it is `code`, or the last one after 10 s: an announcement arrives a moment after the commit. */
  const once = async (code: number, call: () => ReturnType<typeof status>) => {
    const deadline = Date.now() + 10_000
    for (;;) {
      const res = await call()
      if (res.statusCode === code || Date.now() > deadline) return res
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }

  it('a token revoked through the API is refused on its next call', async () => {
    const { token, secret } = await newToken()
    expect((await status(secret)).statusCode).toBe(200)
    expect((await status(secret)).statusCode).toBe(200)
    const revoked = await owner('DELETE', `/api/v1/orgs/${org.slug}/api-tokens/${token.id}`)
    expect(revoked.statusCode, revoked.body).toBe(204)
    const next = await status(secret)
    expect(next.statusCode).toBe(401)
    expect(next.json()).toMatchObject({ code: 'invalid_api_token' })
  })

  it('a token revoked or expired by another process stops working when that is announced', async () => {
    const revoked = await newToken()
    const expired = await newToken()
    for (const { secret } of [revoked, expired]) {
      expect((await status(secret)).statusCode).toBe(200)
      expect((await status(secret)).statusCode).toBe(200)
    }
    await elsewhere('update api_tokens set revoked_at = now() where id = $1', revoked.token.id)
    await elsewhere(
      `update api_tokens set expires_at = now() - interval '1 second' where id = $1`,
      expired.token.id,
    )
    expect((await once(401, () => status(revoked.secret))).statusCode).toBe(401)
    expect((await once(401, () => status(expired.secret))).statusCode).toBe(401)
    // A process that does not listen keeps nothing: refused at once.
    const third = await newToken()
    expect((await status(third.secret, org.slug, quiet)).statusCode).toBe(200)
    await elsewhere('update api_tokens set revoked_at = now() where id = $1', third.token.id)
    expect((await status(third.secret, org.slug, quiet)).statusCode).toBe(401)
  })

  it('an organisation renamed elsewhere is no longer found under its old name', async () => {
    const { secret } = await newToken()
    const old = org.slug
    expect((await status(secret, old)).statusCode).toBe(200)
    await elsewhere('update organizations set slug = $1 where id = $2', `${old}-nieuw`, org.id)
    expect((await once(404, () => status(secret, old))).statusCode).toBe(404)
    expect((await status(secret, `${old}-nieuw`)).statusCode).toBe(200)
  })

  it('a consent event or status read keeps the organisation; any other write forgets it (decision 0108)', async () => {
    const shop = await createOrg(t.ctx, 'Boekhandel BV')
    const { secret } = await createApiToken(t.ctx, systemActor('test'), shop, 'owner', {
      name: 'webshop',
      scopes: ['consent:read', 'consent:write'],
    })
    const old = shop.slug
    const call = (path: string, payload: Record<string, unknown>, slug = old) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${slug}/consent/${path}`,
        headers: { authorization: `Bearer ${secret}` },
        payload,
      })
    expect((await call('status', { identity: { kind: 'email', value: 'an@example.be' } })).statusCode).toBe(
      200,
    )
    // Renamed without an announcement (triggers off): only what this process kept still answers to the old slug.
    await t.ctx.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx)
      await sql`update organizations set slug = ${`${old}-stil`} where id = ${shop.id}`.execute(trx)
    })
    expect((await call('status', { identity: { kind: 'email', value: 'an@example.be' } })).statusCode).toBe(
      200,
    )
    const event = await call('events', {
      identity: { kind: 'email', value: 'an@example.be' },
      purpose: 'newsletter',
      state: 'given',
      text: 'Ja, stuur mij de nieuwsbrief.',
      language: 'nl',
      channel: 'web_form',
      method: 'accept',
    })
    // The purpose is not in this organisation's register: refused, but by the route (the organisation was found).
    expect(event.statusCode, event.body).toBe(422)
    expect((await call('status', { identity: { kind: 'email', value: 'an@example.be' } })).statusCode).toBe(
      200,
    )
    // Another write (storing a text) forgets the organisation: the old slug is read again and no longer found.
    const text = await call('texts', { body: 'Ja, stuur mij de nieuwsbrief.', language: 'nl' })
    expect(text.statusCode, text.body).toBe(201)
    expect((await call('status', { identity: { kind: 'email', value: 'an@example.be' } })).statusCode).toBe(
      404,
    )
    expect(
      (await call('status', { identity: { kind: 'email', value: 'an@example.be' } }, `${old}-stil`))
        .statusCode,
    ).toBe(200)
  })
  it('a subject or request write keeps the organisation (it cannot change it); another write forgets it', async () => {
    const shop = await createOrg(t.ctx, 'Fietsenwinkel BV')
    const { secret } = await createApiToken(t.ctx, systemActor('test'), shop, 'owner', {
      name: 'crm',
      scopes: ['consent:read', 'consent:write', 'subjects:write', 'requests:write'],
    })
    const old = shop.slug
    const call = (method: 'GET' | 'POST', path: string, payload?: Record<string, unknown>, slug = old) =>
      app.inject({
        method,
        url: `/api/v1/orgs/${slug}/${path}`,
        headers: { authorization: `Bearer ${secret}` },
        ...(payload ? { payload } : {}),
      })
    const person = { identity: { kind: 'email', value: 'an@example.be' } }
    expect((await call('POST', 'consent/status', person)).statusCode).toBe(200)
    // Renamed without an announcement (triggers off): only what this process kept still answers to the old slug.
    await t.ctx.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx)
      await sql`update organizations set slug = ${`${old}-stil`} where id = ${shop.id}`.execute(trx)
    })
    const subject = await call('POST', 'subjects', {
      name: 'An Peeters',
      identities: [{ kind: 'email', value: 'an@example.be' }],
    })
    expect(subject.statusCode, subject.body).toBe(201)
    const event = await call('POST', `subjects/${subject.json().id}/events`, {
      kind: 'last_contact',
      occurredOn: '2026-12-01',
    })
    expect(event.statusCode, event.body).toBe(201)
    const intake = await call('POST', 'requests', {
      channel: 'email',
      receivedAt: '2026-12-01',
      subject: { name: 'An Peeters', email: 'an@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(intake.statusCode, intake.body).toBe(201)
    // Still kept: these writes cannot change the organisation.
    expect((await call('POST', 'consent/status', person)).statusCode).toBe(200)
    // Any other write (storing a consent text) forgets it: the old slug is read again and no longer found.
    const text = await call('POST', 'consent/texts', {
      body: 'Ja, stuur mij de nieuwsbrief.',
      language: 'nl',
    })
    expect(text.statusCode, text.body).toBe(201)
    expect((await call('POST', 'consent/status', person)).statusCode).toBe(404)
    expect((await call('POST', 'consent/status', person, `${old}-stil`)).statusCode).toBe(200)
  })

  it('every write under subjects and requests is marked as keeping the organisation', async () => {
    const writes: string[] = []
    const marked: string[] = []
    const sweep = await buildApp(t.ctx, {
      serveWeb: false,
      logger: false,
      listenForChanges: false,
      onRoute: (route: RouteOptions) => {
        const methods = [route.method].flat()
        if (!/^\/api\/v1\/orgs\/:slug\/(subjects|requests)(\/|$)/.test(route.url)) return
        if (methods.every((m) => m === 'GET' || m === 'HEAD')) return
        writes.push(`${methods.join(',')} ${route.url}`)
        if ((route.config as { keepsOrganization?: boolean } | undefined)?.keepsOrganization === true)
          marked.push(`${methods.join(',')} ${route.url}`)
      },
    })
    await sweep.close()
    expect(writes.length).toBeGreaterThan(15)
    expect(marked).toEqual(writes)
  })
})
