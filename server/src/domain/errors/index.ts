/** Refusals in domain terms, thrown by services and worded by clients from their stable codes. */
export {
  ALL_FIELD_ERROR_CODES,
  ENTITY_NAMES,
  type EntityName,
  FIELD_ERROR_CODES,
  type FieldErrorCode,
  PROBLEM_CODES,
  type ProblemCode,
} from './codes'
export {
  BadRequest,
  Conflict,
  DomainError,
  type DomainErrorKind,
  type DomainErrorOptions,
  type ErrorParams,
  type FieldIssue,
  Forbidden,
  InvalidInput,
  NotFound,
  StoredDataInvalid,
  TooLarge,
  TooManyRequests,
  Unauthenticated,
  UnsupportedMediaType,
} from './domain-error'
export { codeOfIssue, fieldIssueOf, type SchemaIssue } from './schema-issues'
