import { z } from 'zod'
import type { AuditEventRow } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { Language } from '../../domain/register/localized'
import { formatDate } from '../../domain/requests/format'
import { type CsvValue, csvDocument } from '../../lib/csv'
import { defineStoredJson } from '../../lib/stored-json'

/**
 * An audit event's summary (decision 0025): an object whose keys depend on the action. Written as it is, without a
 * version key - the hash chain covers the stored summary and existing rows are never rewritten (decision 0042) -
 * so every row reads as version 1; a later shape would be written with its `$v` and upgraded here.
 */
const storedAuditSummary = defineStoredJson<Record<string, unknown>>({
  name: 'audit_event.summary',
  version: 1,
  schema: z.record(z.string(), z.unknown()),
})

export function presentAuditEvent(row: AuditEventRow) {
  return {
    seq: row.seq,
    occurredAt: row.occurred_at.toISOString(),
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    requestId: row.request_id,
    summary: storedAuditSummary.read(row.summary, String(row.seq)),
    hash: row.hash,
    /** When the retention rule `audit_log` emptied the event (decision 0085): actor, target and summary are cleared. */
    emptiedAt: row.emptied_at ? row.emptied_at.toISOString() : null,
  }
}

/** "Cleared on 07/12/2031 under the retention rule for the audit log" - the Brussels day, dd/mm/yyyy. */
export function emptiedText(emptiedAt: Date, language: Language): string {
  const day = formatDate(toBrusselsDate(emptiedAt))
  switch (language) {
    case 'nl':
      return `Gewist op ${day} volgens de bewaarregel voor het auditlogboek`
    case 'fr':
      return `Effacé le ${day} selon la règle de conservation du journal d’audit`
    default:
      return `Cleared on ${day} under the retention rule for the audit log`
  }
}

const CSV_COLUMNS = [
  'seq',
  'occurredAt',
  'actorType',
  'actorLabel',
  'action',
  'targetType',
  'targetId',
  'requestId',
  'summary',
  'hash',
  'emptiedAt',
] as const

/** JSON for a structured value (the summary), text otherwise; the CSV writer neutralises formulas. */
function csvValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return JSON.stringify(value)
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value)
}

/**
 * The audit log as CSV for an auditor (shared writer: UTF-8 byte order mark, CRLF, formulas neutralised). An emptied
 * event says so in its summary cell, in the organisation's language, and has its time in `emptiedAt`.
 */
export function auditEventsToCsv(rows: AuditEventRow[], language: Language = 'en'): string {
  return csvDocument(
    CSV_COLUMNS,
    rows.map((row) => {
      const event = presentAuditEvent(row)
      return CSV_COLUMNS.map((c) =>
        c === 'summary' && row.emptied_at ? emptiedText(row.emptied_at, language) : csvValue(event[c]),
      )
    }),
  )
}
