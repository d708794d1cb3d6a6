import { canonicalJson } from '../../audit/canonical-json'

/** Every field a consent event's hash covers (model.ts ChainedConsentFields), in canonicalJson's order (sorted). */
const FIELDS = (
  [
    'id',
    'organization_id',
    'seq',
    'subject_key',
    'identity_kind',
    'identity_masked',
    'purpose',
    'state',
    'text_hash',
    'language',
    'channel',
    'method',
    'occurred_at',
    'recorded_at',
    'expires_at',
    'source',
    'ip',
    'user_agent',
    'evidence',
    'external_ref',
    'actor_type',
    'actor_id',
    'actor_label',
    'prev_hash',
  ] as const
)
  .slice()
  .sort()
const QUOTED = FIELDS.map((f) => `${JSON.stringify(f)}:`)

/**
 * canonicalJson of a consent event, byte for byte, without sorting its keys each time (they are known): this runs
 * once per event recorded and per event verified (decision 0108). A value with other keys, or one whose field is
 * undefined, goes through canonicalJson itself.
 */
export function consentEventCanonical(fields: object): string {
  const record = fields as Record<string, unknown>
  if (Object.keys(record).length !== FIELDS.length) return canonicalJson(fields)
  let out = '{'
  for (let i = 0; i < FIELDS.length; i += 1) {
    const value = record[FIELDS[i] as string]
    if (value === undefined) return canonicalJson(fields)
    if (i > 0) out += ','
    out += QUOTED[i]
    out +=
      value instanceof Date
        ? JSON.stringify(value.toISOString())
        : value !== null && typeof value === 'object'
          ? canonicalJson(value)
          : JSON.stringify(value)
  }
  return `${out}}`
}
