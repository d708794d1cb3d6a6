import { isNode, LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import { codeOfIssue, type ErrorParams, type FieldErrorCode } from '../../domain/errors'

/**
 * YAML (or JSON - JSON is YAML) read with the line of every node, for the files people write by hand: the
 * register file and the dataset files. A syntax error names its line; a schema problem found afterwards is
 * located by its path (the line of the deepest node of the path that exists).
 */

export interface YamlProblem {
  /** Dotted path into the document, e.g. activities.2.purposes.0.legalBasis */
  path: string
  /** 1-based line in the file, when it can be located. */
  line?: number
  /** Stable code (+ params) a client words in its language; `message` is English. */
  code: FieldErrorCode
  params?: ErrorParams
  message: string
}

/** The line of a path in the source, or undefined. */
export type LineOf = (path: (string | number)[]) => number | undefined

export type ParsedYaml = { ok: true; value: unknown; lineOf: LineOf } | { ok: false; problems: YamlProblem[] }

function parse(text: string) {
  const lineCounter = new LineCounter()
  const yamlDoc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineOf: LineOf = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = yamlDoc.getIn(path.slice(0, depth), true)
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
    }
    return undefined
  }
  return { yamlDoc, lineCounter, lineOf }
}

/** Parses a hand-written file of at most `maxBytes`; every problem names its line where it has one. */
export function parseYamlWithLines(text: string, maxBytes: number): ParsedYaml {
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    const mb = Math.round(maxBytes / (1024 * 1024))
    return {
      ok: false,
      problems: [
        {
          path: '',
          code: 'file_too_large',
          params: { maximum: mb },
          message: `The file is larger than ${mb} MB.`,
        },
      ],
    }
  }
  const { yamlDoc, lineCounter, lineOf } = parse(text)
  if (yamlDoc.errors.length > 0) {
    return {
      ok: false,
      problems: yamlDoc.errors.map((e) => ({
        path: '',
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        code: 'invalid_yaml' as const,
        message: `Not valid YAML/JSON: ${e.message.split('\n')[0]}`,
      })),
    }
  }
  try {
    return { ok: true, value: yamlDoc.toJS({ maxAliasCount: 100 }), lineOf }
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: '', code: 'invalid_yaml', message: `Not valid YAML/JSON: ${(error as Error).message}` },
      ],
    }
  }
}

/**
 * Where a dotted path (as in a problem) sits in a file: the line of the deepest node that exists, or undefined
 * when the text is not YAML. For findings made after parsing.
 */
export function yamlLineOf(text: string): (path: string) => number | undefined {
  const { yamlDoc, lineOf } = parse(text)
  if (yamlDoc.errors.length > 0) return () => undefined
  return (path) =>
    lineOf(
      path
        .split('.')
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    )
}

/** The problems of a failed schema check, each with its dotted path and, when `lineOf` finds it, its line. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], lineOf?: LineOf): YamlProblem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
    const fullPath = keys.length > 0 ? [...path, keys[0] as string] : path
    const line = lineOf?.(fullPath) ?? lineOf?.(path)
    return {
      path: fullPath.join('.'),
      ...(line ? { line } : {}),
      ...codeOfIssue(issue),
      message: issue.message,
    }
  })
}
