import type { AppContext } from '../../context'
import type { Clock } from '../../domain/breaches'
import { delayReasonRequired } from './presenter'
import { clocksOf, factsOf } from './stored'

/** A clock of an open breach that asks for something: running, overdue, or met late without the delay's reasons. */
export interface PendingBreachClock {
  breachId: string
  reference: string
  title: string
  clock: Clock
  /** The filing was late (or is overdue) and the reasons for the delay are not recorded (Art. 33(1)). */
  delayReasonMissing: boolean
}

/**
 * The organisation's breach clocks still asking for something (read by the action plan, issue 21): the GBA
 * notification (part 1, 72 hours) or its complement (part 2) or a processor's notice to its controllers, while it
 * runs or once overdue; a late filing without the reasons for the delay.
 */
export async function pendingBreachClocks(
  ctx: AppContext,
  organizationId: string,
  now = new Date(),
): Promise<PendingBreachClock[]> {
  const rows = await ctx.db
    .selectFrom('breaches')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'open')
    .orderBy('aware_at')
    .orderBy('id')
    .execute()
  return rows.flatMap((row) => {
    const clocks = clocksOf(row, now)
    const reasonMissing = delayReasonRequired(row, clocks)
    return clocks
      .filter((c) => c.state === 'running' || c.state === 'overdue' || (c.state === 'late' && reasonMissing))
      .map((clock) => ({
        breachId: row.id,
        reference: row.reference,
        title: factsOf(row).title,
        clock,
        delayReasonMissing: reasonMissing && clock.state !== 'running',
      }))
  })
}
