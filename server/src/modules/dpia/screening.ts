import type { Actor } from '../../audit/actor'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { DpiaScreeningRow } from '../../db/schema'
import {
  type GbaListItem,
  isScreeningStale,
  type ScreeningSuggestion,
  screeningResult,
  suggestScreening,
} from '../../domain/dpia/screening'
import { NotFound } from '../../domain/errors'
import { type Language, textIn } from '../../domain/register/localized'
import { resolveRegister } from '../../domain/register/resolve'
import type { Activity, RegisterDocument } from '../../domain/register/schema'
import { closeAutomaticAction, reconcileAutomaticActions } from '../action-plan'
import { findOrganizationsByIds, type Organization } from '../organizations'
import { activityVersions, loadRegister } from '../register'
import { listAssessmentRows, listScreeningRows, upsertScreening } from './repository'

export const SCREENING_STALE_SOURCE = 'dpia.screening_stale'
export const SCREENING_MISSING_SOURCE = 'dpia.screening_missing'
export const ASSESSMENT_DUE_SOURCE = 'dpia.assessment_due'

export interface ActivityScreening {
  activity: Activity
  activityVersion: number
  suggestion: ScreeningSuggestion
  screening: DpiaScreeningRow | null
  /** The activity changed after the screening was confirmed. */
  stale: boolean
  /** A validated assessment exists for the activity. */
  assessed: boolean
}

/** Every activity with what the register suggests and what a person confirmed. */
export async function screeningsOf(
  ctx: AppContext | TxContext,
  org: Organization,
  doc?: RegisterDocument,
): Promise<ActivityScreening[]> {
  const register = doc ?? (await loadRegister(ctx as AppContext, org))
  const resolved = resolveRegister(register)
  const versions = await activityVersions(ctx.db, org.id)
  const screenings = new Map((await listScreeningRows(ctx.db, org.id)).map((s) => [s.activity_key, s]))
  const validated = new Set(
    (await listAssessmentRows(ctx.db, org.id))
      .filter((a) => a.status === 'validated')
      .map((a) => a.activity_key),
  )
  return register.activities.map((activity) => {
    const screening = screenings.get(activity.key) ?? null
    const activityVersion = versions.get(activity.key) ?? 0
    return {
      activity,
      activityVersion,
      suggestion: suggestScreening(activity, resolved),
      screening,
      stale: screening !== null && isScreeningStale(screening.activity_version, versions.get(activity.key)),
      assessed: validated.has(activity.key),
    }
  })
}

export interface ScreeningInput {
  criteria: string[]
  gbaItems: GbaListItem[]
  reason: string
}

/** A person confirms the screening of an activity (on its current register version), with a reason. */
export async function confirmScreening(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  input: ScreeningInput,
): Promise<DpiaScreeningRow> {
  const register = await loadRegister(ctx, org)
  if (!register.activities.some((a) => a.key === activityKey)) throw new NotFound('register_entry')
  return inTransaction(ctx, async (ctx) => {
    const version = (await activityVersions(ctx.db, org.id)).get(activityKey) ?? 0
    const criteria = [...new Set(input.criteria)]
    const gbaItems = [...new Set(input.gbaItems)]
    const row = await upsertScreening(ctx.db, {
      organizationId: org.id,
      activityKey,
      activityVersion: version,
      criteria,
      gbaItems,
      result: screeningResult(criteria, gbaItems),
      reason: input.reason,
      confirmedById: actor.type === 'user' ? actor.id : null,
      confirmedByLabel: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'dpia.screening_confirmed',
      targetType: 'dpia',
      targetId: activityKey,
      summary: { activity: activityKey, activityVersion: version, criteria, gbaItems, result: row.result },
    })
    for (const source of [SCREENING_STALE_SOURCE, SCREENING_MISSING_SOURCE])
      await closeAutomaticAction(ctx, { organizationId: org.id, source, sourceKey: activityKey }, actor)
    return row
  })
}

const NAME = (a: Activity, lang: Language) => textIn(a.name, lang) ?? a.key

/**
 * The DPIA causes of the action plan for one organisation: a stale screening, a screening the register suggests
 * and nobody confirmed, a DPIA required without a validated assessment.
 */
export async function sweepDpiaActions(ctx: AppContext, org: Organization) {
  const items = await screeningsOf(ctx, org)
  const actor = systemActor('action plan')
  const link = (key: string) => `/orgs/${org.slug}/dpia/${encodeURIComponent(key)}`
  return inTransaction(ctx, async (ctx) => {
    const stale = await reconcileAutomaticActions(
      ctx,
      org.id,
      SCREENING_STALE_SOURCE,
      items
        .filter((i) => i.stale)
        .map((i) => ({
          sourceKey: i.activity.key,
          title: {
            nl: `DPIA-screening van "${NAME(i.activity, 'nl')}" herbekijken: de verwerking is gewijzigd`,
            fr: `Revoir l'analyse préalable AIPD de « ${NAME(i.activity, 'fr')} » : le traitement a changé`,
            en: `Review the DPIA screening of "${NAME(i.activity, 'en')}": the processing changed`,
          },
          link: link(i.activity.key),
          priority: 'high' as const,
        })),
      actor,
    )
    const missing = await reconcileAutomaticActions(
      ctx,
      org.id,
      SCREENING_MISSING_SOURCE,
      items
        .filter((i) => i.screening === null && i.suggestion.result !== 'not_required')
        .map((i) => ({
          sourceKey: i.activity.key,
          title: {
            nl: `DPIA-screening bevestigen voor "${NAME(i.activity, 'nl')}"`,
            fr: `Confirmer l'analyse préalable AIPD de « ${NAME(i.activity, 'fr')} »`,
            en: `Confirm the DPIA screening of "${NAME(i.activity, 'en')}"`,
          },
          link: link(i.activity.key),
          priority: i.suggestion.result === 'required' ? ('high' as const) : ('medium' as const),
        })),
      actor,
    )
    const due = await reconcileAutomaticActions(
      ctx,
      org.id,
      ASSESSMENT_DUE_SOURCE,
      items
        .filter((i) => i.screening?.result === 'required' && !i.assessed)
        .map((i) => ({
          sourceKey: i.activity.key,
          title: {
            nl: `DPIA uitvoeren en valideren voor "${NAME(i.activity, 'nl')}"`,
            fr: `Réaliser et valider l'AIPD de « ${NAME(i.activity, 'fr')} »`,
            en: `Carry out and validate the DPIA of "${NAME(i.activity, 'en')}"`,
          },
          link: link(i.activity.key),
          priority: 'high' as const,
        })),
      actor,
    )
    return { stale, missing, due }
  })
}

/** Every organisation (the sweep job). */
export async function sweepAllDpiaActions(ctx: AppContext) {
  const orgs = await findOrganizationsByIds(ctx.db)
  for (const org of orgs) await sweepDpiaActions(ctx, org)
}
