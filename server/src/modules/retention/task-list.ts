import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Queryable } from '../../db/queryable'
import { toBrusselsDate } from '../../domain/brussels-time'
import { NotFound } from '../../domain/errors'
import type { Language } from '../../domain/register/localized'
import { consentRenewalEnd } from '../../domain/retention/period'
import { subjectEventStart } from '../../domain/retention/subject-events'
import {
  IDENTITY_KINDS,
  type IdentityKind,
  maskEmail,
  maskReference,
  normaliseIdentity,
} from '../../domain/subjects/identity'
import { csvDocument } from '../../lib/csv'
import { findAction } from '../action-plan'
import { givenConsentsOfSubjects } from '../consent'
import type { Organization } from '../organizations'
import { findRequest } from '../requests'
import { searchIdentitiesBySubject, subjectNamesOf, subjectsByLifecycleDate } from '../subjects'
import { findRun, listLegalHolds, type RunRow } from './repository'
import type { SweepTarget } from './targets'

/**
 * The list a sweep task gives the person who does the work (decision 0110): the people whose period ended (a rule
 * counted from a subject event, on a system Custos cannot sweep itself) or the keys of the records a legal hold
 * keeps. Stored with the run: a person only as the link to the subject index (their name and identities are read
 * from the index when the list is shown, so a person erased since shows as erased, with nothing of them); a key to
 * keep encrypted and bound to the run. The list is deleted when its task is closed or cancelled (the run and its
 * counts are the proof). Shown masked behind login, in clear only in the CSV the person downloads (audited).
 */
export interface TaskIdentity {
  /** An identity kind of the index, or a search kind (client) */
  kind: string
  systemKey: string
  value: string
}
/**
 * A key to keep carries the held people whose record it is (stored encrypted with it): once none of them is under a
 * hold any more while the task is open, the list says the record is no longer to be kept. Lists stored before had no
 * people: their keys stay "to keep".
 */
export type TaskItem =
  | { kind: 'person'; subjectId: string }
  | { kind: 'keep'; key: string; subjects?: string[] }
/** A record a legal hold keeps, by key, with the held people whose record it is. */
export interface HeldKey {
  key: string
  subjects: string[]
}

/** People per page of the subject index read for a task's list. */
const PAGE = 500
/** Rows per insert of a task's list. */
const INSERT_CHUNK = 500

const dayOf = (value: string | Date) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10)

const itemContext = (runId: string) => `retention-run-item:${runId}`

/**
 * The people a subject-event rule makes due today on a system Custos cannot sweep: the subject index's people whose
 * event is before the cutoff, without the people under a legal hold and those whose consent renewed their period
 * (as the SQL sweep leaves them out). Empty for a rule counted from a date field: Custos does not know those records.
 */
export async function duePeople(
  ctx: AppContext,
  org: Organization,
  target: SweepTarget,
  heldSubjects: readonly string[],
  today: string,
): Promise<TaskItem[]> {
  const event = target.subjectEvent
  if (!event || !target.cutoff) return []
  const selection = {
    start: subjectEventStart(event),
    before: target.cutoff,
    from: null,
    exclude: [...heldSubjects],
  }
  const purpose = target.rule.consentPurpose
  const duration = target.rule.duration
  const items: TaskItem[] = []
  let after: string | null = null
  for (;;) {
    const people = await subjectsByLifecycleDate(ctx, org.id, selection, { after, limit: PAGE })
    const ids = people.map((p) => p.subjectId)
    const renewed = new Set<string>()
    if (purpose && duration && ids.length) {
      const consents = await givenConsentsOfSubjects(
        ctx,
        org.id,
        purpose,
        ids,
        new Date(`${today}T00:00:00Z`),
      )
      for (const [id, consent] of consents) if (consentRenewalEnd(consent, duration) >= today) renewed.add(id)
    }
    for (const subjectId of ids) if (!renewed.has(subjectId)) items.push({ kind: 'person', subjectId })
    const last = people[people.length - 1]
    if (!last || people.length < PAGE) return items
    after = last.subjectId
  }
}

/** Stores a task's list with its run (in the run's transaction). */
export async function insertTaskItems(
  db: Queryable,
  organizationId: string,
  runId: string,
  items: readonly TaskItem[],
  encrypt: (text: string, context: string) => string,
): Promise<void> {
  for (let start = 0; start < items.length; start += INSERT_CHUNK) {
    const chunk = items.slice(start, start + INSERT_CHUNK)
    await db
      .insertInto('retention_run_items')
      .values(
        chunk.map((item, i) => ({
          run_id: runId,
          seq: start + i + 1,
          organization_id: organizationId,
          kind: item.kind,
          subject_id: item.kind === 'person' ? item.subjectId : null,
          // A person: nothing but the link (read live from the index); a key to keep: the key, encrypted.
          item_encrypted: item.kind === 'person' ? '' : encrypt(JSON.stringify(item), itemContext(runId)),
        })),
      )
      .execute()
  }
}

