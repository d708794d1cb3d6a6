/** A failure of the HTTP connector, worded for the person running the connection (no secret, no query values). */
export class HttpConnectorError extends Error {
  override name = 'HttpConnectorError'
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

/** Replaces every occurrence of the secrets (and of their URL-encoded forms) with "***". */
export function redact(text: string, secrets: Iterable<string>): string {
  let result = text
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (secret.length < 3) continue
    forms.add(secret)
    forms.add(encodeURIComponent(secret))
  }
  for (const form of [...forms].sort((a, b) => b.length - a.length)) result = result.split(form).join('***')
  return result
}

/** A short, single-line, secret-free excerpt of a response body for an error message. */
export function bodyExcerpt(text: string, secrets: Iterable<string>, max = 200): string {
  const line = redact(text, secrets).replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}

/** Why a request got no answer: a timeout, or the network error's code (ECONNREFUSED, ENOTFOUND...). */
export function networkReason(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error)
}
