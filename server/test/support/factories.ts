import { randomBytes } from 'node:crypto'
import { systemActor } from '../../src/audit/actor'
import type { AppContext } from '../../src/context'
import type { Role } from '../../src/db/schema'
import { createUserWithMembership } from '../../src/modules/members/service'
import type { Organization } from '../../src/modules/organizations'
import { createOrganization } from '../../src/modules/organizations/service'

export const PASSWORD = 'correct horse battery staple'
const unique = () => randomBytes(4).toString('hex')

/** Each test builds its own organisations and people, so suites never share or truncate state. */
export async function createOrg(ctx: AppContext, name = 'Test BV'): Promise<Organization> {
  return createOrganization(ctx, systemActor('test'), { slug: `org-${unique()}`, name }, null)
}

export async function createMember(ctx: AppContext, org: Organization, role: Role, password = PASSWORD) {
  const email = `${role}-${unique()}@example.be`
  const { userId } = await createUserWithMembership(ctx, systemActor('test'), {
    email,
    password,
    orgSlug: org.slug,
    role,
  })
  return { userId, email, password }
}
