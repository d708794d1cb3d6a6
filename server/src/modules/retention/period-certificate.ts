import { createHash } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { endOfBrusselsDay } from '../../domain/brussels-time'
import { addDays, parseIsoDate } from '../../domain/calendar-date'
import { type FieldIssue, InvalidInput } from '../../domain/errors'
import { type Language, textIn } from '../../domain/register/localized'
import { type PeriodRun, periodCertificate } from '../../domain/retention/period-certificate'
import { renderFormPdf } from '../../lib/pdf/form-pdf'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { listRunProofs } from './repository'

/** At most this many days in one certificate (a few years of nightly sweeps). */
export const MAX_PERIOD_DAYS = 3 * 366

const dayOf = (value: string | Date | null) =>
  value === null
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value).slice(0, 10)

/** The first instant of a Brussels day (the last millisecond of the day before, plus one). */
const startOfBrusselsDay = (day: string) => new Date(endOfBrusselsDay(addDays(day, -1)).getTime() + 1)

function checkPeriod(from: string, to: string) {
  const problems: FieldIssue[] = []
  if (!parseIsoDate(from))
    problems.push({ path: 'querystring.from', code: 'invalid_format', message: 'A date as YYYY-MM-DD.' })
  if (!parseIsoDate(to))
    problems.push({ path: 'querystring.to', code: 'invalid_format', message: 'A date as YYYY-MM-DD.' })
  if (problems.length === 0 && to < from)
    problems.push({
      path: 'querystring.to',
      code: 'too_small',
      message: 'The end of the period is before its start.',
    })
  if (
    problems.length === 0 &&
    endOfBrusselsDay(to).getTime() - startOfBrusselsDay(from).getTime() > MAX_PERIOD_DAYS * 86_400_000
  )
    problems.push({
      path: 'querystring.to',
      code: 'too_big',
      message: `A period of at most ${MAX_PERIOD_DAYS} days.`,
    })
  if (problems.length) throw new InvalidInput(problems)
}

/**
 * The destruction certificate of a period as a PDF (nl/fr/en): every sweep run of the organisation that started or
 * ended between `from` and `to` (Brussels days, both included), with its SHA-256; its issue is recorded in the audit
 * log (retention.period_certificate_issued, with the period, the runs and the SHA-256).
 */
export async function periodCertificatePdf(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  period: { from: string; to: string },
  language: Language,
  now = new Date(),
): Promise<{ pdf: Buffer; sha256: string; filename: string; runs: number }> {
  checkPeriod(period.from, period.to)
  const start = startOfBrusselsDay(period.from)
  const end = endOfBrusselsDay(period.to)
  const rows = await ctx.db
    .selectFrom('retention_runs')
    .selectAll()
    .where('organization_id', '=', org.id)
    .where((eb) =>
      eb.or([
        eb.and([eb('started_at', '>=', start), eb('started_at', '<=', end)]),
        eb.and([eb('ended_at', '>=', start), eb('ended_at', '<=', end)]),
      ]),
    )
    .orderBy('started_at')
    .orderBy('id')
    .execute()
  const proofs = await listRunProofs(
    ctx.db,
    org.id,
    rows.map((r) => r.id),
  )
  const register = await loadRegister(ctx, org)
  const ruleName = (key: string) => {
    const rule = register.retentionRules.find((r) => r.key === key)
    return (rule ? textIn(rule.name, language) : undefined) ?? key
  }
  const runs: PeriodRun[] = rows.map((r) => {
    const proof = proofs.get(r.id)
    return {
      id: r.id,
      ruleKey: r.rule_key,
      ruleName: ruleName(r.rule_key),
      system: r.system_key,
      dataset: r.dataset_key,
      collection: r.collection,
      action: r.action,
      cutoff: dayOf(r.cutoff),
      status: r.status,
      via: r.via,
      deleted: Number(r.rows_deleted),
      masked: Number(r.rows_masked),
      countReported: r.count_reported,
      approvedBy: r.approved_by_label,
      completedBy: r.completed_by_label ?? null,
      startedAt: new Date(r.started_at),
      endedAt: r.ended_at ? new Date(r.ended_at) : null,
      proof:
        r.status === 'completed' && proof ? { seq: proof.seq, keys: proof.keys, digest: proof.digest } : null,
    }
  })
  const place = [org.postalCode, org.city].filter(Boolean).join(' ')
  const address = [org.street, place].filter(Boolean).join(', ')
  const name = org.legalName || org.name
  const certificate = periodCertificate(
    {
      organisation: { name, enterpriseNumber: org.enterpriseNumber, address: address || null },
      from: period.from,
      to: period.to,
      runs,
      issuedAt: now,
    },
    language,
  )
  const pdf = await renderFormPdf(certificate, name)
  const sha256 = createHash('sha256').update(pdf).digest('hex')
  await inTransaction(ctx, (tx) =>
    recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'retention.period_certificate_issued',
      targetType: 'retention_certificate',
      targetId: null,
      summary: {
        from: period.from,
        to: period.to,
        language,
        runs: runs.length,
        openRuns: runs.filter((r) => r.status !== 'completed').length,
        sha256,
      },
    }),
  )
  return {
    pdf,
    sha256,
    filename: `retention-certificate-${period.from}-${period.to}-${language}.pdf`,
    runs: runs.length,
  }
}
