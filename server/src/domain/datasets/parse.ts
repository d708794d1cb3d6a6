import {
  type LineOf,
  parseYamlWithLines,
  schemaProblems,
  type YamlProblem,
  yamlLineOf,
} from '../../lib/yaml/parse-with-lines'
import { type DatasetDocument, datasetDocumentSchema } from './schema'

/** A problem of a dataset file: dotted path (e.g. collections.1.fields.3.erasure.strategy), line, message. */
export type DatasetProblem = YamlProblem

export type ParsedDataset =
  | { ok: true; document: DatasetDocument }
  | { ok: false; problems: DatasetProblem[] }

export const MAX_DATASET_BYTES = 2 * 1024 * 1024

/**
 * Parses a dataset file (YAML or JSON - JSON is YAML) and validates it against the dataset schema. Every problem
 * is reported with its path and, where the file has one, its line; nothing is partially accepted.
 */
export function parseDatasetText(text: string): ParsedDataset {
  const parsed = parseYamlWithLines(text, MAX_DATASET_BYTES)
  if (!parsed.ok) return parsed
  return validateDataset(parsed.value, parsed.lineOf)
}

/**
 * Where a dotted path (as in a problem) sits in a dataset file: the line of the deepest node that exists, or
 * undefined when the text is not YAML. For findings made after parsing, e.g. the register cross-check.
 */
export const datasetLineOf = yamlLineOf

/** Validates an already-parsed value (e.g. a JSON request body); `lineOf` locates a path in the source. */
export function validateDataset(value: unknown, lineOf?: LineOf): ParsedDataset {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          ...lineAt(lineOf, []),
          code: 'invalid_type',
          params: { expected: 'object' },
          message: 'A dataset file is a mapping (key: value)',
        },
      ],
    }
  }
  const result = datasetDocumentSchema.safeParse(value)
  if (result.success) return { ok: true, document: result.data }
  return { ok: false, problems: schemaProblems(result.error.issues, lineOf) }
}

function lineAt(lineOf: LineOf | undefined, path: (string | number)[]): { line?: number } {
  const line = lineOf?.(path)
  return line ? { line } : {}
}