/** A value as the rest of the UI masks it: an identity by its kind, a key like an e-mail address or a number. */
export function maskIdentity(identity: TaskIdentity): string {
  if (!(IDENTITY_KINDS as readonly string[]).includes(identity.kind)) return maskReference(identity.value)
  const normalised = normaliseIdentity({ ...identity, kind: identity.kind as IdentityKind })
  return normalised.ok ? normalised.value.masked : maskReference(identity.value)
}
export const maskKey = (key: string) => (key.includes('@') ? maskEmail(key) : maskReference(key))

export interface MaskedTaskItem {
  seq: number
  kind: 'person' | 'keep'
  /** The person in the subject index (null: a key to keep, or a person erased from the index since). */
  subjectId: string | null
  /** From the index when the list is read; null for a person erased since, or without subjects:read. */
  name: string | null
  identities: { kind: string; systemKey: string; masked: string }[]
  /** A key to keep, masked (null for a person). */
  key: string | null
  /** A key to keep whose people's legal holds have all ended since the task was made: no longer to be kept. */
  holdEnded: boolean
}

/** A person of the list as the index knows them now (nothing once erased), or a key to keep. */
type LiveItem =
  | { kind: 'person'; subjectId: string | null; name: string | null; identities: TaskIdentity[] }
  | { kind: 'keep'; key: string; holdEnded: boolean }

/**
 * The people under a legal hold in force today (a hold on them, or on one of their requests): a key to keep whose
 * people are none of them any more is no longer kept.
 */
async function heldNow(ctx: AppContext, org: Organization): Promise<Set<string>> {
  const holds = await listLegalHolds(ctx.db, org.id, toBrusselsDate(new Date()))
  const held = new Set(holds.flatMap((h) => (h.scope === 'subject' && h.subject_id ? [h.subject_id] : [])))
  for (const hold of holds)
    if (hold.scope === 'request' && hold.request_id) {
      const request = await findRequest(ctx.db, org.id, hold.request_id)
      if (request?.subject_id) held.add(request.subject_id)
    }
  return held
}

/** Deletes a task's list (its task was closed or cancelled): the run and its counts remain the proof. */
export async function deleteTaskItems(db: Queryable, runId: string): Promise<void> {
  await db.deleteFrom('retention_run_items').where('run_id', '=', runId).execute()
}

/** Whether the run's list is gone: its task was closed or cancelled (the list is deleted then, or at the next read). */
async function taskClosed(ctx: AppContext, org: Organization, run: RunRow): Promise<boolean> {
  if (run.status !== 'waiting') return run.via === 'task'
  if (!run.task_action_id) return false
  const task = await findAction(ctx.db, org.id, run.task_action_id)
  return !task || task.status === 'done' || task.status === 'cancelled'
}

async function readItems(ctx: AppContext, org: Organization, runId: string) {
  const run = await findRun(ctx.db, org.id, runId)
  if (!run) throw new NotFound('retention_run')
  if (await taskClosed(ctx, org, run)) {
    await deleteTaskItems(ctx.db, runId)
    return { run, items: [] as { seq: number; item: LiveItem }[], deleted: run.via === 'task' }
  }
  // Deleted under the rule for task lists while the task stayed open (own-data-lists.ts).
  if (run.list_purged_at) return { run, items: [] as { seq: number; item: LiveItem }[], deleted: true }
  const rows = await ctx.db
    .selectFrom('retention_run_items')
    .select(['seq', 'kind', 'subject_id', 'item_encrypted'])
    .where('organization_id', '=', org.id)
    .where('run_id', '=', runId)
    .orderBy('seq')
    .execute()
  const ids = rows.flatMap((r) => (r.kind === 'person' && r.subject_id ? [r.subject_id] : []))
  const held = rows.some((r) => r.kind === 'keep') ? await heldNow(ctx, org) : null
  const names = await subjectNamesOf(ctx, org.id, ids)
  // One query per page of people (was one per person).
  const identities = new Map<string, TaskIdentity[]>()
  for (let start = 0; start < ids.length; start += PAGE)
    for (const [id, found] of await searchIdentitiesBySubject(ctx, org.id, ids.slice(start, start + PAGE)))
      identities.set(
        id,
        found.map((i) => ({ kind: i.kind, systemKey: i.systemKey ?? '', value: i.value })),
      )
  const items = rows.map((r): { seq: number; item: LiveItem } => {
    if (r.kind === 'person') {
      // Never the stored copy: a person erased from the index shows as erased, with nothing of them.
      const id = r.subject_id && names.has(r.subject_id) ? r.subject_id : null
      return {
        seq: r.seq,
        item: {
          kind: 'person',
          subjectId: id,
          name: id ? (names.get(id) ?? null) : null,
          identities: id ? (identities.get(id) ?? []) : [],
        },
      }
    }
    const stored = JSON.parse(ctx.encryption.decrypt(r.item_encrypted, itemContext(runId))) as TaskItem
    if (stored.kind !== 'keep') return { seq: r.seq, item: { kind: 'keep', key: '', holdEnded: false } }
    // The holds on the record's people ended while the task is open: no longer to be kept (review: keep items).
    const holdEnded = stored.subjects?.length ? !stored.subjects.some((id) => held?.has(id)) : false
    return { seq: r.seq, item: { kind: 'keep', key: stored.key, holdEnded } }
  })
  return { run, items, deleted: false }
}

