import type { HttpSettings } from '../../domain/datasets/schema'
import { HttpConnectorError } from './errors'
import type { HttpClient, HttpRequest, HttpResponse } from './http-client'
import { nextLink } from './link-header'
import { getPath } from './paths'

export type Pagination = HttpSettings['pagination']

/** A result set larger than this many pages is refused rather than read forever. */
const MAX_PAGES = 1000

export interface PageOptions {
  pagination: Pagination
  /** Dotted path of the list of items in a response; the response itself when absent. */
  itemsPath: string | undefined
  /** A 404 means "nothing found" (a lookup by id such as /contacts/{id}), not a broken endpoint. */
  notFoundIsEmpty: boolean
  maxPages?: number
}

/** The items of a response: the list at itemsPath, a single object as one item, nothing for an empty body. */
function itemsOf(response: HttpResponse, itemsPath: string | undefined, endpoint: string): unknown[] {
  if (response.body === undefined && response.text.trim() !== '')
    throw new HttpConnectorError(`${endpoint} answered ${response.status} with a body that is not JSON`)
  const value = getPath(response.body, itemsPath)
  if (Array.isArray(value)) return value
  if (value === undefined || value === null) return []
  if (typeof value === 'object') return [value]
  throw new HttpConnectorError(`${endpoint}: no list of items at "${itemsPath ?? '(the response)'}"`)
}

function withParams(url: URL, params: Record<string, string>): URL {
  const next = new URL(url)
  for (const [name, value] of Object.entries(params)) next.searchParams.set(name, value)
  return next
}

/**
 * Reads every page of a result, yielding the items of each page in turn. Stops when the API says there is no
 * more (a short page, no next cursor, no rel="next" link) and refuses pagination that does not advance, that
 * leads to another origin (the credentials would follow) or that goes on beyond `maxPages`.
 */
export async function* readPages(
  client: HttpClient,
  first: HttpRequest,
  options: PageOptions,
): AsyncGenerator<unknown[]> {
  const { pagination, itemsPath } = options
  const maxPages = options.maxPages ?? MAX_PAGES
  const accept = options.notFoundIsEmpty ? [404] : []
  const fetchPage = async (url: URL) => {
    const response = await client.request({ ...first, url, accept })
    const items = response.status === 404 ? [] : itemsOf(response, itemsPath, first.endpoint)
    return { response, items, last: response.status === 404 }
  }
  const tooMany = () =>
    new HttpConnectorError(`${first.endpoint}: more than ${maxPages} pages, refusing to read further`)
  const stuck = () => new HttpConnectorError(`${first.endpoint}: the pagination does not advance`)

  switch (pagination.type) {
    case 'none': {
      yield (await fetchPage(first.url)).items
      return
    }
    case 'page': {
      let previous: string | undefined
      for (let n = 0; ; n++) {
        if (n >= maxPages) throw tooMany()
        const page = String(pagination.firstPage + n)
        const url = withParams(first.url, {
          [pagination.pageParam]: page,
          [pagination.sizeParam]: String(pagination.size),
        })
        const { items, last } = await fetchPage(url)
        if (items.length >= pagination.size) {
          const fingerprint = JSON.stringify(items)
          if (fingerprint === previous) throw stuck()
          previous = fingerprint
        }
        yield items
        if (last || items.length < pagination.size) return
      }
    }
    case 'cursor': {
      const seen = new Set<string>()
      let url = first.url
      for (let n = 0; ; n++) {
        if (n >= maxPages) throw tooMany()
        const { response, items, last } = await fetchPage(url)
        yield items
        const cursor = last ? undefined : getPath(response.body, pagination.nextCursorPath)
        if (cursor === undefined || cursor === null || cursor === '' || cursor === false) return
        const text = typeof cursor === 'object' ? JSON.stringify(cursor) : String(cursor)
        if (seen.has(text)) throw stuck()
        seen.add(text)
        url = withParams(first.url, { [pagination.cursorParam]: text })
      }
    }
    case 'link_header': {
      const seen = new Set<string>([first.url.href])
      let url = first.url
      for (let n = 0; ; n++) {
        if (n >= maxPages) throw tooMany()
        const { response, items, last } = await fetchPage(url)
        yield items
        const link = last ? undefined : nextLink(response.headers.get('link'))
        if (!link) return
        let next: URL
        try {
          next = new URL(link, url)
        } catch {
          throw new HttpConnectorError(`${first.endpoint}: unreadable rel="next" link`)
        }
        if (next.origin !== first.url.origin)
          throw new HttpConnectorError(
            `${first.endpoint}: the next page is on another origin (${next.origin}); not following it with the credentials`,
          )
        if (seen.has(next.href)) throw stuck()
        seen.add(next.href)
        url = next
      }
    }
  }
}
