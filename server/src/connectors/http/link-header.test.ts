import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nextLink, parseLinkHeader } from './link-header'

describe('Link header parsing (RFC 8288)', () => {
  it('finds the next link among several, relative or absolute, with quoted or bare rel', () => {
    const header =
      '<https://api.example.com/items?page=1>; rel="first", <https://api.example.com/items?page=3&a=b,c>; rel="next", ' +
      '</items?page=9>; rel=last; title="The end; really"'
    expect(nextLink(header)).toBe('https://api.example.com/items?page=3&a=b,c')
    const links = parseLinkHeader(header)
    expect(links.map((l) => l.rel)).toEqual([['first'], ['next'], ['last']])
    expect(links[2]?.params.title).toBe('The end; really')
    expect(nextLink('</v2/contacts?page=2>;rel=next')).toBe('/v2/contacts?page=2')
  })

  it('reads a rel with several relation types, in any case', () => {
    expect(nextLink('<https://x.test/2>; rel="prev NEXT"')).toBe('https://x.test/2')
    expect(nextLink('<https://x.test/2>; rel="nextish"')).toBeUndefined()
  })

  it('has no next link for empty, absent or malformed headers', () => {
    expect(nextLink(null)).toBeUndefined()
    expect(nextLink('')).toBeUndefined()
    expect(nextLink('garbage; rel="next"')).toBeUndefined()
    expect(nextLink('<https://x.test/1; rel="next"')).toBeUndefined()
    expect(nextLink('junk, <https://x.test/ok>; rel="next"')).toBe('https://x.test/ok')
  })

  it('parses back what it is given, whatever the URLs and relations', () => {
    const rel = fc.stringMatching(/^[a-z][a-z-]{0,10}$/)
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            url: fc.stringMatching(/^[a-z0-9/?=&,;._~%-]{0,30}$/).map((path) => `https://api.test/${path}`),
            rels: fc.array(rel, { minLength: 1, maxLength: 3 }),
          }),
          {
            maxLength: 5,
          },
        ),
        fc.constantFrom(',', ', ', ' ,  '),
        (links, separator) => {
          const header = links.map((l) => `<${l.url}>; rel="${l.rels.join(' ')}"`).join(separator)
          const parsed = parseLinkHeader(header)
          expect(parsed.map((p) => p.url)).toEqual(links.map((l) => l.url))
          expect(parsed.map((p) => p.rel)).toEqual(links.map((l) => l.rels))
        },
      ),
    )
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseLinkHeader(text)
      }),
    )
  })
})
