import { z } from 'zod'
import type { Encryption } from '../../crypto/encryption'
import { defineStoredJson } from '../../lib/stored-json'

/**
 * A request event's readable facts as stored in `request_events.data` (decision 0042): an object whose fields
 * depend on the kind (a reminder's `key`, a status change's `from` and `to`, ...). Written with `$v`, read back
 * through `read`, so a malformed row fails naming its store and id; rows written before carry no `$v` and read
 * as version 1. Queries may still read a field in SQL (`data->>'key'`).
 */
export const storedRequestEventData = defineStoredJson<Record<string, unknown>>({
  name: 'request_events.data',
  version: 1,
  schema: z.record(z.string(), z.unknown()),
})

/**
 * The personal fields of a request event - a letter's address and its facts (the addressee's name and postal
 * address, free text), the address a request was forwarded to, a controller's contact - are kept encrypted in
 * `personal_encrypted`; everything else stays in `data`, where queries can read it (e.g. a reminder's key).
 * The request's history shows both, joined again.
 */
const PERSONAL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'request.letter_queued': ['to', 'spec'],
  'request.forwarding_sent': ['to'],
  'request.forwarding_manual': ['contact'],
}

/** The kinds of event that have personal fields. */
export const PERSONAL_EVENT_KINDS: readonly string[] = Object.keys(PERSONAL_FIELDS)

/** Splits an event's facts into what stays readable and its personal fields (null when it has none). */
export function splitEventData(
  kind: string,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; personal: Record<string, unknown> | null } {
  const fields = PERSONAL_FIELDS[kind] ?? []
  const clear: Record<string, unknown> = {}
  const personal: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (fields.includes(key)) personal[key] = value
    else clear[key] = value
  }
  return { data: clear, personal: Object.keys(personal).length > 0 ? personal : null }
}

const context = (requestId: string, kind: string) => `request_events.personal:${requestId}:${kind}`

export function sealEventData(
  encryption: Encryption,
  requestId: string,
  kind: string,
  data: Record<string, unknown>,
): { data: Record<string, unknown>; personalEncrypted: string | null } {
  const split = splitEventData(kind, data)
  return {
    data: split.data,
    personalEncrypted:
      split.personal === null
        ? null
        : encryption.encrypt(JSON.stringify(split.personal), context(requestId, kind)),
  }
}

/** An event's facts as they were recorded: the personal fields decrypted and joined again. */
export function openEventData(
  encryption: Encryption,
  requestId: string,
  row: { id: number | string; kind: string; data: unknown; personal_encrypted: string | null },
): Record<string, unknown> {
  const data = storedRequestEventData.read(row.data, String(row.id))
  if (row.personal_encrypted === null) return data
  const personal = JSON.parse(
    encryption.decrypt(row.personal_encrypted, context(requestId, row.kind)),
  ) as Record<string, unknown>
  return { ...data, ...personal }
}