/**
 * A task's list as the page shows it: identities and keys masked; names only for a caller who may read the subject
 * index (`withNames`). `deleted`: the task was closed or cancelled and its list deleted.
 */
export async function maskedTaskItems(
  ctx: AppContext,
  org: Organization,
  runId: string,
  withNames: boolean,
): Promise<{ items: MaskedTaskItem[]; deleted: boolean; purgedAt: string | null }> {
  const { run, items, deleted } = await readItems(ctx, org, runId)
  return {
    deleted,
    purgedAt: run.list_purged_at ? new Date(run.list_purged_at).toISOString() : null,
    items: items.map(({ seq, item }) =>
      item.kind === 'person'
        ? {
            seq,
            kind: 'person',
            subjectId: item.subjectId,
            name: withNames ? item.name : null,
            identities: item.identities.map((i) => ({
              kind: i.kind,
              systemKey: i.systemKey,
              masked: maskIdentity(i),
            })),
            key: null,
            holdEnded: false,
          }
        : {
            seq,
            kind: 'keep',
            subjectId: null,
            name: null,
            identities: [],
            key: maskKey(item.key),
            holdEnded: item.holdEnded,
          },
    ),
  }
}

const HEADER: Record<Language, string[]> = {
  nl: ['nr', 'soort', 'naam', 'identiteiten', 'sleutel van het record'],
  fr: ['n°', 'type', 'nom', 'identités', 'clé de l’enregistrement'],
  en: ['no', 'kind', 'name', 'identities', 'record key'],
}
const ERASED: Record<Language, string> = {
  nl: 'gewist uit de personenindex',
  fr: 'effacée de l’index des personnes',
  en: 'erased from the subject index',
}
const KINDS: Record<Language, Record<TaskItem['kind'] | 'ended', string>> = {
  nl: {
    person: 'persoon wiens termijn verstreken is',
    keep: 'record om te bewaren (juridische blokkering)',
    ended: 'niet langer bewaren: de juridische blokkering is afgelopen',
  },
  fr: {
    person: 'personne dont la durée a expiré',
    keep: 'enregistrement à conserver (gel juridique)',
    ended: 'à ne plus conserver : le gel juridique a pris fin',
  },
  en: {
    person: 'person whose period ended',
    keep: 'record to keep (legal hold)',
    ended: 'no longer to be kept: the legal hold has ended',
  },
}

/**
 * The list in clear as CSV for the person who does the work, with an audit event (who downloaded which run's list,
 * how many items - never the items).
 */
export async function taskItemsCsv(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  runId: string,
  language: Language,
): Promise<{ csv: string; filename: string }> {
  const { run, items } = await readItems(ctx, org, runId)
  const csv = csvDocument(
    HEADER[language],
    items.map(({ seq, item }) =>
      item.kind === 'person'
        ? [
            seq,
            KINDS[language].person,
            item.subjectId ? item.name : ERASED[language],
            item.identities
              .map((i) => `${i.kind}${i.systemKey ? ` (${i.systemKey})` : ''}: ${i.value}`)
              .join('; '),
            null,
          ]
        : [seq, item.holdEnded ? KINDS[language].ended : KINDS[language].keep, null, null, item.key],
    ),
    { delimiter: ';' },
  )
  await inTransaction(ctx, (tx) =>
    recordAudit(tx.db, actor, {
      organizationId: org.id,
      action: 'retention.run_list_downloaded',
      targetType: 'retention_run',
      targetId: run.id,
      summary: {
        rule: run.rule_key,
        dataset: run.dataset_key,
        collection: run.collection,
        items: items.length,
      },
    }),
  )
  const filename = `retention-task-${run.rule_key}-${run.collection}-${dayOf(run.today)}.csv`.replace(
    /[^A-Za-z0-9._-]/g,
    '_',
  )
  return { csv, filename }
}
