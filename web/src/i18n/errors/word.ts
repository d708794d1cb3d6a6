/**
 * How a refusal's code (with its params) becomes a sentence, for every client: the web UI looks the texts up
 * through i18next, the CLI (server/src/cli/language) in the catalogue of its language. Pure: no i18next, no DOM.
 */

/** The parts of a code catalogue: errors/{nl,fr,en}.ts, and requests-{nl,fr,en}.ts for the request refusals. */
export type CodeSection =
  | 'problems'
  | 'fields'
  | 'lengths'
  | 'formats'
  | 'types'
  | 'entities'
  | 'requestProblems'
  | 'requestFields'

export type WordedParams = Record<string, string | number>

/** Texts of one language: whether a section has a key, and its text with the params filled in. */
export interface CodeTexts {
  has(section: CodeSection, key: string): boolean
  text(section: CodeSection, key: string, params?: WordedParams): string
}

/** A problem as the server sends it (problem+json): only the code and params matter here. */
export interface CodedProblem {
  code?: string | null
  params?: Readonly<Record<string, unknown>> | null
}

/** A field error as the server sends it. */
export interface CodedField {
  code?: string | null
  params?: Readonly<Record<string, unknown>> | null
  value?: unknown
}

const isKey = (texts: CodeTexts, section: CodeSection, key: unknown): key is string =>
  typeof key === 'string' && texts.has(section, key)

/** Params as text for interpolation: lists joined, the entity and the expected type named in the language. */
function wordedParams(texts: CodeTexts, params: CodedProblem['params']): WordedParams | undefined {
  const out: WordedParams = {}
  for (const [key, value] of Object.entries(params ?? {})) {
    if (Array.isArray(value)) out[key] = value.map(String).join(', ')
    else if (typeof value === 'number' || typeof value === 'string') out[key] = value
    else if (typeof value === 'boolean') out[key] = String(value)
  }
  const entity = params?.entity
  if (entity !== undefined)
    out.entity = texts.text('entities', isKey(texts, 'entities', entity) ? entity : 'other')
  const expected = params?.expected
  if (isKey(texts, 'types', expected)) out.expected = texts.text('types', expected)
  return Object.keys(out).length > 0 ? out : undefined
}

/** The sentence for a problem's code, or null for a code these texts do not know. */
export function wordProblem(texts: CodeTexts, problem: CodedProblem | null | undefined): string | null {
  const code = problem?.code
  // Something not found is named; a refusal that does not say what (no params.entity) says "this".
  const params = code === 'not_found' ? { entity: 'other', ...problem?.params } : problem?.params
  if (isKey(texts, 'requestProblems', code)) return texts.text('requestProblems', code)
  if (isKey(texts, 'problems', code)) return texts.text('problems', code, wordedParams(texts, params))
  return null
}

/** The sentence for one field error's code (with its params); a code it does not know is worded as invalid. */
export function wordField(texts: CodeTexts, error: CodedField): string {
  const { code, params } = error
  const words = wordedParams(texts, params)
  if (code === 'too_small' || code === 'too_big') {
    const origin = params?.origin
    const kind = origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : null
    if (kind) return texts.text('lengths', `${code}_${kind}`, words)
  }
  const format = params?.format
  if (code === 'invalid_format' && isKey(texts, 'formats', format)) return texts.text('formats', format)
  if (isKey(texts, 'requestFields', code)) {
    const value = typeof error.value === 'string' ? error.value : String(params?.value ?? '')
    return texts.text('requestFields', code, { value })
  }
  if (isKey(texts, 'fields', code)) return texts.text('fields', code, words)
  if (isKey(texts, 'requestProblems', code)) return texts.text('requestProblems', code)
  if (isKey(texts, 'problems', code)) return texts.text('problems', code, words)
  return texts.text('fields', 'invalid')
}

/** A catalogue of one language as plain data (what errors/{lang}.ts and requests-{lang}.ts export). */
export interface CodeCatalogue {
  problems: Readonly<Record<string, string>>
  fields: Readonly<Record<string, string>>
  lengths: Readonly<Record<string, string>>
  formats: Readonly<Record<string, string>>
  types: Readonly<Record<string, string>>
  entities: Readonly<Record<string, string>>
  requests: { problems: Readonly<Record<string, string>>; fieldProblems: Readonly<Record<string, string>> }
}

/** `{{name}}` replaced by its param, as i18next interpolates (without escaping: the output is plain text). */
export function interpolate(template: string, params: WordedParams | undefined): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  )
}

/** Code texts read straight from a catalogue object, for a client without i18next (the CLI). */
export function catalogueTexts(catalogue: CodeCatalogue): CodeTexts {
  const section = (name: CodeSection): Readonly<Record<string, string>> =>
    name === 'requestProblems'
      ? catalogue.requests.problems
      : name === 'requestFields'
        ? catalogue.requests.fieldProblems
        : catalogue[name]
  return {
    has: (name, key) => Object.hasOwn(section(name), key),
    text: (name, key, params) => interpolate(section(name)[key] ?? key, params),
  }
}
