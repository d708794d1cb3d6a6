import { createHash, randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Queryable } from '../../db/queryable'
import type { DncmFileDateSource } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { addDays, type IsoDate } from '../../domain/calendar-date'
import { InvalidInput } from '../../domain/errors'
import { dateInFileName, parseDncmLine, parseListDate } from '../../domain/suppression/normalise'
import { DNCM_MAX_AGE_DAYS, dncmUsableUntil } from '../../domain/suppression/verdict'
import type { Organization } from '../organizations'
import { identifierKey } from './keys'
import { type DncmImportRow, deleteOtherDncmImports, insertDncmBatch, insertDncmImport } from './repository'

/** Rows per insert statement (three array parameters, whatever the size). */
const BATCH = 10_000
/** Line problems reported back (all are counted). */
const REPORTED_PROBLEMS = 20

export interface DncmImportOptions {
  fileName: string
  /** The list's date as the importer states it (the day DNCM built it); else from the file name or its content. */
  fileDate?: string | undefined
  /** Where a refusal names the date: `querystring.fileDate` on HTTP, `--file-date` on the CLI. */
  fileDateField?: string
  now?: Date
}

export interface DncmImportSummary {
  consultation: DncmImportRow
  problems: { line: number; problem: 'invalid_number' | 'invalid_date' }[]
}

/** The file's lines as they arrive: bytes decoded as UTF-8 (digits and dates are ASCII), any line end. */
async function* linesOf(source: AsyncIterable<Uint8Array | string>, digest: ReturnType<typeof createHash>) {
  const decoder = new TextDecoder('utf-8')
  let rest = ''
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    digest.update(bytes)
    const text = rest + decoder.decode(bytes, { stream: true })
    const parts = text.split(/\r\n|\n|\r/)
    rest = parts.pop() ?? ''
    // A CR at the very end may be the first half of a CRLF: keep it for the next chunk.
    yield* parts
  }
  rest += decoder.decode()
  if (rest !== '') yield rest
}

class Refusal extends Error {
  constructor(
    readonly issue: InvalidInput,
    readonly record: { reason: string; fileDate: IsoDate | null; source: DncmFileDateSource | null },
  ) {
    super(issue.message)
  }
}

function staleRefusal(field: string, fileDate: IsoDate, source: DncmFileDateSource, today: IsoDate): Refusal {
  const usableUntil = dncmUsableUntil(fileDate)
  return new Refusal(
    new InvalidInput(
      [
        {
          path: field,
          code: 'dncm_file_stale',
          message: `The list of ${fileDate} may be used until ${usableUntil} (${DNCM_MAX_AGE_DAYS} days); download a new one.`,
          params: { fileDate, usableUntil, maxAgeDays: DNCM_MAX_AGE_DAYS, today },
        },
      ],
      `The DNCM file is older than ${DNCM_MAX_AGE_DAYS} days.`,
      'dncm_file_stale',
      { params: { fileDate, usableUntil, maxAgeDays: DNCM_MAX_AGE_DAYS, today } },
    ),
    { reason: 'stale', fileDate, source },
  )
}

/**
 * Imports the organisation's copy of the DNCM list from its file, read as it arrives: numbers normalised to
 * E.164, kept as keyed hashes with their registration date, inserted in batches of 10,000 in one transaction that
 * replaces the previous list. A list older than 5 days is refused (nothing changes); every consultation, refused
 * or not, is recorded with the file's SHA-256 as proof.
 */
