import { systemActor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { findOrganizationsByIds } from '../organizations'
import { overdueRunningRequests } from '../requests'
import { reconcileAutomaticActions } from './service'

/** The action plan's own source: a data subject request past its deadline (Art. 12(3)) and still running. */
export const REQUEST_OVERDUE_SOURCE = 'requests.overdue'

/** Opens an action per overdue running request of the organisation and closes those of requests no longer so. */
export async function sweepOverdueRequests(
  ctx: AppContext,
  organizationId: string,
  slug: string,
  now = new Date(),
): Promise<{ opened: number; closed: number }> {
  const today = toBrusselsDate(now)
  const overdue = await overdueRunningRequests(ctx.db, organizationId, today)
  return inTransaction(ctx, (ctx) =>
    reconcileAutomaticActions(
      ctx,
      organizationId,
      REQUEST_OVERDUE_SOURCE,
      overdue.map((r) => ({
        sourceKey: r.id,
        title: {
          nl: `Verzoek ${r.reference} is over de termijn (uiterlijk ${r.currentDueDate})`,
          fr: `La demande ${r.reference} a dépassé son délai (au plus tard le ${r.currentDueDate})`,
          en: `Request ${r.reference} is overdue (due ${r.currentDueDate})`,
        },
        link: `/orgs/${slug}/requests/${r.id}`,
        priority: 'critical' as const,
        ...(r.currentDueDate ? { due: r.currentDueDate } : {}),
      })),
      systemActor('action plan'),
    ),
  )
}

/** Every organisation's overdue requests (the sweep job). */
export async function sweepAllOverdueRequests(ctx: AppContext, now = new Date()) {
  const orgs = await findOrganizationsByIds(ctx.db)
  let opened = 0
  let closed = 0
  for (const org of orgs) {
    const r = await sweepOverdueRequests(ctx, org.id, org.slug, now)
    opened += r.opened
    closed += r.closed
  }
  return { opened, closed }
}
