/**
 * Values read from a system as JSON-safe data and as spreadsheet text: dates as ISO 8601 strings, binary content
 * (Buffer, Uint8Array) as base64, big integers as decimal strings, nested objects and arrays value by value.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

function isBinary(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array
}

export function jsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (isBinary(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')
  if (Array.isArray(value)) return value.map(jsonValue)
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {}
    for (const [key, inner] of Object.entries(value)) out[key] = jsonValue(inner)
    return out
  }
  return String(value)
}

/**
 * What a spreadsheet cell holds for a value: a finite number or big integer stays a number; everything else is
 * text (structured values as compact JSON, nothing as an empty cell). Neutralising formulas is the CSV writer's job.
 */
export function cellValue(value: unknown): string | number | bigint {
  if (typeof value === 'bigint') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  const json = jsonValue(value)
  if (json === null) return ''
  if (typeof json === 'string') return json
  if (typeof json === 'number' || typeof json === 'boolean') return String(json)
  return JSON.stringify(json)
}
