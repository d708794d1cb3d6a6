import { expect } from 'vitest'
import { systemActor } from '../../src/audit/actor'
import { registerDocumentSchema } from '../../src/domain/register/schema'
import type { App } from '../../src/http/types'
import type { Organization } from '../../src/modules/organizations'
import { importRegister } from '../../src/modules/register/import'
import type { TestContext } from './context'
import { createMember, createOrg } from './factories'
import { asToken, asUser, signIn } from './http'
import { sampleRegister } from './register'

/** A consent purpose of the test register; `children` puts the subject category minors on its activity. */
export type ConsentPurposeSpec = string | { purpose: string; children: boolean }

/** The sample register with one active activity per purpose, each on legal basis consent. */
export function consentRegister(purposes: ConsentPurposeSpec[]) {
  const register = sampleRegister()
  for (const spec of purposes) {
    const { purpose, children } = typeof spec === 'string' ? { purpose: spec, children: false } : spec
    register.activities?.push({
      key: `act-${purpose.replaceAll('_', '-')}`,
      name: { nl: purpose, fr: purpose, en: purpose },
      purposes: [{ purpose, legalBasis: 'consent' }],
      subjectCategories: children ? ['clients', 'minors'] : ['clients'],
      dataCategories: [{ category: 'identification', source: 'subject' }],
      systems: ['cloudbooks-app'],
      retention: [{ rule: 'accounting-7y' }],
      measures: ['mfa'],
      status: 'active',
    })
  }
  return registerDocumentSchema.parse(register)
}

export interface ConsentOrganisation {
  org: Organization
  /** A signed-in owner. */
  owner: ReturnType<typeof asUser>
  /** An API token with the consent and subject scopes (an organisation's own app). */
  app: ReturnType<typeof asToken>
}

/**
 * An organisation whose register has the given consent purposes (default: the newsletter, direct_marketing),
 * with a signed-in owner and an API token holding consent:read/write and subjects:read/write.
 */
export async function consentOrganisation(
  t: TestContext,
  app: App,
  name: string,
  purposes: ConsentPurposeSpec[] = ['direct_marketing'],
): Promise<ConsentOrganisation> {
  const org = await createOrg(t.ctx, name)
  const m = await createMember(t.ctx, org, 'owner')
  const owner = asUser(app, await signIn(app, m.email, m.password))
  await importRegister(t.ctx, systemActor('test'), org, consentRegister(purposes), {
    mode: 'merge',
    dryRun: false,
  })
  const token = await owner('POST', `/api/v1/orgs/${org.slug}/api-tokens`, {
    name: 'Webshop',
    scopes: ['subjects:read', 'subjects:write', 'consent:read', 'consent:write'],
  })
  expect(token.statusCode, token.body).toBe(201)
  return { org, owner, app: asToken(app, token.json().secret) }
}
