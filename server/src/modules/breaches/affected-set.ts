import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import { type AffectedQuery, type AffectedSet, personFieldOf } from '../../domain/breaches'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import { listDatasets } from '../datasets'
import type { Organization } from '../organizations'
import { subjectsWithIdentities } from '../subjects'
import { scanTarget } from './affected-scan'
import { COUNTABLE, targetOf, withScanner } from './affected-target'
import { insertEvent, lockBreach, updateBreach } from './repository'
import { factsOf } from './stored'

/**
 * Checks a count's query against the organisation's datasets and the window's column against the system's
 * catalogue (422 naming `body.dataset`, `body.collection` or `body.filter.field`) without reading its rows: what the
 * POST refuses before a count is queued.
 */
export async function checkAffectedQuery(
  ctx: AppContext,
  org: Organization,
  query: AffectedQuery,
): Promise<void> {
  const { dataset, collection } = await targetOf(ctx, org, query)
  const field = query.filter?.field
  if (!field) return
  // A window on a column that is not a date is refused now, from the system's catalogue (one read); a system that
  // cannot be read now is left to the count, which fails with affected_set_unreachable.
  const dates = await withScanner(ctx, dataset, 'body.dataset', (scanner) =>
    scanner.dateColumns(collection),
  ).catch((error: unknown) => {
    if (error instanceof Conflict) return null
    throw error
  })
  if (dates && !dates.includes(field)) {
    const message = 'This column is not a date or timestamp column: choose a date field of the collection.'
    throw new InvalidInput([{ path: 'body.filter.field', code: 'invalid', message }], message)
  }
}

/**
 * Counts the people and records of a query through a connector, read-only (this organisation's dataset); `progress`
 * hears the rows read so far after each page. The set as it will be kept, with when and by whom.
 */
export async function computeAffectedSet(
  ctx: AppContext,
  org: Organization,
  query: AffectedQuery,
  computedBy: string,
  progress: (rowsRead: number) => Promise<void> = async () => {},
  now: () => Date = () => new Date(),
): Promise<AffectedSet> {
  const target = await targetOf(ctx, org, query)
  const scan = await scanTarget(ctx, target, progress)
  const inIndex = (await subjectsWithIdentities(ctx, org.id, scan.identities)).length
  return {
    dataset: target.dataset.key,
    datasetName: target.dataset.name,
    system: target.dataset.systemKey,
    collection: target.collection.name,
    filter: query.filter
      ? { field: query.filter.field, from: query.filter.from ?? null, before: query.filter.before ?? null }
      : null,
    personField: target.person.field,
    identityKind: target.person.kind,
    people: scan.people,
    withoutPerson: scan.withoutPerson,
    records: scan.records,
    inIndex,
    computedAt: now().toISOString(),
    computedBy,
  }
}

/**
 * Keeps a count with the breach: what was queried, when and by whom, and the approximate numbers it gives; a person
 * can still enter other numbers, and the breach then says which is which. Refused once the breach is closed.
 */
export async function keepAffectedSet(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  set: AffectedSet,
): Promise<void> {
  await inTransaction(ctx, (tx) => keepAffectedSetIn(tx, actor, org, id, set))
}

/** The same inside the caller's transaction (a count's worker keeps it only while its count is still running). */
export async function keepAffectedSetIn(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  id: string,
  set: AffectedSet,
): Promise<void> {
  const row = await lockBreach(ctx.db, org.id, id)
  if (!row) throw new NotFound('breach')
  if (row.status === 'closed') throw new Conflict('breach_closed', 'The breach is closed.')
  const facts = factsOf(row)
  await updateBreach(ctx.db, org.id, id, {
    record: {
      ...facts,
      peopleApprox: set.people,
      recordsApprox: set.records,
      affectedSet: set,
    } as unknown as Record<string, unknown>,
  })
  await insertEvent(ctx.db, {
    organizationId: org.id,
    breachId: id,
    kind: 'affected_counted',
    at: new Date(set.computedAt),
    decidedBy: null,
    recordedBy: actor.label,
    data: {
      key: 'affected_counted',
      dataset: set.dataset,
      datasetName: set.datasetName,
      collection: set.collection,
      people: set.people,
      records: set.records,
      inIndex: set.inIndex,
    },
  })
  await recordAudit(ctx.db, actor, {
    organizationId: org.id,
    action: 'breach.updated',
    targetType: 'breach',
    targetId: id,
    summary: {
      reference: row.reference,
      changed: ['peopleApprox', 'recordsApprox', 'affectedSet'],
      dataset: set.dataset,
      collection: set.collection,
      people: set.people,
      records: set.records,
    },
  })
}

/**
 * The subjects of the index among the people of the breach's last count, read again now (the system may have
 * changed since): the letters' recipients when the affected set is a query.
 */
export async function affectedSubjects(
  ctx: AppContext,
  org: Organization,
  set: AffectedSet,
): Promise<string[]> {
  const target = await targetOf(ctx, org, {
    dataset: set.dataset,
    collection: set.collection,
    ...(set.filter
      ? {
          filter: {
            field: set.filter.field,
            ...(set.filter.from ? { from: set.filter.from } : {}),
            ...(set.filter.before ? { before: set.filter.before } : {}),
          },
        }
      : {}),
  })
  const scan = await scanTarget(ctx, target)
  return subjectsWithIdentities(ctx, org.id, scan.identities)
}

/** The datasets a count can go through, with each collection's person field (null: people cannot be counted). */
export async function affectedSources(ctx: AppContext, org: Organization) {
  return (await listDatasets(ctx.db, org.id))
    .filter((d) => COUNTABLE.has(d.connector))
    .map((d) => ({
      dataset: d.key,
      name: d.name,
      system: d.systemKey,
      collections: d.document.collections.map((c) => ({
        name: c.name,
        personField: c.primaryKey?.length ? (personFieldOf(d.document, c)?.field ?? null) : null,
        fields: c.fields.map((f) => f.name),
        dateField: c.dateField ?? null,
      })),
    }))
}

/**
 * The fields of a collection a count's window can use: those the connector's catalogue says are date or timestamp
 * columns (a window on a text or number column would mean nothing), in the dataset's order. Read-only.
 */
export async function affectedDateFields(
  ctx: AppContext,
  org: Organization,
  query: { dataset: string; collection: string },
): Promise<string[]> {
  const { dataset, collection } = await targetOf(ctx, org, query, 'query')
  return withScanner(ctx, dataset, 'query.dataset', async (scanner) => {
    const dates = new Set(await scanner.dateColumns(collection))
    return collection.fields.filter((f) => dates.has(f.name)).map((f) => f.name)
  })
}
