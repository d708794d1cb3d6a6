/**
 * What a driver needs to know of a column to compare and set values safely: a coarse kind, the type to cast
 * parameters to, nullability and maximum length. Values from requests are strings; a column may be an integer,
 * so values that cannot equal anything in the column are dropped before the query instead of failing it.
 */
export type ColumnKind = 'integer' | 'decimal' | 'text' | 'boolean' | 'uuid' | 'date' | 'timestamp' | 'other'

export interface ColumnInfo {
  name: string
  kind: ColumnKind
  /**
   * PostgreSQL: format_type(), safe to embed after `::`; with its modifier (numeric(10,2) rounds like the column)
   * except for strings (a cast to varchar(n) would truncate silently). MySQL: DATA_TYPE.
   */
  castType: string
  nullable: boolean
  maxLength: number | null
}

const INTEGER = /^[+-]?\d{1,19}$/
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i
const BOOLEANS: Record<string, boolean> = {
  true: true,
  t: true,
  '1': true,
  false: false,
  f: false,
  '0': false,
}

function comparable(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return undefined
  const text = typeof value === 'string' ? value.trim() : undefined
  switch (kind) {
    case 'integer':
      if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined
      if (typeof value === 'bigint') return value.toString()
      return text !== undefined && INTEGER.test(text) ? text : undefined
    case 'decimal':
      if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
      return text !== undefined && DECIMAL.test(text) ? text : undefined
    case 'boolean':
      if (typeof value === 'boolean') return value
      return text !== undefined ? BOOLEANS[text.toLowerCase()] : undefined
    case 'uuid':
      return text !== undefined && UUID.test(text) ? text.toLowerCase() : undefined
    case 'date':
    case 'timestamp':
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value
      return text !== undefined && !Number.isNaN(Date.parse(text)) ? text : undefined
    default:
      if (typeof value === 'string') return value
      if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
        return String(value)
      if (value instanceof Date) return value.toISOString()
      return undefined
  }
}

/** The distinct values that can equal a value of a column of this kind, in the form to bind them. */
export function comparableValues(kind: ColumnKind, values: readonly unknown[]): unknown[] {
  const seen = new Map<string, unknown>()
  for (const value of values) {
    const v = comparable(kind, value)
    if (v !== undefined) seen.set(valueKey(v), v)
  }
  return [...seen.values()]
}

/** A key that is equal for equal values (dates by instant, buffers by content). */
export function valueKey(value: unknown): string {
  if (value instanceof Date) return `d:${value.getTime()}`
  if (Buffer.isBuffer(value)) return `b:${value.toString('hex')}`
  if (typeof value === 'bigint') return `n:${value}`
  if (value === undefined) return 'null'
  return JSON.stringify(value) ?? 'null'
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size))
  return chunks
}

/** Rows per statement so that a statement stays under the parameter limit (PostgreSQL: 65535). */
export function rowsPerStatement(paramsPerRow: number, max = 1000): number {
  return Math.max(1, Math.min(max, Math.floor(30_000 / Math.max(1, paramsPerRow))))
}
