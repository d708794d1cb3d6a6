import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { subjectContacts } from '../src/modules/subjects/contacts'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

/**
 * The people a breach letter goes to, chosen by id: the route takes up to 100,000 subject ids (issue 19's
 * benchmark: informing 100,000 people). One statement with all of them passed the databases' limit of 65,535
 * parameters and failed; they are read in pages.
 */
describe('subject contacts chosen by id', () => {
  let t: TestContext
  let app: App
  let org: Organization
  const known: string[] = []

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Webwinkel BV')
    const m = await createMember(t.ctx, org, 'privacy_officer')
    const po = asUser(app, await signIn(app, m.email, m.password))
    for (const [name, email, language] of [
      ['Anna Peeters', 'anna@example.be', 'nl'],
      ['Benoît Dubois', 'benoit@example.be', 'fr'],
    ]) {
      const res = await po('POST', `/api/v1/orgs/${org.slug}/subjects`, {
        name,
        language,
        identities: [{ kind: 'email', value: email }],
      })
      expect(res.statusCode, res.body).toBe(201)
      known.push(res.json().id)
    }
  })
  afterAll(async () => {
    await app?.close()
    await t?.close()
  })

  it('reads 100,000 ids (two of them known) and answers the two people with their address and language', async () => {
    const ids = [...Array.from({ length: 99_998 }, () => randomUUID()), ...known]
    const contacts = await subjectContacts(t.ctx, org.id, { subjectIds: ids })
    expect(contacts.map((c) => [c.name, c.email, c.language]).sort()).toEqual([
      ['Anna Peeters', 'anna@example.be', 'nl'],
      ['Benoît Dubois', 'benoit@example.be', 'fr'],
    ])
  })
})
