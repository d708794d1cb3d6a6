import { type Driver, type DueScan, NotADateColumn } from '../../connectors/driver'
import { isConnectionFailure, isStatementFailure } from '../../connectors/sql/connection-failure'
import type { AppContext } from '../../context'
import { type AffectedQuery, type PersonField, personFieldOf } from '../../domain/breaches'
import type { DatasetCollection } from '../../domain/datasets/schema'
import { Conflict, InvalidInput } from '../../domain/errors'
import { type Dataset, findDataset, openDriverForDataset } from '../datasets'
import type { Organization } from '../organizations'

/** What a count reads: its dataset, collection and window checked, and the connector's read-only row scanner. */

/** The connectors a count can read whole. */
export const COUNTABLE = new Set(['postgres', 'mysql'])

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

export interface Target {
  dataset: Dataset
  collection: DatasetCollection
  person: PersonField
  scan: DueScan
}

/** The dataset, collection and filter of a query, checked against the organisation's datasets. */
export async function targetOf(
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

export type Scanner = NonNullable<Driver['retention']>

/**
 * Opens the dataset's connection, hands its read-only row scanner to `read` and closes the connection. A connection
 * that cannot be opened or reached is 409 `affected_set_unreachable`, a read the system refuses on a working
 * connection 409 `affected_set_read_refused`; one without a scanner is 422 on `datasetPath`;
 * a window on a column that is not a date is 422 on `body.filter.field`.
 */
export async function withScanner<T>(
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
