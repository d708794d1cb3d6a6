import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { InvalidInput } from '../../domain/errors'
import {
  type ImportHeader,
  type ImportIssue,
  type ImportRow,
  readHeader,
  readImportRow,
} from '../../domain/subjects/import-row'
import { CsvEncodingError, type CsvRecord, readCsv } from '../../lib/csv'
import type { Organization } from '../organizations'
import { type BatchPlan, type PreparedRow, planBatch, prepareRows, writeBatch } from './import-plan'

export const IMPORT_BATCH_SIZE = 500
export const MAX_REPORTED_ERRORS = 1000

export interface ImportSummary {
  dryRun: boolean
  lines: number
  imported: number
  merged: number
  failed: number
  batches: number
  errors: ImportIssue[]
  errorsTruncated: boolean
}

export interface ImportProgress {
  linesDone: number
  imported: number
  merged: number
  failed: number
}

export interface ImportOptions {
  dryRun: boolean
  /** The charset the sender declared; otherwise UTF-8, or Windows-1252 when the file does not start as UTF-8. */
  charset?: string
  batchSize?: number
  /** Called after each batch is saved (or checked, on a dry run). */
  onProgress?: (progress: ImportProgress) => void
}

const NOT_SAVED =
  'Not saved: the batch containing this line could not be written (e.g. the same identity was imported at the ' +
  'same moment). Import the file again: lines already imported are merged, not duplicated.'

/**
 * Imports data subjects from a CSV file, read as it arrives (constant memory, whatever the size of the file). The
 * header is checked first (a file with an unreadable header is refused as a whole); then every line is validated
 * on its own and lines are saved in batches, each batch in its own transaction with its audit event. Bad lines are
 * reported with line, column and message; good lines are kept. A line whose e-mail, phone, national number or
 * customer number already belongs to a subject is merged into that subject (identities, relationship and events
 * it lacks are added; its name is kept), so a file can be imported again without creating duplicates.
 */
export async function importSubjectsCsv(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  file: AsyncIterable<Uint8Array | string>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const records = readCsv(file, { charset: options.charset })
  try {
    const first = await records.next()
    if (first.done)
      throw new InvalidInput(
        [{ path: 'body', message: 'The file is empty', code: 'file_empty' }],
        'The file is empty.',
        'import_file_empty',
      )
    const header = readHeader(first.value)
    if (!header.ok) {
      throw new InvalidInput(
        header.issues.map((i) => ({
          path: i.column ? `file.header.${i.column}` : 'file.header',
          message: `line ${i.line}: ${i.message}`,
          code: i.column ? ('unknown_field' as const) : ('invalid' as const),
          line: i.line,
        })),
        'The header line of the file cannot be read; nothing was imported.',
        'import_header_invalid',
      )
    }
    return await importLines(ctx, actor, org, header.header, records, first.value.line, options)
  } finally {
    await records.return(undefined)
  }
}

async function importLines(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  header: ImportHeader,
  records: AsyncGenerator<CsvRecord>,
  headerLine: number,
  options: ImportOptions,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    dryRun: options.dryRun,
    lines: 0,
    imported: 0,
    merged: 0,
    failed: 0,
    batches: 0,
    errors: [],
    errorsTruncated: false,
  }
  const report = (issues: ImportIssue[]) => {
    for (const issue of issues) {
      if (summary.errors.length < MAX_REPORTED_ERRORS) summary.errors.push(issue)
      else summary.errorsTruncated = true
    }
  }
  // On a dry run nothing is written, so identities planned by earlier batches are remembered here.
  const dryRunOwners = new Map<string, string>()
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE
  let linesDone = 0
  let lastLine = headerLine

  // While one batch is being written, the next is read, checked and prepared (hashes, encryption): the CPU work
  // of a batch overlaps the database work of the one before (decision 0084). Batches are still planned and
  // written one after the other, so a line can merge into a subject of any earlier batch.
  let writing: Promise<void> = Promise.resolve()
  const saveChunk = async (chunk: CsvRecord[]) => {
    const checked = validateChunk(header, chunk)
    const prepared = prepareRows(ctx.encryption, org, checked.rows, !options.dryRun)
    await writing
    writing = (async () => {
      summary.lines += checked.lines
      summary.failed += checked.failed
      report(checked.issues)
      linesDone += chunk.length
      if (prepared.length > 0)
        await saveBatch(ctx, actor, org, chunk, prepared, summary, options, dryRunOwners, report)
      options.onProgress?.({
        linesDone,
        imported: summary.imported,
        merged: summary.merged,
        failed: summary.failed,
      })
    })()
  }

  let chunk: CsvRecord[] = []
  try {
    for await (const record of records) {
      lastLine = record.line
      chunk.push(record)
      if (chunk.length >= batchSize) {
        await saveChunk(chunk)
        chunk = []
      }
    }
  } catch (error) {
    await writing
    if (!(error instanceof CsvEncodingError)) throw error
    // The lines read so far are kept; the rest of the file cannot be read.
    report([{ line: lastLine + 1, column: null, code: 'encoding', message: error.message }])
  }
  if (chunk.length > 0) await saveChunk(chunk)
  await writing
  summary.errors.sort((a, b) => a.line - b.line)
  return summary
}

/** Saves (or, on a dry run, plans) one batch of valid rows in its own transaction with its audit event. */
async function saveBatch(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  chunk: CsvRecord[],
  rows: PreparedRow[],
  summary: ImportSummary,
  options: ImportOptions,
  dryRunOwners: Map<string, string>,
  report: (issues: ImportIssue[]) => void,
) {
  summary.batches++
  try {
    if (options.dryRun) {
      const plan = await planBatch(ctx, org, rows, dryRunOwners, report)
      for (const identity of plan.identities) dryRunOwners.set(identity.lookupKey, identity.subjectId)
      count(summary, plan, rows.length)
      return
    }
    const plan = await inTransaction(ctx, async (ctx) => {
      const plan = await planBatch(ctx, org, rows, null, report)
      await writeBatch(ctx, org, plan)
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'subject.import_batch',
        targetType: 'subject',
        targetId: null,
        summary: {
          batch: summary.batches,
          lines: [chunk[0]?.line ?? 0, chunk.at(-1)?.line ?? 0],
          imported: plan.created.length,
          merged: plan.lines.length - plan.created.length,
          createdSubjectIds: plan.created,
          mergedSubjectIds: [...plan.merged],
          identitiesAdded: plan.identities.length,
        },
      })
      return plan
    })
    count(summary, plan, rows.length)
  } catch (error) {
    ctx.logger.error({ err: error, organizationId: org.id }, 'subject import batch failed')
    summary.failed += rows.length
    report(
      rows.map(({ row }) => ({ line: row.line, column: null, code: 'batch_not_saved', message: NOT_SAVED })),
    )
  }
}

/** The valid rows of a chunk, with the number of lines (blank ones left out), of invalid ones and their issues. */
function validateChunk(header: ImportHeader, chunk: CsvRecord[]) {
  const rows: ImportRow[] = []
  const issues: ImportIssue[] = []
  let lines = 0
  let failed = 0
  for (const record of chunk) {
    const result = readImportRow(header, record)
    if (result.kind === 'blank') continue
    lines++
    if (result.kind === 'invalid') {
      failed++
      issues.push(...result.issues)
    } else {
      rows.push(result.row)
    }
  }
  return { rows, lines, failed, issues }
}

function count(summary: ImportSummary, plan: BatchPlan, rows: number) {
  const imported = plan.lines.length
  const created = plan.created.length
  summary.imported += created
  summary.merged += imported - created
  summary.failed += rows - imported
}
