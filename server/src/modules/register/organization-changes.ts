import type { z } from 'zod'
import type { OrganizationRow } from '../../db/schema'
import type { organizationSection } from '../../domain/register/schema'
import { changesBetween } from './changes'
import { organizationSectionOf } from './organization-section'

/** Which fields of the organisation section an import would change. */
export function organizationSchemaChanges(
  org: OrganizationRow,
  incoming: z.infer<typeof organizationSection>,
): string[] {
  const current = organizationSectionOf(org)
  const normalised = {
    ...incoming,
    enterpriseNumber: incoming.enterpriseNumber?.replace(/\D/g, '').padStart(10, '0'),
    legalName: incoming.legalName && incoming.legalName !== incoming.name ? incoming.legalName : undefined,
  }
  const clean = JSON.parse(JSON.stringify(normalised))
  return [...new Set(changesBetween(current, clean).map((c) => c.path.split('.')[0] ?? c.path))]
}
