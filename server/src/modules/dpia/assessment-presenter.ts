import type { DpiaAssessmentRow } from '../../db/schema'
import {
  type AssessmentContent,
  emptyAssessment,
  PRINCIPLES,
  registerAnswers,
  registerContext,
} from '../../domain/dpia/assessment'
import {
  EVALUATION_LABELS,
  LEVEL_LABELS,
  MAP_LABELS,
  PRINCIPLE_QUESTIONS,
  RISK_LABELS,
  RISK_LEVEL_LABELS,
  STATUS_LABELS,
} from '../../domain/dpia/assessment-labels'
import { RISKS } from '../../domain/dpia/risk'
import { riskMapSvg } from '../../domain/dpia/risk-map'
import { type Language, textIn } from '../../domain/register/localized'
import { resolveRegister } from '../../domain/register/resolve'
import { assessmentFigures, type LoadedAssessment } from './assessment'
import { presentSignedCopy } from './signed-copy'

/** What is known of the PDF frozen at a version's decision (its bytes come from GET .../signed.pdf). */
function signedPdfFacts(
  row: Pick<DpiaAssessmentRow, 'signed_pdf_sha256' | 'signed_pdf_bytes' | 'signed_pdf_language'>,
) {
  return row.signed_pdf_sha256 !== null && row.signed_pdf_language !== null
    ? { sha256: row.signed_pdf_sha256, bytes: row.signed_pdf_bytes ?? 0, language: row.signed_pdf_language }
    : null
}

/**
 * What leaves the server about an assessment, worded in `lang`: the chosen version (default the newest; none
 * yet: an empty draft to fill in) with the register's context and answers, the risk map and its SVG, the Art. 36
 * flag, what blocks validation, and every version with what changed.
 */
export function presentAssessment(loaded: LoadedAssessment, lang: Language, versionNumber?: number) {
  const { activity, doc, dpoDesignated, versions } = loaded
  const chosen =
    versionNumber === undefined ? versions[0] : versions.find((v) => v.row.version === versionNumber)
  const content: AssessmentContent = chosen?.content ?? emptyAssessment()
  const context = registerContext(activity, doc, resolveRegister(doc), lang)
  const answers = registerAnswers(activity, context, lang)
  const figures = assessmentFigures(content, dpoDesignated)
  return {
    activityKey: activity.key,
    activityName: textIn(activity.name, lang) ?? activity.key,
    dpoDesignated,
    version: chosen?.row.version ?? null,
    status: chosen?.status ?? ('none' as const),
    statusLabel: chosen ? STATUS_LABELS[chosen.status][lang] : '',
    createdBy: chosen?.row.created_by_label ?? null,
    createdAt: chosen?.row.created_at.toISOString() ?? null,
    decidedBy: chosen?.row.decided_by_label ?? null,
    decidedAt: chosen?.row.decided_at?.toISOString() ?? null,
    decisionReason: chosen?.row.decision_reason ?? null,
    signedPdf: chosen ? signedPdfFacts(chosen.row) : null,
    content,
    context,
    principles: PRINCIPLES.map((key) => ({
      key,
      question: PRINCIPLE_QUESTIONS[key][lang],
      registerAnswer: answers[key],
    })),
    risks: RISKS.map((key) => ({ key, label: RISK_LABELS[key][lang] })),
    levels: [...LEVEL_LABELS[lang]],
    evaluations: (['acceptable', 'improvable', 'to_correct'] as const).map((key) => ({
      key,
      label: EVALUATION_LABELS[key][lang],
    })),
    riskMap: figures.map.map((p) => ({
      risk: p.risk,
      label: RISK_LABELS[p.risk][lang],
      initial: { ...p.initial, levelLabel: RISK_LEVEL_LABELS[p.initial.level][lang] },
      residual: { ...p.residual, levelLabel: RISK_LEVEL_LABELS[p.residual.level][lang] },
      residualEstimated: p.residualEstimated,
    })),
    riskMapSvg: riskMapSvg(figures.map, { ...MAP_LABELS[lang], levels: LEVEL_LABELS[lang] }),
    priorConsultation: figures.priorConsultation,
    validationRefusal: figures.validationRefusal,
    versions: versions.map((v) => ({
      version: v.row.version,
      status: v.status,
      statusLabel: STATUS_LABELS[v.status][lang],
      createdBy: v.row.created_by_label,
      createdAt: v.row.created_at.toISOString(),
      updatedAt: v.row.updated_at.toISOString(),
      decidedBy: v.row.decided_by_label,
      decidedAt: v.row.decided_at?.toISOString() ?? null,
      signedPdf: signedPdfFacts(v.row),
      signedCopies: loaded.signedCopies.filter((c) => c.assessment_id === v.row.id).map(presentSignedCopy),
      changes: v.changes,
    })),
  }
}
export type PresentedAssessment = ReturnType<typeof presentAssessment>
