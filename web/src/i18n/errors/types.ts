import type { components } from '../../api/schema'
import type { requestRefusalsNl } from './requests-nl'

export type ProblemCode = components['schemas']['Problem']['code']
export type FieldErrorCode = components['schemas']['FieldError']['code']
export type EntityName = components['schemas']['EntityName']

/**
 * Request refusals have their texts in requests-nl/fr/en.ts, which the requests' texts include (requests.problems,
 * requests.fieldProblems).
 */
export type RequestRefusals = typeof requestRefusalsNl
type RequestProblemCode = keyof RequestRefusals['problems']
type RequestFieldCode = keyof RequestRefusals['fieldProblems']

/** Problem codes worded here: every code the server documents, except the request refusals. */
export type GeneralProblemCode = Exclude<ProblemCode, RequestProblemCode>
/** Field codes worded here: those that are not a problem's own code nor a request's register key. */
export type OwnFieldCode = Exclude<FieldErrorCode, ProblemCode | RequestFieldCode>

/**
 * The texts of the server's refusal codes in one language. Typed from the OpenAPI enums: a code the server adds
 * without a text here is a compile error.
 */
export interface ErrorMessages {
  problems: Record<GeneralProblemCode, string>
  fields: Record<OwnFieldCode, string>
  lengths: Record<'too_small_string' | 'too_big_string' | 'too_small_array' | 'too_big_array', string>
  formats: Record<'email' | 'url' | 'uuid' | 'date' | 'datetime' | 'regex', string>
  types: Record<'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | 'date', string>
  /** What a not_found problem names (its params.entity), and `other` for a problem from elsewhere. */
  entities: Record<EntityName | 'other', string>
}
