/**
 * Which links a rendered page, mail or letter may carry. Escaping keeps text from becoming markup; these keep a
 * link from running script (`javascript:`) or carrying a document (`data:`).
 */

export class UnsafeLinkError extends Error {}

/** Only absolute http(s) links go into a mail: no `javascript:` or `data:` URLs, whatever the caller passes. */
export function assertSafeLink(link: string): string {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    throw new UnsafeLinkError('A mail link must be an absolute URL')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UnsafeLinkError('A mail link must use http or https')
  }
  return link
}

const FRAGMENT = /^#[A-Za-z0-9][A-Za-z0-9._-]*$/

/**
 * The link target when it is absolute http(s) or mailto - or, with `fragment`, an anchor in the same document
 * (`#right-to-object`); undefined for anything else (javascript:, data:, relative).
 */
export function safeHref(href: string, options: { fragment?: boolean } = {}): string | undefined {
  const trimmed = href.trim()
  if (options.fragment && FRAGMENT.test(trimmed)) return trimmed
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined
}
