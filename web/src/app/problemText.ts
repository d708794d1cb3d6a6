import type { TFunction } from 'i18next'
import type { FieldProblem, Problem } from '../api/problem'
import { errorsNl } from '../i18n/errors/nl'
import { requestRefusalsNl } from '../i18n/errors/requests-nl'
import { type CodeSection, type CodeTexts, wordField, wordProblem } from '../i18n/errors/word'

/** Where each part of the code texts sits among i18next's keys (codes.*, requests.problems, requests.fieldProblems). */
const KEY_PREFIX: Record<CodeSection, string> = {
  problems: 'codes.problems',
  fields: 'codes.fields',
  lengths: 'codes.lengths',
  formats: 'codes.formats',
  types: 'codes.types',
  entities: 'codes.entities',
  requestProblems: 'requests.problems',
  requestFields: 'requests.fieldProblems',
}

/** Every language has the keys of Dutch (the type of the files), so Dutch tells which codes have a text. */
const DUTCH: Record<CodeSection, object> = {
  ...errorsNl,
  requestProblems: requestRefusalsNl.problems,
  requestFields: requestRefusalsNl.fieldProblems,
}

function textsOf(t: TFunction): CodeTexts {
  return {
    has: (section, key) => Object.hasOwn(DUTCH[section], key),
    text: (section, key, params) => String(t(`${KEY_PREFIX[section]}.${key}` as never, params as never)),
  }
}

/** The sentence for a problem's code in the user's language, or null for a code this interface does not know. */
export function problemText(t: TFunction, problem: Problem | null | undefined): string | null {
  return wordProblem(textsOf(t), problem)
}

/** The sentence for one field error's code (with its params) in the user's language. */
export function fieldText(t: TFunction, error: FieldProblem): string {
  return wordField(textsOf(t), error)
}
