import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { TxContext } from '../../context'
import type { Encryption } from '../../crypto/encryption'
import type { DB, Language } from '../../db/schema'
import { identityEncryptionContext } from '../../domain/subjects/identity'
import type { ImportIssue, ImportRow } from '../../domain/subjects/import-row'
import type { Organization } from '../organizations'
import { nameKeysOf, sealSubjectName } from './name-seal'
import { lookupKeyOf } from './presenter'
import * as repo from './repository'

/**
 * One batch of the subject import: each line matched to an existing subject (or an earlier line) by its
 * identities, the writes planned before anything is written, then written in the caller's transaction.
 */

interface RelationshipState {
  id: string
  key: string
  startedOn: string | null
  endedOn: string | null
}

interface SubjectState {
  id: string
  isNew: boolean
  language: Language | null
  relationships: RelationshipState[]
  events: Set<string>
}

/** Everything one batch will write, built before anything is written. */
export class BatchPlan {
  readonly newSubjects = new Map<string, repo.NewSubject>()
  readonly identities: repo.NewIdentity[] = []
  readonly relationships = new Map<string, repo.NewRelationship>()
  readonly relationshipUpdates = new Map<string, { startedOn: string | null; endedOn: string | null }>()
  readonly events: repo.NewEvent[] = []
  readonly languages = new Map<string, Language>()
  readonly touched = new Set<string>()
  readonly created: string[] = []
  readonly merged = new Set<string>()
  readonly lines: number[] = []
}

const eventKey = (kind: string, date: string) => `${kind}|${date}`

/**
 * A line with everything that needs only the CPU done before the database is asked: the blind index of each
 * identity, its value encrypted, and - should the line make a new subject - its id, name encrypted and name keys.
 * The import prepares the next batch while the previous one is being written.
 */
export interface PreparedRow {
  row: ImportRow
  identities: { identity: ImportRow['identities'][number]; key: string; valueEncrypted: string | null }[]
  newId: string
  name: { encrypted: string; keys: string[] } | null
}

/** Prepares lines for `planBatch`; on a dry run (`seal` false) nothing is encrypted. */
export function prepareRows(
  encryption: Encryption,
  org: Organization,
  rows: ImportRow[],
  seal: boolean,
): PreparedRow[] {
  return rows.map((row) => {
    const newId = randomUUID()
    return {
      row,
      identities: row.identities.map((identity) => ({
        identity,
        key: lookupKeyOf(encryption, identity),
        valueEncrypted: seal
          ? encryption.encrypt(identity.value, identityEncryptionContext(identity.kind))
          : null,
      })),
      newId,
      name:
        seal && row.name
          ? {
              encrypted: sealSubjectName(encryption, newId, row.name).encrypted,
              keys: nameKeysOf(encryption, org.id, row.name),
            }
          : null,
    }
  })
}

/** Matches each line to an existing subject (or an earlier line) by its identities, and plans the writes. */
export async function planBatch(
  ctx: { readonly db: Kysely<DB> },
  org: Organization,
  keyed: PreparedRow[],
  dryRunOwners: Map<string, string> | null,
  report: (issues: ImportIssue[]) => void,
): Promise<BatchPlan> {
  const allKeys = [...new Set(keyed.flatMap((k) => k.identities.map((i) => i.key)))]
  const owners = new Map<string, string>()
  for (const found of await repo.findIdentitiesByLookup(ctx.db, org.id, allKeys)) {
    owners.set(found.lookupKey, found.subjectId)
  }
  if (dryRunOwners) {
    for (const key of allKeys) {
      const owner = dryRunOwners.get(key)
      if (owner && !owners.has(key)) owners.set(key, owner)
    }
  }

  // What the matched subjects already have, so that a merge adds only what is missing.
  const existingIds = [...new Set(owners.values())]
  const states = new Map<string, SubjectState>()
  const subjects = await repo.listSubjectLanguages(ctx.db, org.id, existingIds)
  const relationships = await repo.listRelationshipsOf(ctx.db, org.id, existingIds)
  const events = await repo.listEventsOf(ctx.db, org.id, existingIds)
  for (const s of subjects) {
    states.set(s.id, {
      id: s.id,
      isNew: false,
      language: s.language,
      relationships: [],
      events: new Set(),
    })
  }
  for (const r of relationships) {
    states.get(r.subjectId)?.relationships.push({
      id: r.id,
      key: r.relationship,
      startedOn: r.startedOn,
      endedOn: r.endedOn,
    })
  }
  for (const e of events) states.get(e.subjectId)?.events.add(eventKey(e.kind, e.occurredOn))

  const plan = new BatchPlan()
  for (const prepared of keyed) {
    const { row, identities } = prepared
    const holders = identities.map((i) => owners.get(i.key))
    const first = identities.findIndex((_, index) => holders[index] !== undefined)
    const subjectId = first === -1 ? undefined : holders[first]
    const clash = identities.findIndex(
      (_, index) => holders[index] !== undefined && holders[index] !== subjectId,
    )
    if (clash !== -1) {
      report([
        {
          line: row.line,
          column: identities[clash]?.identity.column ?? null,
          code: 'identity_clash',
          params: { column: identities[first]?.identity.column ?? '' },
          message: `Belongs to another subject than the ${identities[first]?.identity.column} of this line; correct one of them`,
        },
      ])
      continue
    }
    let state = subjectId === undefined ? undefined : states.get(subjectId)
    if (subjectId !== undefined && !state) {
      // Planned by an earlier batch of a dry run: nothing of it is stored.
      state = { id: subjectId, isNew: true, language: null, relationships: [], events: new Set() }
      states.set(subjectId, state)
    }
    if (!state) {
      if (!row.name) {
        report([
          {
            line: row.line,
            column: 'name',
            code: 'name_required_new',
            message: 'Required for a new subject (no subject has the identities of this line yet)',
          },
        ])
        continue
      }
      state = {
        id: prepared.newId,
        isNew: true,
        language: row.language,
        relationships: [],
        events: new Set(),
      }
      states.set(state.id, state)
      plan.newSubjects.set(state.id, {
        id: state.id,
        organizationId: org.id,
        displayName: row.name,
        language: row.language,
        sealed: prepared.name ?? undefined,
      })
      plan.created.push(state.id)
    } else {
      plan.merged.add(state.id)
    }
    applyRow(org, plan, state, row, identities, owners)
    plan.lines.push(row.line)
  }
  return plan
}

