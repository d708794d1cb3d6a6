import { isNode, LineCounter, parseDocument } from 'yaml'
import { type RegisterDocument, registerDocumentSchema } from './schema'

export interface RegisterProblem {
  /** Dotted path into the document, e.g. activities.2.purposes.0.legalBasis */
  path: string
  /** 1-based line in the file, when it can be located. */
  line?: number
  message: string
}

export type ParsedRegister =
  | { ok: true; document: RegisterDocument }
  | { ok: false; problems: RegisterProblem[] }

const MAX_BYTES = 5 * 1024 * 1024

/**
 * Parses a register file (YAML or JSON - JSON is YAML) and validates it against the register schema. Every
 * problem is reported with its path and, where the file has one, its line; nothing is partially accepted.
 */
export function parseRegisterText(text: string): ParsedRegister {
  if (Buffer.byteLength(text, 'utf8') > MAX_BYTES) {
    return { ok: false, problems: [{ path: '', message: 'The file is larger than 5 MB.' }] }
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
  return validateRegister(value, (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = yamlDoc.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return undefined
  })
}

/** Validates an already-parsed value (e.g. a JSON request body). */
export function validateRegister(
  value: unknown,
  lineOf?: (path: (string | number)[]) => number | undefined,
): ParsedRegister {
  const result = registerDocumentSchema.safeParse(value)
  if (result.success) return { ok: true, document: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
      const fullPath = keys.length > 0 ? [...path, keys[0] as string] : path
      const line = lineOf?.(fullPath) ?? lineOf?.(path)
      return { path: fullPath.join('.'), ...(line ? { line } : {}), message: issue.message }
    }),
  }
}
