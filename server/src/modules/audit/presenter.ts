import type { AuditEventRow } from '../../db/schema'

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
    summary: row.summary,
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

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)
  // Cells starting with = + - @ are prefixed so spreadsheets do not run them as formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function auditEventsToCsv(rows: AuditEventRow[]): string {
  const lines = rows.map((row) => {
    const event = presentAuditEvent(row)
    return CSV_COLUMNS.map((c) => csvCell(event[c])).join(',')
  })
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`
}
