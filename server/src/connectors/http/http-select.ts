import type { DatasetCollection, DatasetField } from '../../domain/datasets/schema'
import type { Match, Row } from '../driver'
import { endpointPlaceholders, endpointRequest } from './endpoint-request'
import { HttpConnectorError } from './errors'
import type { HttpClient } from './http-client'
import { type Pagination, readPages } from './pagination'
import { getPath } from './paths'
import { fieldNamed, fieldPath, itemToRow, RowSet, sameValue } from './rows'

export interface SelectContext {
  client: HttpClient
  baseUrl: string
  pagination: Pagination
  maxPages?: number
}

/** The placeholder names a field's value fills: the field name, and the identity kind it holds ({email}). */
export function namesOf(field: DatasetField): string[] {
  return field.identity && field.identity !== field.name ? [field.name, field.identity] : [field.name]
}

/**
 * Rows of an API collection where any match holds. The read endpoint is called once per searched value with its
 * placeholders filled, every page followed; an endpoint without placeholders lists everything once. Items are
 * kept only when their value equals the searched one (an item without the field is taken as the API's answer for
 * that value, e.g. notes listed under /contacts/{contact_id}/notes).
 */
export async function selectRows(
  context: SelectContext,
  collection: DatasetCollection,
  matches: Match[],
  fields?: string[],
): Promise<Row[]> {
  const read = collection.http?.read
  if (!read) throw new HttpConnectorError(`${collection.name} has no read endpoint in the dataset`)
  const wanted = fields ?? collection.fields.map((f) => f.name)
  for (const name of wanted) fieldNamed(collection, name)
  const searches = matches
    .map((match) => ({ field: fieldNamed(collection, match.field), values: distinct(match.values) }))
    .filter((search) => search.values.length > 0)
  if (searches.length === 0) return []

  const rows = new RowSet(collection)
  const used = endpointPlaceholders(read)
  const pages = (values: Map<string, unknown>) =>
    readPages(context.client, endpointRequest(context.baseUrl, read, values), {
      pagination: context.pagination,
      itemsPath: read.itemsPath,
      notFoundIsEmpty: read.path.includes('{'),
      maxPages: context.maxPages,
    })

  if (used.size === 0) {
    for await (const items of pages(new Map()))
      for (const item of items)
        if (searches.some((s) => s.values.some((v) => sameValue(getPath(item, fieldPath(s.field)), v))))
          rows.add(itemToRow(collection, item))
    return rows.project(wanted)
  }

  const usable = searches.filter((s) => namesOf(s.field).some((name) => used.has(name)))
  if (usable.length === 0)
    throw new HttpConnectorError(
      `${collection.name} cannot be searched by ${searches.map((s) => s.field.name).join(', ')}: ` +
        `its read endpoint has no ${searches.map((s) => `{${s.field.name}}`).join(' or ')} placeholder`,
    )
  for (const { field, values } of usable) {
    for (const value of values) {
      for await (const items of pages(new Map(namesOf(field).map((name) => [name, value])))) {
        for (const item of items) {
          const itemValue = getPath(item, fieldPath(field))
          if (itemValue !== undefined && !sameValue(itemValue, value)) continue
          const row = itemToRow(collection, item)
          if (itemValue === undefined) row[field.name] = value
          rows.add(row)
        }
      }
    }
  }
  return rows.project(wanted)
}

/** Searched values without repeats and without empty ones (an empty value would search for everything). */
function distinct(values: unknown[]): unknown[] {
  const seen = new Set<string>()
  const result: unknown[] = []
  for (const value of values) {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue
    const key = typeof value === 'string' ? `s:${value}` : `${typeof value}:${String(value)}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push(value)
  }
  return result
}
