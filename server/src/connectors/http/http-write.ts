import type { DatasetCollection, HttpEndpoint } from '../../domain/datasets/schema'
import type { DriverWriter, RowChange } from '../driver'
import { endpointPlaceholders, endpointRequest } from './endpoint-request'
import { HttpConnectorError } from './errors'
import type { HttpClient } from './http-client'
import { namesOf } from './http-select'
import { setPath } from './paths'
import { fieldNamed, fieldPath } from './rows'
import { fillBody } from './template'

export interface WriteContext {
  client: HttpClient
  baseUrl: string
}

function endpointOf(collection: DatasetCollection, action: 'update' | 'erase'): HttpEndpoint {
  const endpoint = collection.http?.[action]
  if (!endpoint) throw new HttpConnectorError(`${collection.name} has no ${action} endpoint in the dataset`)
  // GET is the schema's default method: an erase or update "done" with GET would change nothing yet count.
  if (endpoint.method === 'GET')
    throw new HttpConnectorError(
      `The ${action} endpoint of ${collection.name} uses GET; set its method (DELETE, PATCH, PUT or POST)`,
    )
  return endpoint
}

/** Placeholder values of a row's primary key (field names and identity kinds). */
function keyValues(collection: DatasetCollection, key: unknown[]): Map<string, unknown> {
  const pk = collection.primaryKey
  if (!pk) throw new HttpConnectorError(`${collection.name} needs a primaryKey to change or delete items`)
  if (key.length !== pk.length)
    throw new HttpConnectorError(
      `${collection.name}: a key of ${key.length} values for ${pk.length} key fields`,
    )
  const values = new Map<string, unknown>()
  pk.forEach((name, i) => {
    for (const placeholder of namesOf(fieldNamed(collection, name))) values.set(placeholder, key[i])
  })
  return values
}

/** Without a body template, an update sends the changed fields at their paths: { "address": { "city": null } }. */
function bodyFromSet(collection: DatasetCollection, set: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(set))
    setPath(body, fieldPath(fieldNamed(collection, name)), value)
  return body
}

/**
 * Writes to an API, applied one call at a time as they come (an API has no transaction). A 404 means the item is
 * already gone: counted as nothing done, not as an error, so a rerun after a crash finishes cleanly.
 */
export function createHttpWriter(context: WriteContext): DriverWriter {
  const send = async (endpoint: HttpEndpoint, values: Map<string, unknown>, body?: unknown) => {
    const request = endpointRequest(context.baseUrl, endpoint, values, body)
    const response = await context.client.request({ ...request, accept: [404] })
    return response.status === 404 ? 0 : 1
  }
  return {
    async deleteRows(collection, keys) {
      const erase = endpointOf(collection, 'erase')
      let deleted = 0
      for (const key of keys) deleted += await send(erase, keyValues(collection, key))
      return deleted
    },
    async updateRows(collection: DatasetCollection, changes: RowChange[]) {
      const update = endpointOf(collection, 'update')
      let changed = 0
      for (const change of changes) {
        const names = Object.keys(change.set)
        if (names.length === 0) continue
        if (update.body) {
          const used = endpointPlaceholders(update)
          const missing = names.filter((n) => !namesOf(fieldNamed(collection, n)).some((p) => used.has(p)))
          if (missing.length > 0)
            throw new HttpConnectorError(
              `The update endpoint of ${collection.name} cannot change ${missing.join(', ')}: ` +
                `its body has no ${missing.map((n) => `{${n}}`).join(', ')} placeholder`,
            )
        }
        const values = new Map<string, unknown>()
        for (const name of names)
          for (const placeholder of namesOf(fieldNamed(collection, name)))
            values.set(placeholder, change.set[name])
        for (const [name, value] of keyValues(collection, change.key)) values.set(name, value)
        const body = update.body ? fillBody(update.body, values) : bodyFromSet(collection, change.set)
        changed += await send(update, values, body)
      }
      return changed
    },
  }
}
