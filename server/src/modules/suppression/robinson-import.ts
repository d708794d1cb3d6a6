import { createHash, randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Queryable } from '../../db/queryable'
import { toBrusselsDate } from '../../domain/brussels-time'
import { addDays, type IsoDate } from '../../domain/calendar-date'
import { InvalidInput } from '../../domain/errors'
import { dateInFileName, parseListDate } from '../../domain/suppression/normalise'
import {
  parseRobinsonRecord,
  ROBINSON_COLUMNS,
  type RobinsonHeader,
  robinsonHeader,
} from '../../domain/suppression/robinson'
import { readCsv } from '../../lib/csv'
import type { Organization } from '../organizations'
import { identifierKey } from './keys'
import {
  deleteOtherRobinsonImports,
  insertRobinsonBatch,
  insertRobinsonImport,
  type RobinsonImportRow,
} from './repository'

/** Rows per insert statement (one array parameter, whatever the size). */
const BATCH = 10_000
/** Line problems reported back (all are counted). */
const REPORTED_PROBLEMS = 20

export type RobinsonProblem = 'invalid_name' | 'invalid_address' | 'unreadable'

export interface RobinsonImportOptions {
  fileName: string
  /** The list's date as the importer states it; else a date in the file name; else unknown. */
  fileDate?: string | undefined
  /** Where a refusal names the date: `querystring.fileDate` on HTTP, `--file-date` on the CLI. */
  fileDateField?: string
  charset?: string | undefined
  now?: Date
}

export interface RobinsonImportSummary {
  consultation: RobinsonImportRow
  problems: { line: number; problem: RobinsonProblem }[]
}

/** The bytes as they arrive, hashed on the way (the SHA-256 kept as proof is of the file as received). */
async function* hashed(source: AsyncIterable<Uint8Array | string>, digest: ReturnType<typeof createHash>) {
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    digest.update(bytes)
    yield bytes
  }
}

class Refusal extends Error {
  constructor(
    readonly issue: InvalidInput,
    readonly reason: 'invalid' | 'header' | 'future_date',
  ) {
    super(issue.message)
  }
}

/**
 * Imports the organisation's copy of the Robinson Mail list (decision 0086) from a CSV file with a header, read as
 * it arrives: each line's name and postal address normalised and kept only as a keyed hash, inserted in batches of
 * 10,000 in one transaction that replaces the previous list. Every consultation, refused or not, is recorded with
 * the file's SHA-256 as proof. The facts give no freshness rule for this list (unlike the DNCM's 5 days), so an
 * old file is not refused; its date is kept and shown.
 */
export async function importRobinsonFile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  source: AsyncIterable<Uint8Array | string>,
  options: RobinsonImportOptions,
): Promise<RobinsonImportSummary> {
  const now = options.now ?? new Date()
  const today = toBrusselsDate(now)
  const field = options.fileDateField ?? 'querystring.fileDate'
  const id = randomUUID()
  const fileName = options.fileName.slice(0, 255) || 'robinson.csv'
  let fileDate: IsoDate | null = null
  if (options.fileDate !== undefined) {
    fileDate = parseListDate(options.fileDate)
    if (!fileDate)
      throw new InvalidInput([{ path: field, code: 'invalid_format', message: 'A date (YYYY-MM-DD).' }])
  } else fileDate = dateInFileName(fileName)
  const counts = { lines: 0, entries: 0, duplicates: 0, rejected: 0 }
  let sha256: string | null = null
  const problems: RobinsonImportSummary['problems'] = []
  const record = (status: 'completed' | 'refused', db: Queryable, refusal: string | null) =>
    insertRobinsonImport(db, {
      id,
      organizationId: org.id,
      status,
      fileName,
      fileDate,
      fileSha256: sha256,
      ...counts,
      refusal,
      importedBy: actor.label,
      startedAt: now,
    })
  const digest = createHash('sha256')
  try {
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
        'future_date',
      )
    const consultation = await inTransaction(ctx, async (ctx) => {
      const key = await identifierKey(ctx.db, ctx.encryption, org.id)
      const records = readCsv(hashed(source, digest), options.charset ? { charset: options.charset } : {})
      let hashes: string[] = []
      const flush = async () => {
        if (hashes.length === 0) return
        const added = await insertRobinsonBatch(ctx.db, org.id, id, hashes)
        counts.entries += added
        counts.duplicates += hashes.length - added
        hashes = []
      }
      const problem = (line: number, p: RobinsonProblem) => {
        counts.rejected++
        if (problems.length < REPORTED_PROBLEMS) problems.push({ line, problem: p })
      }
      let header: RobinsonHeader | undefined
      for await (const r of records) {
        if (header === undefined) {
          const found = r.problem ? null : robinsonHeader(r.fields)
          if (found === null)
            throw new Refusal(
              new InvalidInput(
                [
                  {
                    path: 'body',
                    code: 'robinson_header_invalid',
                    message:
                      'The header line names no name column (name, naam, nom or a last name) and street column (address, adres, adresse, straat, rue).',
                    params: {
                      accepted: [
                        ...ROBINSON_COLUMNS.name,
                        ...ROBINSON_COLUMNS.lastName,
                        ...ROBINSON_COLUMNS.street,
                      ],
                    },
                  },
                ],
                'The Robinson file has no header with a name and an address column.',
                'robinson_header_invalid',
              ),
              'header',
            )
          header = found
          continue
        }
        counts.lines++
        if (r.problem) {
          problem(r.line, 'unreadable')
          continue
        }
        const parsed = parseRobinsonRecord(header, r.fields)
        if (parsed.kind === 'entry') {
          hashes.push(key.hash('robinson', parsed.key).toString('hex'))
          if (hashes.length >= BATCH) await flush()
        } else if (parsed.kind === 'problem') problem(r.line, parsed.problem)
      }
      await flush()
      sha256 = digest.digest('hex')
      if (counts.entries === 0 || counts.rejected > counts.entries)
        throw new Refusal(
          new InvalidInput(
            [
              {
                path: 'body',
                code: 'robinson_file_invalid',
                message: `${counts.entries} people read, ${counts.rejected} lines not readable: this is not a Robinson list.`,
                params: { entries: counts.entries, rejected: counts.rejected },
              },
            ],
            'The file is not a Robinson list (a name and a postal address per line).',
            'robinson_file_invalid',
          ),
          'invalid',
        )
      await deleteOtherRobinsonImports(ctx.db, org.id, id)
      const row = await record('completed', ctx.db, null)
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'robinson.imported',
        targetType: 'robinson_import',
        targetId: id,
        summary: { fileName, fileDate, sha256, ...counts },
      })
      return row
    })
    return { consultation, problems }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    // The refused consultation is kept too (without a SHA-256 when refused before the whole file was read) (its own transaction: the import's was rolled back).
    await inTransaction(ctx, async (ctx) => {
      await record('refused', ctx.db, error.reason)
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'robinson.import_refused',
        targetType: 'robinson_import',
        targetId: id,
        summary: { fileName, fileDate, reason: error.reason, sha256, ...counts },
      })
    })
    throw error.issue
  }
}
