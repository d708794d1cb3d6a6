import { api } from '../../api/client'
import { ApiError, call } from '../../api/problem'
import type {
  ActionBody,
  LetterPreview,
  NewRequest,
  RequestAction,
  RequestDetail,
  RequestListQuery,
} from '../../api/types'
import { requestsNl } from '../../i18n/requests/nl'

/** The largest original accepted at intake (the server's limit). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024

export function loadRequests(slug: string, query: RequestListQuery) {
  return call(api.GET('/api/v1/orgs/{slug}/requests', { params: { path: { slug }, query } }))
}

export function loadRequest(slug: string, id: string): Promise<RequestDetail> {
  return call(api.GET('/api/v1/orgs/{slug}/requests/{id}', { params: { path: { slug, id } } }))
}

export function createRequest(slug: string, body: NewRequest): Promise<RequestDetail> {
  return call(api.POST('/api/v1/orgs/{slug}/requests', { params: { path: { slug } }, body }))
}

/** Runs a workflow action; the server answers with the request as it is afterwards. */
export function runAction<A extends RequestAction>(
  slug: string,
  id: string,
  action: A,
  body: ActionBody<A>,
): Promise<RequestDetail> {
  // One route per action; the path is built from the action name, the body is typed per action above.
  const path =
    `/api/v1/orgs/{slug}/requests/{id}/actions/${action}` as '/api/v1/orgs/{slug}/requests/{id}/actions/close'
  return call(
    api.POST(path, { params: { path: { slug, id } }, body: body as ActionBody<'close'> }),
  ) as Promise<RequestDetail>
}

export function loadLetter(slug: string, id: string, letterId: number): Promise<LetterPreview> {
  return call(
    api.GET('/api/v1/orgs/{slug}/requests/{id}/letters/{letterId}', {
      params: { path: { slug, id, letterId }, query: { format: 'json' } },
    }),
  )
}

export const requestBase = (slug: string, id: string) =>
  `/api/v1/orgs/${encodeURIComponent(slug)}/requests/${encodeURIComponent(id)}`

export type ProblemCode = keyof typeof requestsNl.problems

/** The domain code of a refused request action ('urn:custos:problem:request:{code}'), when it is one we know. */
export function problemCode(error: unknown): ProblemCode | null {
  if (!(error instanceof ApiError)) return null
  const match = /^urn:custos:problem:request:(\w+)$/.exec(error.problem?.type ?? '')
  const code = match?.[1]
  return code && code in requestsNl.problems ? (code as ProblemCode) : null
}

export type FieldProblemCode = keyof typeof requestsNl.fieldProblems

/** The field problems of a refusal that carry a code we have a text for (with the value they refused). */
export function fieldProblems(error: unknown): { path: string; code: FieldProblemCode; value: string }[] {
  if (!(error instanceof ApiError)) return []
  return (error.problem?.errors ?? []).flatMap((e) => {
    const { code, value } = e as { code?: unknown; value?: unknown }
    return typeof code === 'string' && code in requestsNl.fieldProblems
      ? [{ path: e.path, code: code as FieldProblemCode, value: typeof value === 'string' ? value : '' }]
      : []
  })
}

/** Reads a file as base64 (without the data: prefix) for a JSON body. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const result = typeof reader.result === 'string' ? reader.result : ''
      resolve(result.slice(result.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsDataURL(file)
  })
}

/** The non-empty lines of a text area, trimmed. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
