import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { Conflict, NotFound } from '../../domain/errors'
import type { Language } from '../../domain/register/localized'
import { resolveRegister } from '../../domain/register/resolve'
import { destructionCertificate } from '../../domain/retention/certificate'
import { renderFormPdf } from '../../lib/pdf/form-pdf'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { runRenewals } from './presenter'
import { findRun, listRunProofs } from './repository'

/** A date column as YYYY-MM-DD, whether the driver hands a string or a Date. */
const dayOf = (value: string | Date): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)

/**
 * The destruction certificate of a completed run as a PDF (nl/fr/en): read from the run, its retention.run_completed
 * audit record and the register's rule. A run that did not complete (paused, unfinished) has none.
 */
export async function runCertificatePdf(
  ctx: AppContext,
  org: Organization,
  runId: string,
  language: Language,
  now = new Date(),
): Promise<{ pdf: Buffer; filename: string }> {
  const run = await findRun(ctx.db, org.id, runId)
  if (!run) throw new NotFound('retention_run')
  const proof = (await listRunProofs(ctx.db, org.id, [run.id])).get(run.id)
  if (run.status !== 'completed' || !run.ended_at || !proof)
    throw new Conflict('conflict', 'Only a completed sweep has a destruction certificate.', {
      params: { status: run.status },
    })
  const register = await loadRegister(ctx, org)
  const place = [org.postalCode, org.city].filter(Boolean).join(' ')
  const address = [org.street, place].filter(Boolean).join(', ')
  const name = org.legalName || org.name
  const renewals = runRenewals(run)
  const certificate = destructionCertificate(
    {
      organisation: { name, enterpriseNumber: org.enterpriseNumber, address: address || null },
      rule: register.retentionRules.find((r) => r.key === run.rule_key),
      ruleKey: run.rule_key,
      run: {
        id: run.id,
        kind: run.kind,
        dataset: run.dataset_key,
        system: run.system_key,
        collection: run.collection,
        action: run.action,
        cutoff: run.cutoff === null ? null : dayOf(run.cutoff),
        subjectEvent: run.subject_event ?? null,
        today: dayOf(run.today),
        deleted: Number(run.rows_deleted),
        masked: Number(run.rows_masked),
        maskedInsteadOfDeleted: Number(run.rows_shared),
        withheldShared: Number(run.rows_withheld ?? 0),
        renewedByConsent: renewals && {
          ...renewals,
          purpose: resolveRegister(register).labelOf('purpose', renewals.purpose, language),
        },
        batches: run.batches,
        via: run.via,
        countReported: run.count_reported,
        endpoint: run.endpoint ?? null,
        taskId: run.task_action_id ?? null,
        completedBy: run.completed_by_label ?? null,
        approvedBy: run.approved_by_label,
        startedBy: run.started_by_label,
        startedAt: new Date(run.started_at),
        endedAt: new Date(run.ended_at),
      },
      proof,
      issuedAt: now,
    },
    language,
  )
  const day = toBrusselsDate(new Date(run.ended_at))
  return {
    pdf: await renderFormPdf(certificate, name),
    filename: `retention-certificate-${run.rule_key}-${run.collection}-${day}-${language}.pdf`.replace(
      /[^A-Za-z0-9._-]/g,
      '_',
    ),
  }
}
