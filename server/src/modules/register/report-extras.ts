import type { AppContext } from '../../context'
import type { OrganizationRow } from '../../db/schema'
import type { Language } from '../../domain/register/localized'

/**
 * How each retention rule is enforced, per rule key, in the export's language. The retention module provides it
 * (it reads the register, so the register cannot import it without a cycle); the exports add a column with it.
 */
export type RetentionEnforcementProvider = (
  ctx: AppContext,
  org: OrganizationRow,
  language: Language,
) => Promise<ReadonlyMap<string, string>>

let provider: RetentionEnforcementProvider | undefined

export function provideRetentionEnforcement(next: RetentionEnforcementProvider): void {
  provider = next
}

export function retentionEnforcementOf(
  ctx: AppContext,
  org: OrganizationRow,
  language: Language,
): Promise<ReadonlyMap<string, string> | undefined> {
  return provider ? provider(ctx, org, language) : Promise.resolve(undefined)
}
