import { createServer, type Server } from 'node:net'
import { Writable } from 'node:stream'
import mysql from 'mysql2/promise'
import pg from 'pg'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { connectorGuardFor } from '../src/connectors/connector-guard'
import { executeRun } from '../src/connectors/engine/execute-run'
import { openHttpDriver } from '../src/connectors/http/http-driver'
import { datasetDocumentSchema } from '../src/domain/datasets/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { chinookRegister } from './support/chinook-register'
import { createTestContext, type TestContext } from './support/context'
import { createEmptyPostgresDatabase } from './support/database'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'
const MYSQL_ADMIN_URL = process.env.CUSTOS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/'
const NEUTRAL = /^The connection failed\. .*\(reference ([0-9a-f]{8})\)$/
const NOT_ALLOWED =
  /^This installation does not allow connectors to reach this address; .*\(reference [0-9a-f]{8}\)$/

/** The attack of issue 11: a dataset on Custos's own accounts table, to read and rewrite another org's owner. */
const ACCOUNTS_DATASET = (connector: 'postgres' | 'mysql') => `format: custos-dataset/1
key: accounts-${connector}
system: chinook_db
name: Accounts
connector: ${connector}
collections:
  - name: users
    primaryKey: [id]
    fields:
      - name: id
        category: identification
        erasure: { strategy: keep }
      - name: email
        category: contact_details
        identity: email
        erasure: { strategy: 'null' }
      - name: password_hash
        category: identification
        erasure: { strategy: fixed, value: attacker }
`

/**
 * Issue 11, item 1: a privacy officer pointed a dataset connection at the Custos database itself, read another
 * organisation's owner account and rewrote its password hash. Connections to Custos's own database (by address and
 * by its installation marker) and to hosts outside CUSTOS_CONNECTOR_ALLOW fail at connection time with a neutral
 * message; the reason is only in the server log.
 */
