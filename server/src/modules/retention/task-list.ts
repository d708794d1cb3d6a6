import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Queryable } from '../../db/queryable'
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
import { givenConsentsOfSubjects } from '../consent'
import type { Organization } from '../organizations'
import { searchIdentitiesOfSubjects, subjectNamesOf, subjectsByLifecycleDate } from '../subjects'
import { findRun } from './repository'
import type { SweepTarget } from './targets'

/**
 * The list a sweep task gives the person who does the work (decision 0110): the people whose period ended (a rule
 * counted from a subject event, on a system Custos cannot sweep itself) or the keys of the records a legal hold
 * keeps. Stored with the run, each item encrypted and bound to the run; shown masked behind login, in clear only in
 * the CSV the person downloads (audited).
 */
export interface TaskIdentity {
  /** An identity kind of the index, or a search kind (client) */
  kind: string
  systemKey: string
  value: string
}
export type TaskItem =
  | { kind: 'person'; subjectId: string; name: string | null; identities: TaskIdentity[] }
  | { kind: 'keep'; key: string }

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
    const open = ids.filter((id) => !renewed.has(id))
    const names = await subjectNamesOf(ctx, org.id, open)
    for (const subjectId of open) {
      const identities = await searchIdentitiesOfSubjects(ctx, org.id, [subjectId])
      items.push({
        kind: 'person',
        subjectId,
        name: names.get(subjectId) ?? null,
        identities: identities.map((i) => ({ kind: i.kind, systemKey: i.systemKey ?? '', value: i.value })),
      })
    }
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
          item_encrypted: encrypt(JSON.stringify(item), itemContext(runId)),
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
  name: string | null
  identities: { kind: string; systemKey: string; masked: string }[]
  /** A key to keep, masked (null for a person). */
  key: string | null
}

async function readItems(ctx: AppContext, org: Organization, runId: string) {
  const run = await findRun(ctx.db, org.id, runId)
  if (!run) throw new NotFound('retention_run')
  const rows = await ctx.db
    .selectFrom('retention_run_items')
    .select(['seq', 'subject_id', 'item_encrypted'])
    .where('organization_id', '=', org.id)
    .where('run_id', '=', runId)
    .orderBy('seq')
    .execute()
  const items = rows.map((r) => ({
    seq: r.seq,
    subjectId: r.subject_id,
    item: JSON.parse(ctx.encryption.decrypt(r.item_encrypted, itemContext(runId))) as TaskItem,
  }))
  return { run, items }
}

/** A task's list as the page shows it: names, identities and keys masked. */
export async function maskedTaskItems(
  ctx: AppContext,
  org: Organization,
  runId: string,
): Promise<MaskedTaskItem[]> {
  const { items } = await readItems(ctx, org, runId)
  return items.map(({ seq, subjectId, item }) =>
    item.kind === 'person'
      ? {
          seq,
          kind: 'person',
          subjectId,
          name: item.name,
          identities: item.identities.map((i) => ({
            kind: i.kind,
            systemKey: i.systemKey,
            masked: maskIdentity(i),
          })),
          key: null,
        }
      : { seq, kind: 'keep', subjectId: null, name: null, identities: [], key: maskKey(item.key) },
  )
}

const HEADER: Record<Language, string[]> = {
  nl: ['nr', 'soort', 'naam', 'identiteiten', 'sleutel van het record'],
  fr: ['n°', 'type', 'nom', 'identités', 'clé de l’enregistrement'],
  en: ['no', 'kind', 'name', 'identities', 'record key'],
}
const KINDS: Record<Language, Record<TaskItem['kind'], string>> = {
  nl: { person: 'persoon wiens termijn verstreken is', keep: 'record om te bewaren (juridische blokkering)' },
  fr: { person: 'personne dont la durée a expiré', keep: 'enregistrement à conserver (gel juridique)' },
  en: { person: 'person whose period ended', keep: 'record to keep (legal hold)' },
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
            item.name,
            item.identities
              .map((i) => `${i.kind}${i.systemKey ? ` (${i.systemKey})` : ''}: ${i.value}`)
              .join('; '),
            null,
          ]
        : [seq, KINDS[language].keep, null, null, item.key],
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