function applyRow(
  org: Organization,
  plan: BatchPlan,
  state: SubjectState,
  row: ImportRow,
  identities: PreparedRow['identities'],
  owners: Map<string, string>,
) {
  let changed = false
  for (const { identity, key, valueEncrypted } of identities) {
    if (owners.has(key)) continue
    owners.set(key, state.id)
    plan.identities.push({
      id: randomUUID(),
      organizationId: org.id,
      subjectId: state.id,
      kind: identity.kind,
      systemKey: identity.systemKey,
      // Null on a dry run only, which writes nothing.
      valueEncrypted: valueEncrypted ?? '',
      valueMasked: identity.masked,
      lookupKey: key,
    })
    changed = true
  }
  if (row.language && state.language === null) {
    state.language = row.language
    const pending = plan.newSubjects.get(state.id)
    if (pending) pending.language = row.language
    else plan.languages.set(state.id, row.language)
    changed = true
  }
  if (row.relationship) {
    const { key, startedOn, endedOn } = row.relationship
    const match = state.relationships.find(
      (r) => r.key === key && (startedOn === null || r.startedOn === null || r.startedOn === startedOn),
    )
    if (!match) {
      const id = randomUUID()
      state.relationships.push({ id, key, startedOn, endedOn })
      plan.relationships.set(id, {
        id,
        organizationId: org.id,
        subjectId: state.id,
        relationship: key,
        startedOn,
        endedOn,
        note: null,
      })
      changed = true
    } else {
      const nextStart = match.startedOn ?? startedOn
      const nextEnd = endedOn ?? match.endedOn
      const consistent = !nextStart || !nextEnd || nextEnd >= nextStart
      if (consistent && (nextStart !== match.startedOn || nextEnd !== match.endedOn)) {
        match.startedOn = nextStart
        match.endedOn = nextEnd
        const pending = plan.relationships.get(match.id)
        if (pending) {
          pending.startedOn = nextStart
          pending.endedOn = nextEnd
        } else {
          plan.relationshipUpdates.set(match.id, { startedOn: nextStart, endedOn: nextEnd })
        }
        changed = true
      }
    }
  }
  for (const event of row.events) {
    const k = eventKey(event.kind, event.occurredOn)
    if (state.events.has(k)) continue
    state.events.add(k)
    plan.events.push({
      id: randomUUID(),
      organizationId: org.id,
      subjectId: state.id,
      kind: event.kind,
      occurredOn: event.occurredOn,
      note: null,
    })
    changed = true
  }
  if (changed && !state.isNew) plan.touched.add(state.id)
}

export async function writeBatch(ctx: TxContext, org: Organization, plan: BatchPlan) {
  const trx = ctx.db
  const encryption = ctx.encryption
  await repo.insertSubjects(trx, encryption, [...plan.newSubjects.values()])
  await repo.insertIdentities(trx, plan.identities)
  await repo.insertRelationships(trx, [...plan.relationships.values()])
  for (const [id, changes] of plan.relationshipUpdates)
    await repo.updateRelationship(trx, org.id, id, changes)
  await repo.insertEvents(trx, plan.events)
  for (const [id, language] of plan.languages) await repo.setSubjectLanguage(trx, org.id, id, language)
  await repo.touchSubjects(trx, org.id, [...plan.touched])
}
