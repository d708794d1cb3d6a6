import { createHash } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { DpiaAssessmentRow } from '../../db/schema'
import { storedAssessment } from '../../domain/dpia/assessment'
import { Conflict, DomainError, NotFound } from '../../domain/errors'
import { closeAutomaticAction } from '../action-plan'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { type AssessmentStatus, assessmentFigures } from './assessment'
import { presentAssessment } from './assessment-presenter'
import { assessmentReportPdf } from './assessment-report'
import { decidedPdfRow, latestAssessmentForUpdate, storeSignedPdf, updateAssessment } from './repository'
import { ASSESSMENT_DUE_SOURCE } from './screening'

/** The signed PDF is sealed bound to its row: a copy moved to another row does not decrypt. */
const sealContext = (id: string) => `dpia-signed-pdf:${id}`

/**
 * Validates or refuses the newest version (a draft). Validation needs every risk estimated and, when the
 * organisation designated a DPO, the DPO's opinion (Art. 35(2)); it closes the action asking for the DPIA.
 * Either decision freezes the version's PDF report in the organisation's language, as it reads at that moment:
 * stored sealed with its SHA-256, which the audit event (in the keyed hash chain) records with who decided.
 */
export async function decideAssessment(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  input: { decision: 'validated' | 'refused'; reason: string },
): Promise<DpiaAssessmentRow> {
  const doc = await loadRegister(ctx, org)
  const activity = doc.activities.find((a) => a.key === activityKey)
  if (!activity) throw new NotFound('register_entry')
  const dpoDesignated = doc.organization.dpo?.appointed === true
  return inTransaction(ctx, async (ctx) => {
    const latest = await latestAssessmentForUpdate(ctx.db, org.id, activityKey)
    if (!latest) throw new NotFound('dpia_assessment')
    if (latest.status !== 'draft')
      throw new Conflict('dpia_already_decided', 'The newest version was already validated or refused.')
    const content = storedAssessment.read(latest.content, latest.id)
    const figures = assessmentFigures(content, dpoDesignated)
    if (input.decision === 'validated' && figures.validationRefusal)
      throw new Conflict(
        figures.validationRefusal,
        figures.validationRefusal === 'dpo_opinion_required'
          ? "A DPO is designated: record the DPO's opinion before validating."
          : 'Estimate all three risks before validating.',
      )
    const decided = await updateAssessment(ctx.db, latest.id, {
      status: input.decision,
      decidedByLabel: actor.label,
      decisionReason: input.reason,
    })
    const lang = org.defaultLanguage
    const presented = presentAssessment(
      {
        doc,
        activity,
        dpoDesignated,
        versions: [{ row: decided, content, status: decided.status as AssessmentStatus, changes: [] }],
        signedCopies: [],
      },
      lang,
    )
    const pdf = await assessmentReportPdf(presented, lang, org.legalName || org.name)
    const sha256 = createHash('sha256').update(pdf).digest('hex')
    const row = await storeSignedPdf(ctx.db, decided.id, {
      encrypted: ctx.encryption.encrypt(pdf.toString('base64'), sealContext(decided.id)),
      sha256,
      bytes: pdf.length,
      language: lang,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: input.decision === 'validated' ? 'dpia.assessment_validated' : 'dpia.assessment_refused',
      targetType: 'dpia',
      targetId: activityKey,
      summary: {
        activity: activityKey,
        version: row.version,
        priorConsultation: figures.priorConsultation,
        pdfSha256: sha256,
        pdfLanguage: lang,
      },
    })
    if (input.decision === 'validated')
      await closeAutomaticAction(
        ctx,
        { organizationId: org.id, source: ASSESSMENT_DUE_SOURCE, sourceKey: activityKey },
        actor,
      )
    return row
  })
}

/**
 * The stored PDF of a decision no longer is what was decided: its bytes do not decrypt or do not match the SHA-256
 * recorded with the decision (and in the audit chain). A fault of the installation, not of the caller: 500 with
 * `decided_pdf_corrupt`, never the altered bytes.
 */
export class DecidedPdfCorrupt extends DomainError {
  readonly kind = 'internal'
  constructor(activityKey: string, version: number, reason: 'unreadable' | 'hash_mismatch') {
    super(
      'decided_pdf_corrupt',
      `The PDF kept for version ${version} of the DPIA of ${activityKey} ${reason === 'unreadable' ? 'cannot be decrypted' : 'does not match its recorded SHA-256'}.`,
      { params: { activityKey, version, reason } },
    )
  }
}

/**
 * The PDF frozen when a version was decided, byte for byte: `version`, or the newest version that has one. 404 when
 * there is none (a draft, or decided before the PDFs were kept). When the stored bytes do not decrypt or no longer
 * match their recorded SHA-256, the audit log records `dpia.decided_pdf_corrupt` (committed on its own) and
 * `DecidedPdfCorrupt` is thrown.
 */
export async function readDecidedPdf(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  activityKey: string,
  version: number | undefined,
): Promise<{ pdf: Buffer; sha256: string; language: 'nl' | 'fr' | 'en'; version: number; status: string }> {
  const row = await decidedPdfRow(ctx.db, org.id, activityKey, version)
  if (
    !row ||
    row.signed_pdf_encrypted === null ||
    row.signed_pdf_sha256 === null ||
    row.signed_pdf_language === null
  )
    throw new NotFound('dpia_signed_pdf')
  let pdf: Buffer | null = null
  try {
    pdf = Buffer.from(ctx.encryption.decrypt(row.signed_pdf_encrypted, sealContext(row.id)), 'base64')
  } catch {
    pdf = null
  }
  const sha256 = pdf ? createHash('sha256').update(pdf).digest('hex') : null
  if (!pdf || sha256 !== row.signed_pdf_sha256) {
    const reason = pdf ? 'hash_mismatch' : 'unreadable'
    await inTransaction(ctx, (ctx) =>
      recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'dpia.decided_pdf_corrupt',
        targetType: 'dpia',
        targetId: activityKey,
        summary: {
          activity: activityKey,
          version: row.version,
          reason,
          recordedSha256: row.signed_pdf_sha256,
          foundSha256: sha256,
        },
      }),
    )
    throw new DecidedPdfCorrupt(activityKey, row.version, reason)
  }
  return { pdf, sha256, language: row.signed_pdf_language, version: row.version, status: row.status }
}
