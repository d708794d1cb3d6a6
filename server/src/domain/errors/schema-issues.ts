import { FIELD_ERROR_CODES, type FieldErrorCode } from './codes'
import type { ErrorParams, FieldIssue } from './domain-error'

/** A schema validation issue as zod reports it (or as fastify-type-provider-zod passes it on). */
export interface SchemaIssue {
  readonly code: string
  readonly message?: string
}

/** The issue's other members: expected, minimum, maximum, origin, format, values, keys, params, input. */
type Members = Readonly<Record<string, unknown>>

const PARAM_MEMBERS = ['expected', 'minimum', 'maximum', 'origin', 'inclusive', 'format', 'divisor'] as const

function isFieldCode(code: unknown): code is FieldErrorCode {
  return typeof code === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(code)
}

function paramValue(value: unknown): string | number | boolean | readonly string[] | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (typeof value === 'bigint') return Number(value)
  if (Array.isArray(value)) return value.map(String)
  return undefined
}

/**
 * The stable code and params of a schema issue, so that a client words it in its own language: the zod code
 * (a missing value becomes `required`), and for a refinement the code it names in `params.code`.
 */
export function codeOfIssue(schemaIssue: SchemaIssue): { code: FieldErrorCode; params?: ErrorParams } {
  const issue = schemaIssue as SchemaIssue & Members
  const params: Record<string, string | number | boolean | readonly string[]> = {}
  for (const member of PARAM_MEMBERS) {
    const value = paramValue(issue[member])
    if (value !== undefined) params[member] = value
  }
  const values = paramValue(issue.values)
  if (Array.isArray(values)) params.values = values
  const keys = paramValue(issue.keys)
  if (Array.isArray(keys)) params.keys = keys
  const own = (issue.params ?? {}) as Record<string, unknown>
  const withParams = (code: FieldErrorCode) => (Object.keys(params).length > 0 ? { code, params } : { code })
  if (issue.code === 'custom') {
    for (const [key, value] of Object.entries(own)) {
      const v = paramValue(value)
      if (key !== 'code' && v !== undefined) params[key] = v
    }
    return withParams(isFieldCode(own.code) ? own.code : 'invalid')
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message ?? ''))
    return { code: 'required' }
  return withParams(isFieldCode(issue.code) ? issue.code : 'invalid')
}

/** A schema issue as a field issue under `path`. */
export function fieldIssueOf(path: string, issue: SchemaIssue): FieldIssue {
  return { path, message: issue.message ?? 'Invalid value', ...codeOfIssue(issue) }
}
