import type { CheckAnswer } from './check'
import type { DncmImportRow, EntryRow, OptInRow, RobinsonImportRow } from './repository'

export function presentEntry(row: EntryRow) {
  return {
    id: row.id,
    kind: row.kind,
    masked: row.masked,
    reason: row.reason,
    channel: row.channel,
    source: row.source,
    requestId: row.request_id,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  }
}

export function presentOptIn(row: OptInRow) {
  return {
    id: row.id,
    channel: row.channel,
    masked: row.masked,
    givenOn: row.given_on,
    evidence: row.evidence,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  }
}

export function presentConsultation(row: DncmImportRow) {
  return {
    id: row.id,
    status: row.status,
    fileName: row.file_name,
    fileDate: row.file_date,
    fileDateSource: row.file_date_source,
    sha256: row.file_sha256,
    lines: row.lines,
    numbers: row.numbers,
    duplicates: row.duplicates,
    rejected: row.rejected,
    newestRegistration: row.newest_registration,
    refusal: row.refusal,
    importedBy: row.imported_by,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  }
}

export function presentCheck(answer: CheckAnswer, checkedAt: Date) {
  return { ...answer, checkedAt: checkedAt.toISOString() }
}

export function presentRobinsonConsultation(row: RobinsonImportRow) {
  return {
    id: row.id,
    status: row.status,
    fileName: row.file_name,
    fileDate: row.file_date,
    sha256: row.file_sha256,
    lines: row.lines,
    entries: row.entries,
    duplicates: row.duplicates,
    rejected: row.rejected,
    refusal: row.refusal,
    importedBy: row.imported_by,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  }
}
