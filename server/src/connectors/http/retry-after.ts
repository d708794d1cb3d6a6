/** Retry-After (RFC 9110 10.2.3): delay-seconds or an HTTP date. */

const DEFAULT_RETRY_MS = 1_000
export const MAX_RETRY_MS = 30_000

/** Milliseconds to wait, or undefined when the header is absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined) return undefined
  const text = header.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

/** The wait before retrying: what the server asked for, 1 s when it did not say, never more than 30 s. */
export function retryDelay(header: string | null | undefined, nowMs: number): number {
  return Math.min(MAX_RETRY_MS, parseRetryAfter(header, nowMs) ?? DEFAULT_RETRY_MS)
}
