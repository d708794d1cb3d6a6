import { sql } from 'kysely'
import type { AppContext } from '../server/src/context'
import { buildApp } from '../server/src/http/app'
import type { App } from '../server/src/http/types'
import type { Organization } from '../server/src/modules/organizations'
import { createTestContext } from '../server/test/support/context'
import { createMember, createOrg } from '../server/test/support/factories'
import type { Backend } from './measure'

export interface BenchEnvironment {
  backend: Backend
  ctx: AppContext
  app: App
  org: Organization
  owner: { userId: string; email: string; password: string }
  /** Cookie header of a signed-in owner session. */
  cookie: string
  /** server_version, fsync and synchronous_commit of the database server. */
  server: Record<string, string>
  close(): Promise<void>
}

/**
 * The real application on a fresh, migrated database: in-memory PGlite (embedded) or a new database on the
 * local PostgreSQL server (CUSTOS_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres), dropped
 * on close. The test support picks the backend from CUSTOS_TEST_DATABASE, so it is set here per backend.
 */
export async function openEnvironment(backend: Backend): Promise<BenchEnvironment> {
  if (backend === 'postgres') process.env.CUSTOS_TEST_DATABASE = 'postgres'
  else delete process.env.CUSTOS_TEST_DATABASE
  const test = await createTestContext()
  const { ctx } = test
  let app: App | undefined
  try {
    app = await buildApp(ctx, { serveWeb: false, logger: false })
    const org = await createOrg(ctx, 'Benchmark BV')
    const owner = await createMember(ctx, org, 'owner')
    const cookie = await signIn(app, owner.email, owner.password)
    const settings = await sql<{ name: string; setting: string }>`
      select name, setting from pg_settings where name in ('server_version', 'fsync', 'synchronous_commit')
    `.execute(ctx.db)
    const opened = app
    return {
      backend,
      ctx,
      app: opened,
      org,
      owner,
      cookie,
      server: Object.fromEntries(settings.rows.map((r) => [r.name, r.setting])),
      async close() {
        await opened.close()
        await test.close()
      },
    }
  } catch (error) {
    await app?.close()
    await test.close()
    throw error
  }
}

let loginAddress = 0

/** Each login comes from its own address, so the per-address rate limit of the login route never applies. */
export function nextLoginAddress(): string {
  loginAddress++
  return `10.${(loginAddress >> 16) & 255}.${(loginAddress >> 8) & 255}.${loginAddress & 255}`
}

/** Signs in through the API and returns the session cookie header. */
export async function signIn(app: App, email: string, password: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: nextLoginAddress(),
  })
  if (res.statusCode !== 200) throw new Error(`Sign-in failed (${res.statusCode}): ${res.body}`)
  const session = res.cookies.find((c) => c.name === 'custos_session')
  if (!session) throw new Error('Sign-in returned no session cookie')
  return `custos_session=${session.value}`
}
