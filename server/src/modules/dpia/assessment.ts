import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { DpiaAssessmentRow } from '../../db/schema'
import {
  type AssessmentContent,
  type AssessmentInput,
  assessmentContentSchema,
  changedPaths,
  emptyAssessment,
  estimatedRisks,
  storedAssessment,
} from '../../domain/dpia/assessment'
import { priorConsultationNeeded, riskMap, validationRefusal } from '../../domain/dpia/risk'
import { NotFound } from '../../domain/errors'
import { type Language, textIn } from '../../domain/register/localized'
import type { Activity, RegisterDocument } from '../../domain/register/schema'
import { closeAutomaticAction, openAutomaticAction } from '../action-plan'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import {
  insertAssessment,
  type ListedAssessmentRow,
  type ListedSignedCopyRow,
  latestAssessmentForUpdate,
  listAssessmentRows,
  listSignedCopyRows,
  updateAssessment,
} from './repository'

/** A planned measure of an assessment in the action plan: sourceKey `<activity key>/<measure key>`. */
export const PLANNED_MEASURE_SOURCE = 'dpia.measure'

export type AssessmentStatus = 'draft' | 'validated' | 'refused'

export interface AssessmentVersion {
  row: ListedAssessmentRow
  content: AssessmentContent
  status: AssessmentStatus
  /** What changed since the version before (paths in the content). */
  changes: string[]
}

export interface LoadedAssessment {
  doc: RegisterDocument
  activity: Activity
  dpoDesignated: boolean
  /** Newest first. */
  versions: AssessmentVersion[]
  /** The signed copies uploaded for decided versions, newest first (without their bytes). */
  signedCopies: ListedSignedCopyRow[]
}

/** The register and every version of the activity's assessment (none yet: versions is empty). */
export async function loadAssessment(
  ctx: AppContext,
  org: Organization,
  activityKey: string,
): Promise<LoadedAssessment> {
  const doc = await loadRegister(ctx, org)
  const activity = doc.activities.find((a) => a.key === activityKey)
  if (!activity) throw new NotFound('register_entry')
  const [rows, signedCopies] = await Promise.all([
    listAssessmentRows(ctx.db, org.id, activityKey),
    listSignedCopyRows(ctx.db, org.id, activityKey),
  ])
  const contents = rows.map((r) => storedAssessment.read(r.content, r.id))
  const versions = rows.map((row, i) => ({
    row,
    content: contents[i] as AssessmentContent,
    status: row.status as AssessmentStatus,
    changes: changedPaths(contents[i + 1] ?? null, contents[i] as AssessmentContent),
  }))
  return { doc, activity, dpoDesignated: doc.organization.dpo?.appointed === true, versions, signedCopies }
}

/** The figures that follow from a content: the risk map, the Art. 36 flag, what still blocks validation. */
export function assessmentFigures(content: AssessmentContent, dpoDesignated: boolean) {
  const map = riskMap(estimatedRisks(content))
  return {
    map,
    priorConsultation: priorConsultationNeeded(map),
    validationRefusal: validationRefusal({ dpoDesignated, dpoOpinion: content.dpoOpinion, map }),
  }
}

function withMeasureKeys(content: AssessmentContent, previous: AssessmentContent | null): AssessmentContent {
  const used = new Set(
    [...content.plannedMeasures, ...(previous?.plannedMeasures ?? [])].flatMap((m) => (m.key ? [m.key] : [])),
  )
  let n = 1
  const next = () => {
    while (used.has(`m${n}`)) n++
    used.add(`m${n}`)
    return `m${n}`
  }
  return { ...content, plannedMeasures: content.plannedMeasures.map((m) => ({ ...m, key: m.key ?? next() })) }
}

/**
 * Saves the assessment: the newest version while it is a draft, else (none yet, or the newest was validated or
 * refused) a new version. A planned measure that is new opens an action of the plan; one taken out closes it.
 */
export async function saveAssessment(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  input: AssessmentInput,
  /** newVersion: a new version even when the newest is a draft (an import keeps that draft as it was). */
  options: { newVersion?: boolean; auditSummary?: Record<string, unknown> } = {},
): Promise<DpiaAssessmentRow> {
  const doc = await loadRegister(ctx, org)
  const activity = doc.activities.find((a) => a.key === activityKey)
  if (!activity) throw new NotFound('register_entry')
  const parsed = assessmentContentSchema.parse(input)
  return inTransaction(ctx, async (ctx) => {
    const latest = await latestAssessmentForUpdate(ctx.db, org.id, activityKey)
    const previous = latest ? storedAssessment.read(latest.content, latest.id) : null
    const content = withMeasureKeys(parsed, previous)
    const stored = storedAssessment.toStored(content)
    const row =
      latest?.status === 'draft' && !options.newVersion
        ? await updateAssessment(ctx.db, latest.id, { content: stored })
        : await insertAssessment(ctx.db, {
            organizationId: org.id,
            activityKey,
            version: (latest?.version ?? 0) + 1,
            content: stored,
            createdByLabel: actor.label,
          })
    await syncMeasureActions(ctx, actor, org, activity, previous, content)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'dpia.assessment_saved',
      targetType: 'dpia',
      targetId: activityKey,
      summary: {
        activity: activityKey,
        version: row.version,
        changed: changedPaths(previous, content).slice(0, 40),
        ...options.auditSummary,
      },
    })
    return row
  })
}

async function syncMeasureActions(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  activity: Activity,
  previous: AssessmentContent | null,
  content: AssessmentContent,
) {
  const before = new Set((previous?.plannedMeasures ?? []).map((m) => m.key))
  const now = new Set(content.plannedMeasures.map((m) => m.key))
  const name = (lang: Language) => textIn(activity.name, lang) ?? activity.key
  for (const m of content.plannedMeasures) {
    if (!m.key || before.has(m.key)) continue
    await openAutomaticAction(
      ctx,
      {
        organizationId: org.id,
        source: PLANNED_MEASURE_SOURCE,
        sourceKey: `${activity.key}/${m.key}`,
        title: {
          nl: `${m.title} (DPIA "${name('nl')}")`,
          fr: `${m.title} (AIPD « ${name('fr')} »)`,
          en: `${m.title} (DPIA "${name('en')}")`,
        },
        link: `/orgs/${org.slug}/dpia/${encodeURIComponent(activity.key)}`,
        priority: m.priority,
        ...(m.due ? { due: m.due } : {}),
      },
      actor,
    )
  }
  for (const key of before)
    if (key && !now.has(key))
      await closeAutomaticAction(
        ctx,
        { organizationId: org.id, source: PLANNED_MEASURE_SOURCE, sourceKey: `${activity.key}/${key}` },
        actor,
      )
}

export { emptyAssessment }
