import { z } from 'zod'
import { SCOPES, scopesOf } from '../../auth/policy'
import type { AppContext } from '../../context'
import { roleSchema } from '../../http/common-schemas'
import { listOrganizationsOfUser } from './repository'

export const membershipSchema = z.object({
  slug: z.string(),
  name: z.string(),
  role: roleSchema,
  isSample: z
    .boolean()
    .describe('a sample organisation built from an example register (deletable by its owners)'),
  abilities: z.array(z.enum(SCOPES as [string, ...string[]])),
})

export type Membership = z.infer<typeof membershipSchema>

/** The organisations a user belongs to, by name, with their role and what that role may do. */
export async function membershipsOf(ctx: AppContext, userId: string): Promise<Membership[]> {
  const orgs = await listOrganizationsOfUser(ctx.db, userId)
  return orgs.map((o) => ({
    slug: o.slug,
    name: o.name,
    role: o.role,
    isSample: o.isSample,
    abilities: [...scopesOf(o.role)],
  }))
}
