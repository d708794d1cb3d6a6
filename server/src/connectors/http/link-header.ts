/** RFC 8288 Link headers: `<https://api.example.com/items?page=2>; rel="next", <...>; rel="last"`. */

export interface LinkValue {
  url: string
  /** Relation types, lower-cased (a rel parameter may hold several, separated by spaces). */
  rel: string[]
  params: Record<string, string>
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t'

/** Parses a Link header; malformed parts are skipped rather than guessed at. */
export function parseLinkHeader(header: string): LinkValue[] {
  const links: LinkValue[] = []
  const n = header.length
  let i = 0
  const skipSpaces = () => {
    while (isSpace(header[i])) i++
  }
  while (i < n) {
    while (i < n && (isSpace(header[i]) || header[i] === ',')) i++
    if (i >= n) break
    const end = header[i] === '<' ? header.indexOf('>', i) : -1
    if (end < 0) {
      const comma = header.indexOf(',', i)
      i = comma < 0 ? n : comma + 1
      continue
    }
    const url = header.slice(i + 1, end).trim()
    i = end + 1
    const params: Record<string, string> = {}
    for (;;) {
      skipSpaces()
      if (header[i] !== ';') break
      i++
      skipSpaces()
      const nameStart = i
      while (i < n && !/[=;,\s]/.test(header[i] as string)) i++
      const name = header.slice(nameStart, i).toLowerCase()
      skipSpaces()
      let value = ''
      if (header[i] === '=') {
        i++
        skipSpaces()
        if (header[i] === '"') {
          i++
          while (i < n && header[i] !== '"') {
            if (header[i] === '\\' && i + 1 < n) i++
            value += header[i]
            i++
          }
          i++
        } else {
          const valueStart = i
          while (i < n && !/[;,\s]/.test(header[i] as string)) i++
          value = header.slice(valueStart, i)
        }
      }
      if (name !== '' && !(name in params)) params[name] = value
    }
    while (i < n && header[i] !== ',') i++
    const rel = (params.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean)
    links.push({ url, rel, params })
  }
  return links
}

/** The target of the first rel="next" link, as written (possibly relative to the request URL). */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  return parseLinkHeader(header).find((link) => link.rel.includes('next'))?.url
}
