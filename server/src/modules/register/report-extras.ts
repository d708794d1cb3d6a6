import type { AppContext } from '../../context'
import type { Language } from '../../domain/register/localized'
import type { Organization } from '../organizations'

/**
 * How each retention rule is enforced, per rule key, in the export's language. The retention module provides it
 * (it reads the register, so the register cannot import it without a cycle); the exports add a column with it.
 */
export type RetentionEnforcementProvider = (
  ctx: AppContext,
  org: Organization,
  language: Language,
) => Promise<ReadonlyMap<string, string>>

let provider: RetentionEnforcementProvider | undefined

export function provideRetentionEnforcement(next: RetentionEnforcementProvider): void {
  provider = next
}

export function retentionEnforcementOf(
  ctx: AppContext,
  org: Organization,
  language: Language,
): Promise<ReadonlyMap<string, string> | undefined> {
  return provider ? provider(ctx, org, language) : Promise.resolve(undefined)
}
