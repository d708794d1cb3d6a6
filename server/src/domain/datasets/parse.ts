import { isNode, LineCounter, parseDocument } from 'yaml'
import { type DatasetDocument, datasetDocumentSchema } from './schema'

export interface DatasetProblem {
  /** Dotted path into the document, e.g. collections.1.fields.3.erasure.strategy */
  path: string
  /** 1-based line in the file, when it can be located. */
  line?: number
  message: string
}

export type ParsedDataset =
  | { ok: true; document: DatasetDocument }
  | { ok: false; problems: DatasetProblem[] }

export const MAX_DATASET_BYTES = 2 * 1024 * 1024

/**
 * Parses a dataset file (YAML or JSON - JSON is YAML) and validates it against the dataset schema. Every problem
 * is reported with its path and, where the file has one, its line; nothing is partially accepted.
 */
export function parseDatasetText(text: string): ParsedDataset {
  if (Buffer.byteLength(text, 'utf8') > MAX_DATASET_BYTES) {
    return { ok: false, problems: [{ path: '', message: 'The file is larger than 2 MB.' }] }
  }
  const lineCounter = new LineCounter()
  const yamlDoc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (yamlDoc.errors.length > 0) {
    return {
      ok: false,
      problems: yamlDoc.errors.map((e) => ({
        path: '',
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        message: `Not valid YAML/JSON: ${e.message.split('\n')[0]}`,
      })),
    }
  }
  let value: unknown
  try {
    value = yamlDoc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `Not valid YAML/JSON: ${(error as Error).message}` }],
    }
  }
  return validateDataset(value, lineLocator(yamlDoc, lineCounter))
}

type LineOf = (path: (string | number)[]) => number | undefined

function lineLocator(yamlDoc: ReturnType<typeof parseDocument>, lineCounter: LineCounter): LineOf {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = yamlDoc.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return undefined
  }
}

/**
 * Where a dotted path (as in a problem) sits in a dataset file: the line of the deepest node that exists, or
 * undefined when the text is not YAML. For findings made after parsing, e.g. the register cross-check.
 */
export function datasetLineOf(text: string): (path: string) => number | undefined {
  const lineCounter = new LineCounter()
  const yamlDoc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (yamlDoc.errors.length > 0) return () => undefined
  const locate = lineLocator(yamlDoc, lineCounter)
  return (path) =>
    locate(
      path
        .split('.')
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    )
}

/** Validates an already-parsed value (e.g. a JSON request body); `lineOf` locates a path in the source. */
export function validateDataset(value: unknown, lineOf?: LineOf): ParsedDataset {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ path: '', ...lineAt(lineOf, []), message: 'A dataset file is a mapping (key: value)' }],
    }
  }
  const result = datasetDocumentSchema.safeParse(value)
  if (result.success) return { ok: true, document: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
      const fullPath = keys.length > 0 ? [...path, keys[0] as string] : path
      const located = lineAt(lineOf, fullPath)
      return {
        path: fullPath.join('.'),
        ...(located.line ? located : lineAt(lineOf, path)),
        message: issue.message,
      }
    }),
  }
}

function lineAt(lineOf: LineOf | undefined, path: (string | number)[]): { line?: number } {
  const line = lineOf?.(path)
  return line ? { line } : {}
}
