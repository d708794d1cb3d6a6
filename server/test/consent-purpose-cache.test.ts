import { type Kysely, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import type { AppContext } from '../src/context'
import type { DB } from '../src/db/schema'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { createApiToken } from '../src/modules/api-tokens'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { sampleRegister } from './support/register'

const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'

/**
 * Every consent event is checked against the consent purposes of the register, which a process keeps in memory
 * (decision 0117). A purpose that stops resting on consent - in this process, another one or by plain SQL - must be
 * refused once that change is announced (a process that listens) or at once (a process that does not listen reads
 * the register's revision). It was kept for up to 10 seconds whatever happened.
 */
describe(`consent purposes kept in memory follow the register (${onPostgres ? 'PostgreSQL' : 'embedded'})`, () => {
  let t: TestContext
  let app: App
  /** Another web process that does not listen (CUSTOS_DB_LISTEN=false): its own memory, the same database. */
  let quiet: App
  let quietDb: Kysely<DB>
  let org: Organization
  let owner: ReturnType<typeof asUser>
  let secret: string

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    // A query builder of its own (same connections and audit key) keys a memory of its own: the cache is per
    // database handle, as it is per process.
    quietDb = t.ctx.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => args.result,
    })
    const quietCtx: AppContext = { ...t.ctx, db: quietDb }
    quiet = await buildApp(quietCtx, { serveWeb: false, logger: false, listenForChanges: false })
    org = await createOrg(t.ctx, 'Nieuwsbrief BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
    const register = sampleRegister()
    register.activities?.push(newsletter('consent'))
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(register), {
      mode: 'merge',
      dryRun: false,
    })
    ;({ secret } = await createApiToken(t.ctx, systemActor('test'), org, 'owner', {
      name: 'webshop',
      scopes: ['consent:read', 'consent:write'],
    }))
  })
  afterAll(async () => {
    await app.close()
    await quiet.close()
    await t.close()
  })

  function newsletter(legalBasis: 'consent' | 'contract') {
    return {
      key: 'newsletter',
      name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
      purposes: [{ purpose: 'direct_marketing', legalBasis }],
      subjectCategories: ['clients'],
      dataCategories: [{ category: 'identification', source: 'subject' as const }],
      systems: ['cloudbooks-app'],
      retention: [{ rule: 'accounting-7y' }],
      measures: ['mfa'],
      status: 'active' as const,
    }
  }
  const event = (on: App) =>
    on.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.slug}/consent/events`,
      headers: { authorization: `Bearer ${secret}` },
      payload: {
        identity: { kind: 'email', value: 'an@example.be' },
        purpose: 'direct_marketing',
        state: 'given',
        text: 'Ja, stuur mij de nieuwsbrief.',
        language: 'nl',
        channel: 'web_form',
        method: 'accept',
      },
    })
  /** Another process changes the activity's legal basis: its own connection (embedded: the one shared session). */
  const basisElsewhere = async (legalBasis: 'consent' | 'contract') => {
    const statement = `update register_entries set data = jsonb_set(data, '{purposes,0,legalBasis}', to_jsonb($1::text))
      where organization_id = $2 and kind = 'activity' and key = 'newsletter'`
    if (!onPostgres) {
      await sql`update register_entries set data = jsonb_set(data, '{purposes,0,legalBasis}', to_jsonb(${legalBasis}::text))
        where organization_id = ${org.id} and kind = 'activity' and key = 'newsletter'`.execute(t.ctx.db)
      return
    }
    const client = new pg.Client(t.ctx.database.connection)
    await client.connect()
    try {
      await client.query(statement, [legalBasis, org.id])
    } finally {
      await client.end()
    }
  }
  /** The answer once it is `code`, or the last one after 5 s: an announcement arrives a moment after the commit. */
  const once = async (code: number, call: () => ReturnType<typeof event>) => {
    const deadline = Date.now() + 5_000
    for (;;) {
      const res = await call()
      if (res.statusCode === code || Date.now() > deadline) return res
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
  const refusedForPurpose = (res: Awaited<ReturnType<typeof event>>) => {
    expect(res.statusCode, res.body).toBe(422)
    expect(res.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'body.purpose', code: 'unknown_purpose' })]),
    )
  }

  it('a process that does not listen refuses the purpose at once after another process ended its consent basis', async () => {
    const first = await event(quiet)
    expect(first.statusCode, first.body).toBe(201)
    expect((await event(quiet)).statusCode).toBe(201)
    await basisElsewhere('contract')
    refusedForPurpose(await event(quiet))
    // And accepts it at once when it rests on consent again.
    await basisElsewhere('consent')
    expect((await event(quiet)).statusCode).toBe(201)
  })

  it('a listening process refuses the purpose once the change made elsewhere is announced', async () => {
    expect((await event(app)).statusCode).toBe(201)
    expect((await event(app)).statusCode).toBe(201)
    await basisElsewhere('contract')
    refusedForPurpose(await once(422, () => event(app)))
    await basisElsewhere('consent')
    expect((await once(201, () => event(app))).statusCode).toBe(201)
  })

  it('a change through this process’s register API is refused on the next call, ended or on another basis', async () => {
    expect((await event(app)).statusCode).toBe(201)
    const url = `/api/v1/orgs/${org.slug}/register/activities/newsletter`
    const ended = await owner('PUT', url, { ...newsletter('consent'), status: 'ended' })
    expect(ended.statusCode, ended.body).toBe(200)
    refusedForPurpose(await event(app))
    const back = await owner('PUT', url, newsletter('consent'))
    expect(back.statusCode, back.body).toBe(200)
    expect((await event(app)).statusCode).toBe(201)
    const contract = await owner('PUT', url, newsletter('contract'))
    expect(contract.statusCode, contract.body).toBe(200)
    refusedForPurpose(await event(app))
  })

  it('the register revision rises with every change of an entry; an organisation with a register can still go', async () => {
    const revision = async (organizationId: string) => {
      const { rows } = await sql<{ revision: string }>`
        select revision from register_revisions where organization_id = ${organizationId}`.execute(t.ctx.db)
      return Number(rows[0]?.revision ?? 0)
    }
    const before = await revision(org.id)
    expect(before).toBeGreaterThan(0)
    await basisElsewhere('consent')
    expect(await revision(org.id)).toBe(before + 1)
    const gone = await createOrg(t.ctx, 'Weg BV')
    await importRegister(t.ctx, systemActor('test'), gone, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    expect(await revision(gone.id)).toBeGreaterThan(0)
    await t.ctx.db.deleteFrom('organizations').where('id', '=', gone.id).execute()
    expect(await revision(gone.id)).toBe(0)
  })
})
