const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

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
