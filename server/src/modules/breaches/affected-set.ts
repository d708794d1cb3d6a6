import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type Driver, type DueScan, NotADateColumn } from '../../connectors/driver'
import { isConnectionFailure, isStatementFailure } from '../../connectors/sql/connection-failure'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import {
  type AffectedQuery,
  type AffectedSet,
  identityFieldsOf,
  type PersonField,
  personFieldOf,
} from '../../domain/breaches'
import type { DatasetCollection } from '../../domain/datasets/schema'
import { keyOf } from '../../domain/datasets/write-plan'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import {
  cleanText,
  type IdentityInput,
  type IdentityKind,
  normaliseIdentity,
  SYSTEM_KINDS,
} from '../../domain/subjects/identity'
import { type Dataset, findDataset, listDatasets, openDriverForDataset } from '../datasets'
import type { Organization } from '../organizations'
import { subjectsWithIdentities } from '../subjects'
import { insertEvent, lockBreach, updateBreach } from './repository'
import { factsOf } from './stored'

/** Rows per read while counting the people: one short keyset statement each, no lock held. */
const PAGE = 2000
const COUNTABLE = new Set(['postgres', 'mysql'])

const notCountable = (path: string, message: string) =>
  new InvalidInput([{ path, code: 'invalid', message }], message, 'affected_set_not_countable')

const unreachable = () =>
  new Conflict(
    'affected_set_unreachable',
    'The system could not be read: test its connection on the datasets page, then count again.',
  )

const readRefused = () =>
  new Conflict(
    'affected_set_read_refused',
    "The system refused to read the collection: check that its table and fields still exist and that the connection's user may read them, then count again.",
  )

interface Target {
  dataset: Dataset
  collection: DatasetCollection
  person: PersonField
  scan: DueScan
}

/** The dataset, collection and filter of a query, checked against the organisation's datasets. */
async function targetOf(
  ctx: AppContext,
  org: Organization,
  query: AffectedQuery,
  where: 'body' | 'query' = 'body',
): Promise<Target> {
  const dataset = await findDataset(ctx.db, org.id, query.dataset)
  if (!dataset) {
    throw new InvalidInput(
      [{ path: `${where}.dataset`, code: 'unknown_reference', message: 'No dataset with this key.' }],
      'The organisation has no dataset with this key.',
    )
  }
  if (!COUNTABLE.has(dataset.connector)) {
    throw notCountable(
      `${where}.dataset`,
      'Custos counts through PostgreSQL and MariaDB/MySQL connections; an API or a manual system cannot be read whole.',
    )
  }
  const collection = dataset.document.collections.find((c) => c.name === query.collection)
  if (!collection) {
    throw new InvalidInput(
      [
        {
          path: `${where}.collection`,
          code: 'unknown_reference',
          message: 'The dataset has no such collection.',
        },
      ],
      'The dataset has no such collection.',
    )
  }
  const person = personFieldOf(dataset.document, collection)
  if (!person) {
    throw notCountable(
      `${where}.collection`,
      'No field of this collection identifies a person (an identity, or a reference to one) in the dataset.',
    )
  }
  if (!collection.primaryKey?.length) {
    throw notCountable(
      `${where}.collection`,
      'The collection needs a primary key in the dataset to be read in pages.',
    )
  }
  const filter = query.filter
  if (filter && !collection.fields.some((f) => f.name === filter.field)) {
    throw new InvalidInput(
      [{ path: 'body.filter.field', code: 'unknown_field', message: 'The collection has no such field.' }],
      'The collection has no such field.',
    )
  }
  return {
    dataset,
    collection,
    person,
    scan: {
      dateField: filter?.field ?? null,
      before: filter?.before ?? null,
      from: filter?.from ?? null,
      dateColumnOnly: true,
    },
  }
}

interface Scan {
  records: number
  people: number
  withoutPerson: number
  identities: IdentityInput[]
}