describe("connectors never reach Custos's own database or hosts outside the allow-list", () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>
  let victim: { email: string; hash: string }
  const logged: Record<string, unknown>[] = []
  const cleanups: (() => Promise<unknown>)[] = []
  const base = () => `/api/v1/orgs/${org.slug}`

  /**
   * The connection options that reach this test's own Custos database: its PostgreSQL URL. The embedded database
   * has no socket any more (in-process streams); a Unix socket path - how it used to be reached - stands in.
   */
  const ownDatabaseOptions = (): Record<string, string | number> => {
    const url = t.ctx.database.connection.connectionString
    if (url) return { url }
    return { host: '/tmp/custos-pg-embedded', port: 5432, database: 'postgres', user: 'postgres' }
  }

  const saveAccountsDataset = async (connector: 'postgres' | 'mysql', options: Record<string, unknown>) => {
    const key = `accounts-${connector}`
    const saved = await po('PUT', `${base()}/datasets/${key}`, { source: ACCOUNTS_DATASET(connector) })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
    const connection = await po('PUT', `${base()}/datasets/${key}/connection`, { options })
    expect(connection.statusCode, connection.body).toBeLessThan(300)
    return key
  }
  const check = async (key: string) => {
    const res = await po('POST', `${base()}/datasets/${key}/connection/check`)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { ok: boolean; message: string; problem?: { code: string; reference: string } }
  }
  const loggedReason = (reference: string) => logged.find((l) => l.reference === reference)?.reason

  beforeAll(async () => {
    t = await createTestContext()
    // The server's log, where the reasons go (users never see them).
    t.ctx.logger = pino(
      { level: 'warn' },
      new Writable({
        write(chunk, _encoding, done) {
          logged.push(JSON.parse(String(chunk)))
          done()
        },
      }),
    )
    // As in production, Custos knows the URL of its PostgreSQL database.
    if (onPostgres) t.ctx.config.databaseUrl = String(t.ctx.database.connection.connectionString)
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Organisatie A')
    await importRegister(t.ctx, systemActor('test'), org, chinookRegister(), { mode: 'merge', dryRun: false })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const other = await createOrg(t.ctx, 'Organisatie B')
    const owner = await createMember(t.ctx, other, 'owner')
    const row = await t.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', owner.email)
      .executeTakeFirstOrThrow()
    victim = { email: owner.email, hash: row.password_hash as string }
  }, 120_000)
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => {})
    await app?.close()
    await t?.close()
  })

  it('refuses the Custos database itself at connection time, with the neutral message; a run reads and writes nothing', async () => {
    const key = await saveAccountsDataset('postgres', ownDatabaseOptions())
    const result = await check(key)
    expect(result).toMatchObject({ ok: false, problem: { code: expect.stringMatching(/^connector\./) } })
    expect(result.message).toMatch(onPostgres ? NEUTRAL : NOT_ALLOWED)
    expect(result.message).not.toMatch(/custos|5432|socket|postgres|marker/i)
    // The reason is in the server log, under the reference the user sees.
    expect(loggedReason(result.problem?.reference as string)).toMatch(
      onPostgres ? /Custos's own database/ : /Unix socket/,
    )

    // The rest of the attack: a request for the other organisation's owner and a run on the accounts dataset.
    const request = await po('POST', `${base()}/requests`, {
      channel: 'email',
      receivedAt: new Date().toISOString().slice(0, 10),
      subject: { name: 'Owner B', email: victim.email },
      types: ['erasure'],
      language: 'nl',
    })
    expect(request.statusCode, request.body).toBe(201)
    for (const body of [{ action: 'erasure', dryRun: true }, { action: 'erasure' }]) {
      const started = await po('POST', `${base()}/requests/${request.json().id}/runs`, body)
      expect(started.statusCode, started.body).toBe(202)
      await expect(executeRun(t.ctx, started.json().id)).rejects.toThrow()
      const view = (await po('GET', `${base()}/runs/${started.json().id}`)).json()
      expect(view.status).toBe('failed')
      const step = view.steps.find((s: { dataset: string }) => s.dataset === key)
      expect(step.error).toMatch(onPostgres ? /The connection failed\./ : /does not allow connectors/)
      // The stable code travels with it, so that the run view words it in the reader's language.
      expect(step.problem).toEqual({
        code: onPostgres ? 'connector.connection-failed' : 'connector.target-not-allowed',
        reference: expect.stringMatching(/^[0-9a-f]+$/),
      })
      expect(JSON.stringify(view)).not.toContain(victim.hash)
    }
    const after = await t.ctx.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', victim.email)
      .executeTakeFirstOrThrow()
    expect(after.password_hash).toBe(victim.hash)
  })

  // Independent of Custos's own store: run once (in the db-pglite project), like connectors-sql.test.ts.
  it.skipIf(onPostgres)(
    'recognises a Custos database by its installation marker, whatever address leads there (PostgreSQL)',
    async () => {
      // Another database with the marker: what the pre-check by address cannot recognise (another name, a
      // forwarded port, a replica), the marker does - after signing in, with the same message as a wrong password.
      const marked = await createEmptyPostgresDatabase()
      cleanups.push(marked.drop)
      const client = new pg.Client({ connectionString: marked.url })
      await client.connect()
      await client.query(
        'create table custos_installation (id uuid primary key); create table users (id int)',
      )
      await client.end()
      const url = new URL(marked.url)
      url.hostname = 'localhost'
      const key = await saveAccountsDataset('postgres', { url: url.toString() })
      const result = await check(key)
      expect(result).toMatchObject({ ok: false, problem: { code: 'connector.connection-failed' } })
      expect(result.message).toMatch(NEUTRAL)
      expect(loggedReason(result.problem?.reference as string)).toMatch(/installation marker/)
    },
  )

  it.skipIf(onPostgres)('recognises the installation marker on MySQL/MariaDB too', async () => {
    const name = `custos_marked_${Date.now().toString(36)}`
    const admin = await mysql.createConnection(MYSQL_ADMIN_URL)
    await admin.query(`create database ${name}`)
    await admin.query(`create table ${name}.custos_installation (id int primary key)`)
    await admin.end()
    cleanups.push(async () => {
      const again = await mysql.createConnection(MYSQL_ADMIN_URL)
      await again.query(`drop database if exists ${name}`)
      await again.end()
    })
    const url = new URL(MYSQL_ADMIN_URL)
    url.pathname = `/${name}`
    const key = await saveAccountsDataset('mysql', { url: url.toString().replace(/^mysql:/, 'mysql:') })
    const result = await check(key)
    expect(result).toMatchObject({ ok: false, problem: { code: 'connector.connection-failed' } })
    expect(result.message).toMatch(NEUTRAL)
    expect(loggedReason(result.problem?.reference as string)).toMatch(/installation marker/)
  })

  it.skipIf(onPostgres)(
    'a marked database elsewhere on the same MySQL/MariaDB server does not refuse a connection to an unmarked one',
    async () => {
      // Before the check was limited to the connection's database, any marked schema on the server refused every
      // connector of that server (in CI: the rental tests failed while the test above had its marked database).
      const stamp = Date.now().toString(36)
      const marked = `custos_marked_elsewhere_${stamp}`
      const plain = `custos_plain_${stamp}`
      const admin = await mysql.createConnection(MYSQL_ADMIN_URL)
      await admin.query(`create database ${marked}`)
      await admin.query(`create table ${marked}.custos_installation (id int primary key)`)
      await admin.query(`create database ${plain}`)
      await admin.query(
        `create table ${plain}.users (id int primary key, email varchar(200), password_hash text)`,
      )
      await admin.end()
      cleanups.push(async () => {
        const again = await mysql.createConnection(MYSQL_ADMIN_URL)
        await again.query(`drop database if exists ${marked}`)
        await again.query(`drop database if exists ${plain}`)
        await again.end()
      })
      const url = new URL(MYSQL_ADMIN_URL)
      url.pathname = `/${plain}`
      const key = await saveAccountsDataset('mysql', { url: url.toString() })
      const result = await check(key)
      expect(result.problem?.reference ? loggedReason(result.problem.reference) : undefined).toBeUndefined()
      expect(result).toMatchObject({ ok: true })
    },
  )

  it.skipIf(onPostgres)(
    'refuses a host outside CUSTOS_CONNECTOR_ALLOW without connecting to it (SQL and HTTP)',
    async () => {
      // A listener on 127.0.0.2: this machine, but not in the tests' allow-list (127.0.0.1, ::1, localhost).
      let connections = 0
      const listener: Server = createServer((socket) => {
        connections++
        socket.destroy()
      })
      await new Promise<void>((resolve) => listener.listen(0, '127.0.0.2', resolve))
      cleanups.push(() => new Promise((resolve) => listener.close(resolve)))
      const port = (listener.address() as { port: number }).port

      const key = await saveAccountsDataset('mysql', { host: '127.0.0.2', port, database: 'x', user: 'root' })
      const result = await check(key)
      expect(result).toMatchObject({ ok: false, problem: { code: 'connector.target-not-allowed' } })
      expect(result.message).toMatch(NOT_ALLOWED)
      expect(loggedReason(result.problem?.reference as string)).toMatch(
        /127\.0\.0\.2 is outside CUSTOS_CONNECTOR_ALLOW/,
      )

      const document = datasetDocumentSchema.parse({
        key: 'crm',
        system: 'crm',
        name: 'CRM',
        connector: 'http',
        http: { baseUrl: `http://127.0.0.2:${port}`, auth: 'none' },
        collections: [
          {
            name: 'contacts',
            primaryKey: ['id'],
            fields: [{ name: 'id' }, { name: 'email', identity: 'email', category: 'contact_details' }],
            http: { read: { path: '/v1/contacts', query: { email: '{email}' } } },
          },
        ],
      })
      const driver = openHttpDriver(document, { kind: 'http', options: {}, guard: connectorGuardFor(t.ctx) })
      const http = await driver.check()
      expect(http).toMatchObject({ ok: false, problem: { code: 'connector.target-not-allowed' } })
      expect(connections).toBe(0)
    },
  )
})
