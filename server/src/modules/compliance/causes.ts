import { systemActor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { reconcileAutomaticActions } from '../action-plan'
import { findOrganizationsByIds, type Organization } from '../organizations'
import { processorFindings } from '../processors'

/** A processor without any agreement (none recorded, none signed according to the register): Art. 28(3). */
export const AGREEMENT_MISSING_SOURCE = 'processors.agreement_missing'

/**
 * Causes of the action plan read through other modules' faces (they do not report them themselves yet): a vendor
 * acting as processor without an agreement. Opened when the processors module finds it, closed once it is gone.
 */
export async function sweepComplianceCauses(ctx: AppContext, org: Organization, now = new Date()) {
  const findings = await processorFindings(ctx, org, toBrusselsDate(now))
  const missing = findings.filter((f) => f.rule === 'processor.no-agreement' && f.severity === 'error')
  return inTransaction(ctx, (ctx) =>
    reconcileAutomaticActions(
      ctx,
      org.id,
      AGREEMENT_MISSING_SOURCE,
      missing.map((f) => ({
        sourceKey: f.object.key ?? f.path,
        title: { nl: f.message.nl, fr: f.message.fr, en: f.message.en },
        description: f.fix.en,
        link: `/orgs/${org.slug}/processors`,
        priority: 'high' as const,
      })),
      systemActor('action plan'),
    ),
  )
}

/** Every organisation (the sweep job). */
export async function sweepAllComplianceCauses(ctx: AppContext) {
  for (const org of await findOrganizationsByIds(ctx.db)) await sweepComplianceCauses(ctx, org)
}
