import type { TFunction } from 'i18next'
import type { FieldProblem, Problem } from '../api/problem'
import { errorsNl } from '../i18n/errors/nl'
import type { ErrorMessages, GeneralProblemCode, OwnFieldCode } from '../i18n/errors/types'
import { requestsNl } from '../i18n/requests/nl'

type Params = Record<string, unknown> | undefined
type Catalogue = Record<string, unknown>

const has = (catalogue: Catalogue, key: unknown): key is string => typeof key === 'string' && key in catalogue

/** Params as text for interpolation: lists joined, the entity and the expected type named in the language. */
function wordedParams(t: TFunction, params: Params): Record<string, string | number> | undefined {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params ?? {})) {
    if (Array.isArray(value)) out[key] = value.map(String).join(', ')
    else if (typeof value === 'number' || typeof value === 'string') out[key] = value
    else if (typeof value === 'boolean') out[key] = String(value)
  }
  const entity = params?.entity
  if (entity !== undefined) {
    out.entity = t(
      `codes.entities.${has(errorsNl.entities, entity) ? (entity as keyof ErrorMessages['entities']) : 'other'}`,
    )
  }
  if (has(errorsNl.types, params?.expected)) {
    out.expected = t(`codes.types.${params.expected as keyof ErrorMessages['types']}`)
  }
  return Object.keys(out).length > 0 ? out : undefined
}

/** The sentence for a problem's code in the user's language, or null for a code this interface does not know. */
export function problemText(t: TFunction, problem: Problem | null | undefined): string | null {
  const code = problem?.code
  if (has(requestsNl.problems, code))
    return t(`requests.problems.${code as keyof typeof requestsNl.problems}`)
  if (has(errorsNl.problems, code)) {
    return t(`codes.problems.${code as GeneralProblemCode}`, wordedParams(t, problem?.params))
  }
  return null
}

/** The sentence for one field error's code (with its params) in the user's language. */
export function fieldText(t: TFunction, error: FieldProblem): string {
  const { code, params } = error
  const words = wordedParams(t, params)
  if (code === 'too_small' || code === 'too_big') {
    const origin = params?.origin
    const kind = origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : null
    if (kind) return t(`codes.lengths.${code}_${kind}`, words)
  }
  if (code === 'invalid_format' && has(errorsNl.formats, params?.format)) {
    return t(`codes.formats.${params.format as keyof ErrorMessages['formats']}`)
  }
  if (has(requestsNl.fieldProblems, code)) {
    const value = typeof error.value === 'string' ? error.value : String(params?.value ?? '')
    return t(`requests.fieldProblems.${code as keyof typeof requestsNl.fieldProblems}`, { value })
  }
  if (has(errorsNl.fields, code)) return t(`codes.fields.${code as OwnFieldCode}`, words)
  if (has(requestsNl.problems, code))
    return t(`requests.problems.${code as keyof typeof requestsNl.problems}`)
  if (has(errorsNl.problems, code)) return t(`codes.problems.${code as GeneralProblemCode}`, words)
  return t('codes.fields.invalid')
}
