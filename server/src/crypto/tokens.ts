import { hash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A random secret for links and cookies (256 bits, base64url). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/**
 * Tokens are stored only as their SHA-256: a database leak does not reveal usable sessions or tokens. One-shot
 * (no Hash object): this runs for every request with an API token or a session.
 */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex')
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a)
  const bb = Buffer.from(b)
  return ab.length === bb.length && timingSafeEqual(ab, bb)
}
