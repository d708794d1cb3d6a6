import type { HttpEndpoint } from '../../domain/datasets/schema'
import type { HttpMethod, HttpRequest } from './http-client'
import { fillBody, fillPath, fillQuery, placeholdersIn, type TemplateValues } from './template'

/** The parts of an endpoint that build a request (the dataset's endpoint, or an ad-hoc one such as a check). */
export type EndpointTemplate = Pick<HttpEndpoint, 'path' | 'query' | 'body'> & { method: HttpMethod }

/** Every placeholder an endpoint uses, in its path, query and body. */
export function endpointPlaceholders(endpoint: EndpointTemplate): Set<string> {
  return placeholdersIn([endpoint.path, Object.values(endpoint.query), endpoint.body ?? null])
}

/** Joins the base URL's path and an endpoint path: https://x/api/v2 + /contacts = https://x/api/v2/contacts. */
function joinPaths(basePath: string, path: string): string {
  return `${basePath.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

/**
 * The request for an endpoint with its placeholders filled. The base URL's own query parameters (e.g.
 * ?api-version=2) are kept; a query written in the path template ("/contacts?email={email}") is honoured too.
 */
export function endpointRequest(
  baseUrl: string,
  endpoint: EndpointTemplate,
  values: TemplateValues,
  body?: unknown,
): HttpRequest {
  const base = new URL(baseUrl)
  const [pathTemplate = '', inlineQuery = ''] = endpoint.path.split(/\?(.*)/s)
  const url = new URL(base.href)
  url.hash = ''
  url.pathname = joinPaths(base.pathname, fillPath(pathTemplate, values))
  const query = { ...Object.fromEntries(new URLSearchParams(inlineQuery)), ...endpoint.query }
  for (const [name, value] of fillQuery(query, values)) url.searchParams.append(name, value)
  const filledBody = body !== undefined ? body : endpoint.body ? fillBody(endpoint.body, values) : undefined
  return {
    method: endpoint.method,
    url,
    endpoint: `${endpoint.method} ${base.host}${joinPaths(base.pathname, pathTemplate)}`,
    ...(filledBody === undefined ? {} : { body: filledBody }),
  }
}
