import { ApiError } from '../../api/problem'

/** A problem found in the browser before sending (its message is already translated). */
export class LocalProblem extends Error {
  override name = 'LocalProblem'
}

/** One problem of a dataset file as the server names it: where (path in the file, line) and what. */
export interface SourceProblem {
  path: string
  message: string
  line?: number
}

/**
 * The problems of a refused dataset file (422): the server's paths start with 'source.' (the body field), which
 * says nothing to the reader; the path inside the file is kept. Null when the error is not about the file.
 */
export function sourceProblemsOf(error: unknown): SourceProblem[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null
  const errors = error.problem?.errors ?? []
  if (errors.length === 0) return null
  return errors.map((e) => {
    const line = (e as { line?: unknown }).line
    const path = e.path.replace(/^(body\.)?source\.?/, '')
    return typeof line === 'number' ? { path, message: e.message, line } : { path, message: e.message }
  })
}

/** Start and end offsets of a 1-based line in a text (the end excludes the line break). */
export function lineRange(text: string, line: number): [number, number] {
  let start = 0
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start)
    if (next === -1) return [text.length, text.length]
    start = next + 1
  }
  const end = text.indexOf('\n', start)
  return [start, end === -1 ? text.length : end]
}
