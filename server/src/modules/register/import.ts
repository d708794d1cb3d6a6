import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { RegisterEntryKind } from '../../db/schema'
import { InvalidInput } from '../../domain/errors'
import { parseRegisterText, validateRegister } from '../../domain/register/parse'
import type { RegisterDocument } from '../../domain/register/schema'
import { counted } from '../../lib/plural'
import { type Organization, updateOrganization } from '../organizations'
import { changesBetween } from './changes'
import { entriesOf } from './document'
import { organizationFieldsChangedBy } from './organization-changes'
import { organizationColumnsOf } from './organization-section'
import { storedNoticeSettings } from './organization-stored'
import { deleteEntryRow, insertEntry, listEntries, recordVersion, updateEntryData } from './repository'

export interface ImportOptions {
  /** merge: entries not in the file stay; replace: they are deleted (their history stays). */
  mode: 'merge' | 'replace'
  dryRun: boolean
}

interface EntryRef {
  kind: RegisterEntryKind
  key: string
}

export interface ImportReport {
  dryRun: boolean
  mode: 'merge' | 'replace'
  organizationChanged: string[]
  created: EntryRef[]
  updated: EntryRef[]
  deleted: EntryRef[]
  unchanged: number
}

/**
 * Applies a validated register document in one transaction: each created, changed or deleted entry gets a
 * version, the organisation profile is updated, and one audit event sums it up. A dry run reports the same
 * without writing anything.
 */
export async function importRegister(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  doc: RegisterDocument,
  options: ImportOptions,
): Promise<ImportReport> {
  return inTransaction(ctx, async (ctx) => {
    const trx = ctx.db
    const stored = await listEntries(trx, org.id)
    const byId = new Map(stored.map((e) => [`${e.kind}/${e.key}`, e]))
    const incoming = entriesOf(doc)
    const incomingIds = new Set(incoming.map((e) => `${e.kind}/${e.key}`))
    const report: ImportReport = {
      dryRun: options.dryRun,
      mode: options.mode,
      organizationChanged: organizationFieldsChangedBy(org, doc),
      created: [],
      updated: [],
      deleted: [],
      unchanged: 0,
    }
    const write = !options.dryRun
    for (const entry of incoming) {
      const existing = byId.get(`${entry.kind}/${entry.key}`)
      const ref = { kind: entry.kind, key: entry.key }
      if (!existing) {
        report.created.push(ref)
        if (write) {
          await insertEntry(trx, { organizationId: org.id, ...entry })
          await recordVersion(trx, actor, {
            organizationId: org.id,
            ...ref,
            version: 1,
            change: 'created',
            data: entry.data,
            previous: null,
          })
        }
      } else if (changesBetween(existing.data, entry.data).length > 0) {
        report.updated.push(ref)
        if (write) {
          const version = existing.version + 1
          await updateEntryData(trx, {
            organizationId: org.id,
            ...ref,
            data: entry.data,
            version,
            position: entry.position,
          })
          await recordVersion(trx, actor, {
            organizationId: org.id,
            ...ref,
            version,
            change: 'updated',
            data: entry.data,
            previous: existing.data,
          })
        }
      } else {
        report.unchanged++
        if (write && existing.position !== entry.position) {
          await updateEntryData(trx, {
            organizationId: org.id,
            ...ref,
            data: existing.data,
            version: existing.version,
            position: entry.position,
          })
        }
      }
    }
    if (options.mode === 'replace') {
      for (const existing of stored.filter((e) => !incomingIds.has(`${e.kind}/${e.key}`))) {
        report.deleted.push({ kind: existing.kind, key: existing.key })
        if (write) {
          await deleteEntryRow(trx, org.id, existing.kind, existing.key)
          await recordVersion(trx, actor, {
            organizationId: org.id,
            kind: existing.kind,
            key: existing.key,
            version: existing.version + 1,
            change: 'deleted',
            data: null,
            previous: existing.data,
          })
        }
      }
    }
    if (write && report.organizationChanged.length > 0) {
      await updateOrganization(trx, org.id, {
        ...organizationColumnsOf(doc.organization),
        notice_settings: storedNoticeSettings.serialize(doc.notice),
      })
    }
    if (write) {
      await recordAudit(trx, actor, {
        organizationId: org.id,
        action: 'register.imported',
        targetType: 'register',
        targetId: org.slug,
        summary: {
          mode: options.mode,
          organizationChanged: report.organizationChanged,
          created: report.created.length,
          updated: report.updated.length,
          deleted: report.deleted.length,
          unchanged: report.unchanged,
        },
      })
    }
    return report
  })
}

/**
 * Imports a register file as uploaded: YAML text or a parsed JSON object. A file with problems is refused as a
 * whole (register_file_invalid) naming every problem with its path under `file` and its line.
 */
export async function importRegisterFile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  file: string | Record<string, unknown>,
  options: ImportOptions,
): Promise<ImportReport> {
  const parsed = typeof file === 'string' ? parseRegisterText(file) : validateRegister(file)
  if (!parsed.ok) {
    throw new InvalidInput(
      parsed.problems.map((p) => ({
        path: p.path ? `file.${p.path}` : 'file',
        message: p.line ? `line ${p.line}: ${p.message}` : p.message,
        code: p.code,
        ...(p.params ? { params: p.params } : {}),
        ...(p.line ? { line: p.line } : {}),
      })),
      `The register file has ${counted('en', parsed.problems.length, { one: 'problem', other: 'problems' })}; nothing was imported.`,
      'register_file_invalid',
      { params: { problems: parsed.problems.length } },
    )
  }
  return importRegister(ctx, actor, org, parsed.document, options)
}