/** One identity value as the subject index would compare it (jan@x.be and Jan@X.be are one person); null: empty. */
function identityKey(kind: IdentityKind, value: unknown, systemKey: string): string | null {
  if (value === null || value === undefined) return null
  const raw = cleanText(String(value))
  if (raw === '') return null
  const result = normaliseIdentity({
    kind,
    value: raw,
    ...(SYSTEM_KINDS.includes(kind) ? { systemKey } : {}),
  })
  return `${kind}\u0000${result.ok ? result.value.lookupValue : raw}`
}

/**
 * Reads the rows of the query through the connector, read-only: the rows counted by the database, then the
 * identity fields page by page (primary-key order) for the distinct people and the identities to match.
 */
async function scanTarget(
  ctx: AppContext,
  target: Target,
  progress: (rowsRead: number) => Promise<void> = async () => {},
): Promise<Scan> {
  const { dataset, collection, person, scan } = target
  const fields = identityFieldsOf(collection, person)
  return withScanner(ctx, dataset, 'body.dataset', async (scanner) => {
    const records = await scanner.countDue(collection, scan)
    const people = new Set<string>()
    let withoutPerson = 0
    // The collection's own rows (a customer table): each row is someone, named by its first identity that is
    // filled in, else by its primary key. A table that refers to people (rentals): the reference names the person.
    const own = collection.fields.some((f) => f.name === person.field && f.identity)
    const ownFields = own
      ? fields.filter((f) => collection.fields.some((c) => c.name === f.field && c.identity))
      : []
    const identities = new Map<string, IdentityInput>()
    let after: unknown[] | null = null
    let read = 0
    for (;;) {
      const rows = await scanner.pageDue(
        collection,
        scan,
        after,
        PAGE,
        fields.map((f) => f.field),
      )
      for (const row of rows) {
        if (own) {
          const named = ownFields
            .map((f) => identityKey(f.kind, row[f.field], dataset.document.system))
            .find((k) => k !== null)
          people.add(named ?? `row\u0000${JSON.stringify(keyOf(collection, row))}`)
        } else {
          const named = identityKey(person.kind, row[person.field], dataset.document.system)
          if (named === null) withoutPerson += 1
          else people.add(named)
        }
        for (const f of fields) {
          const v = row[f.field]
          if (v === null || v === undefined || v === '') continue
          identities.set(`${f.kind}\u0000${String(v)}`, {
            kind: f.kind,
            value: String(v),
            // Customer and file numbers are this system's; an e-mail address or phone number is anyone's.
            ...(SYSTEM_KINDS.includes(f.kind) ? { systemKey: dataset.document.system } : {}),
          })
        }
      }
      read += rows.length
      await progress(read)
      const last = rows[rows.length - 1]
      if (!last || rows.length < PAGE) break
      after = keyOf(collection, last)
    }
    return { records, people: people.size, withoutPerson, identities: [...identities.values()] }
  })
}

type Scanner = NonNullable<Driver['retention']>

/**
 * Opens the dataset's connection, hands its read-only row scanner to `read` and closes the connection. A connection
 * that cannot be opened or reached is 409 `affected_set_unreachable`, a read the system refuses on a working
 * connection 409 `affected_set_read_refused`; one without a scanner is 422 on `datasetPath`;
 * a window on a column that is not a date is 422 on `body.filter.field`.
 */
async function withScanner<T>(
  ctx: AppContext,
  dataset: Dataset,
  datasetPath: string,
  read: (scanner: Scanner) => Promise<T>,
): Promise<T> {
  let driver: Driver
  try {
    driver = openDriverForDataset(ctx, dataset)
  } catch {
    throw unreachable()
  }
  try {
    const scanner = driver.retention
    if (!scanner) throw notCountable(datasetPath, 'This connection cannot count rows.')
    return await read(scanner)
  } catch (error) {
    if (error instanceof InvalidInput) throw error
    if (error instanceof NotADateColumn) {
      const message = 'This column is not a date or timestamp column: choose a date field of the collection.'
      throw new InvalidInput([{ path: 'body.filter.field', code: 'invalid', message }], message)
    }
    // Worded by what failed (review m11): the connection, a statement on a working connection, or anything else
    // (a 500 / a count failed with internal_error, logged).
    if (isConnectionFailure(error)) throw unreachable()
    if (isStatementFailure(error)) throw readRefused()
    throw error
  } finally {
    await driver.close()
  }
}

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