export async function importDncmFile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  source: AsyncIterable<Uint8Array | string>,
  options: DncmImportOptions,
): Promise<DncmImportSummary> {
  const now = options.now ?? new Date()
  const startedAt = now
  const today = toBrusselsDate(now)
  const field = options.fileDateField ?? 'querystring.fileDate'
  const id = randomUUID()
  const fileName = options.fileName.slice(0, 255) || 'dncm.txt'
  let fileDate: IsoDate | null = null
  let dateSource: DncmFileDateSource | null = null
  if (options.fileDate !== undefined) {
    fileDate = parseListDate(options.fileDate)
    if (!fileDate)
      throw new InvalidInput([{ path: field, code: 'invalid_format', message: 'A date (YYYY-MM-DD).' }])
    dateSource = 'stated'
  } else {
    fileDate = dateInFileName(fileName)
    if (fileDate) dateSource = 'file_name'
  }
  const counts = { lines: 0, numbers: 0, duplicates: 0, rejected: 0 }
  let newest: IsoDate | null = null
  let sha256: string | null = null
  const problems: DncmImportSummary['problems'] = []
  const record = (status: 'completed' | 'refused', db: Queryable, refusal: string | null) =>
    insertDncmImport(db, {
      id,
      organizationId: org.id,
      status,
      fileName,
      fileDate,
      fileDateSource: dateSource,
      fileSha256: sha256,
      ...counts,
      newestRegistration: newest,
      refusal,
      importedBy: actor.label,
      startedAt,
    })
  try {
    if (fileDate && dateSource && dncmUsableUntil(fileDate) < today)
      throw staleRefusal(field, fileDate, dateSource, today)
    if (fileDate && fileDate > addDays(today, 1))
      throw new Refusal(
        new InvalidInput([
          {
            path: field,
            code: 'invalid_date',
            message: 'The list cannot be dated in the future.',
            params: { fileDate },
          },
        ]),
        { reason: 'future_date', fileDate, source: dateSource },
      )
    const consultation = await inTransaction(ctx, async (ctx) => {
      const key = await identifierKey(ctx.db, ctx.encryption, org.id)
      const digest = createHash('sha256')
      let hashes: string[] = []
      let dates: (string | null)[] = []
      const flush = async () => {
        if (hashes.length === 0) return
        const added = await insertDncmBatch(ctx.db, org.id, id, hashes, dates)
        counts.numbers += added
        counts.duplicates += hashes.length - added
        hashes = []
        dates = []
      }
      let first = true
      for await (const line of linesOf(source, digest)) {
        counts.lines++
        const parsed = parseDncmLine(line, first)
        first = false
        if (parsed.kind === 'number') {
          hashes.push(key.hash('phone', parsed.e164).toString('hex'))
          dates.push(parsed.registeredOn)
          if (parsed.registeredOn && (newest === null || parsed.registeredOn > newest))
            newest = parsed.registeredOn
          if (hashes.length >= BATCH) await flush()
        } else if (parsed.kind === 'problem') {
          counts.rejected++
          if (problems.length < REPORTED_PROBLEMS)
            problems.push({ line: counts.lines, problem: parsed.problem })
        }
      }
      await flush()
      sha256 = digest.digest('hex')
      if (counts.numbers === 0 || counts.rejected > counts.numbers)
        throw new Refusal(
          new InvalidInput(
            [
              {
                path: 'body',
                code: 'dncm_file_invalid',
                message: `${counts.numbers} numbers read, ${counts.rejected} lines not readable: this is not a DNCM list.`,
                params: { numbers: counts.numbers, rejected: counts.rejected },
              },
            ],
            'The file is not a DNCM list (a phone number and its registration date per line).',
            'dncm_file_invalid',
          ),
          { reason: 'invalid', fileDate, source: dateSource },
        )
      if (!fileDate) {
        // Without a stated date, the list is at least as old as its newest registration.
        fileDate = newest
        dateSource = newest ? 'newest_registration' : null
        if (!fileDate)
          throw new Refusal(
            new InvalidInput([
              {
                path: field,
                code: 'required',
                message: 'The file has no registration dates and no date in its name: state the list’s date.',
              },
            ]),
            { reason: 'no_date', fileDate: null, source: null },
          )
        if (dncmUsableUntil(fileDate) < today)
          throw staleRefusal(field, fileDate, 'newest_registration', today)
      }
      await deleteOtherDncmImports(ctx.db, org.id, id)
      const row = await record('completed', ctx.db, null)
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'dncm.imported',
        targetType: 'dncm_import',
        targetId: id,
        summary: { fileName, fileDate, fileDateSource: dateSource, sha256, ...counts },
      })
      return row
    })
    return { consultation, problems }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    // The refused consultation is kept too (its own transaction: the import's was rolled back).
    fileDate = error.record.fileDate
    dateSource = error.record.source
    await inTransaction(ctx, async (ctx) => {
      await record('refused', ctx.db, error.record.reason)
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'dncm.import_refused',
        targetType: 'dncm_import',
        targetId: id,
        summary: { fileName, fileDate, reason: error.record.reason, sha256, ...counts },
      })
    })
    throw error.issue
  }
}
