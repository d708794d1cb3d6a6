import { z } from 'zod'
import type { AuditEventRow } from '../../db/schema'
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
] as const

/** JSON for a structured value (the summary), text otherwise; the CSV writer neutralises formulas. */
function csvValue(value: unknown): CsvValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return JSON.stringify(value)
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value)
}

/** The audit log as CSV for an auditor (shared writer: UTF-8 byte order mark, CRLF, formulas neutralised). */
export function auditEventsToCsv(rows: AuditEventRow[]): string {
  return csvDocument(
    CSV_COLUMNS,
    rows.map((row) => {
      const event = presentAuditEvent(row)
      return CSV_COLUMNS.map((c) => csvValue(event[c]))
    }),
  )
}
