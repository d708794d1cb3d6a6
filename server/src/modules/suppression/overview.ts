import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { DNCM_MAX_AGE_DAYS, dncmFresh, dncmUsableUntil } from '../../domain/suppression/verdict'
import type { Organization } from '../organizations'
import {
  countEntriesByReason,
  countOptIns,
  currentDncmImport,
  currentRobinsonImport,
  listDncmImports,
  listRobinsonImports,
} from './repository'

/**
 * The state of the organisation's lists: the DNCM copy in use, the Robinson Mail list in use, the last consultations
 * of each, the counts.
 */
export async function suppressionOverview(ctx: AppContext, org: Organization, now = new Date()) {
  const [current, consultations, byReason, optIns, robinson, robinsonConsultations, postOptIns] =
    await Promise.all([
      currentDncmImport(ctx.db, org.id),
      listDncmImports(ctx.db, org.id, 10),
      countEntriesByReason(ctx.db, org.id),
      countOptIns(ctx.db, org.id),
      currentRobinsonImport(ctx.db, org.id),
      listRobinsonImports(ctx.db, org.id, 10),
      countOptIns(ctx.db, org.id, 'post'),
    ])
  const count = (reason: string) => Number(byReason.find((r) => r.reason === reason)?.count ?? 0)
  return {
    dncm: {
      current: current ?? null,
      fresh: dncmFresh(current?.file_date, toBrusselsDate(now)),
      usableUntil: current?.file_date ? dncmUsableUntil(current.file_date) : null,
      maxAgeDays: DNCM_MAX_AGE_DAYS,
      lastConsultation: consultations[0] ?? null,
    },
    consultations,
    robinson: { current: robinson ?? null, consultations: robinsonConsultations },
    counts: {
      objection: count('objection'),
      unsubscribe: count('unsubscribe'),
      erasedDoNotContact: count('erased_do_not_contact'),
      optIns,
      postOptIns,
    },
  }
}
