import type { components } from './schema'

/** One refused field of a problem+json answer: a stable code (+ params) the interface words itself. */
export type FieldProblem = components['schemas']['FieldError'] & {
  /** The refused value, for register keys a completion names. */
  value?: string
}

/** An RFC 9457 problem+json answer as the server sends it, with its stable code. */
export type Problem = Partial<Omit<components['schemas']['Problem'], 'errors' | 'status'>> & {
  status: number
  errors?: FieldProblem[]
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'number'
}

export interface FetchResult {
  data?: unknown
  error?: unknown
  response: Response
}

export type DataOf<R> = R extends { data: infer D } ? D : never

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError with the problem details. */
export async function call<R extends FetchResult>(request: Promise<R>): Promise<DataOf<R>> {
  const result = await request
  if (!result.response.ok) {
    throw new ApiError(result.response.status, isProblem(result.error) ? result.error : null)
  }
  return result.data as DataOf<R>
}

/** The field name a problem path such as 'body.enterpriseNumber' or 'body.languages.0' refers to. */
export function fieldOf(path: string): string {
  const parts = path.split('.')
  const start = ['body', 'query', 'querystring', 'params'].includes(parts[0] ?? '') ? 1 : 0
  return parts[start] ?? path
}
