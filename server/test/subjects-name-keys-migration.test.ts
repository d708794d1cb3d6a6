import { type Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as nameKeysInRow from '../src/db/migrations/0073-subject-name-keys-in-row'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { nameKeyOf, sealSubjectName } from '../src/modules/subjects/name-seal'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * Migration 0073 (decision 0084) moves the name keys of existing subjects from `subject_name_keys` (the HMAC of
 * every prefix) into `subjects.name_keys` without reading a name: a subject stored the old way stays findable by
 * every search it was found by, and by no other.
 */
const NAME = 'Jana Van den Bossche'

/** The keys as stored before 0073: the HMAC of every prefix of the name from each word start (decision 0059). */
function oldKeys(t: TestContext, name: string): string[] {
  const text = name.toLowerCase()
  const starts = [0, ...[...text].flatMap((c, i) => (c === ' ' ? [i + 1] : []))]
  const prefixes = new Set(
    starts.flatMap((s) => Array.from({ length: text.length - s }, (_, n) => text.slice(s, s + n + 1))),
  )
  return [...prefixes].map((p) => t.ctx.encryption.blindIndex(p, 'subject-name-prefix'))
}

describe('migration 0073: name keys in the subject row', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let po: ReturnType<typeof asUser>
  const subjectId = '5b0c8a3e-6d1f-4c2a-9e7b-1f2d3c4b5a69'
  const found = async (q: string) => {
    const res = await po('GET', `/api/v1/orgs/${org.slug}/subjects?q=${encodeURIComponent(q)}`)
    expect(res.statusCode, res.body).toBe(200)
    return (res.json() as { items: { id: string; name: string }[] }).items.map((s) => s.name)
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Oud BV')
    other = await createOrg(t.ctx, 'Ander BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const db = t.ctx.db as unknown as Kysely<unknown>
    // A database as it was before 0073, holding one subject with its keys the old way.
    await nameKeysInRow.down(db)
    await sql`insert into subjects (id, organization_id, display_name_encrypted)
      values (${subjectId}, ${org.id}, ${sealSubjectName(t.ctx.encryption, subjectId, NAME).encrypted})`.execute(
      db,
    )
    for (const key of oldKeys(t, NAME)) {
      await sql`insert into subject_name_keys (organization_id, subject_id, key, subject_created_at)
        values (${org.id}, ${subjectId}, ${key}, now())`.execute(db)
    }
    await nameKeysInRow.up(db)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('converts each stored HMAC into the key the application computes, per organisation', async () => {
    const { rows } = await sql<{ keys: string[] }>`
      select name_keys::text[] as keys from subjects where id = ${subjectId}`.execute(t.ctx.db)
    const keys = rows[0]?.keys ?? []
    expect(keys).toHaveLength(oldKeys(t, NAME).length)
    for (const prefix of ['j', 'jana van d', 'van den bossche', 'bossc'])
      expect(keys).toContain(nameKeyOf(t.ctx.encryption, org.id, prefix))
    expect(keys).not.toContain(nameKeyOf(t.ctx.encryption, other.id, 'jana'))
  })

  it('finds the subject stored before by any search that found it, and by no other', async () => {
    for (const q of ['j', 'jana', 'JANA VAN DEN BOSSCHE', 'van den b', 'den', 'bossche', 'Bos'])
      expect(await found(q), q).toEqual([NAME])
    for (const q of ['ana', 'jana bossche', 'bossches', 'van der']) expect(await found(q), q).toEqual([])
  })
})
