import { Secret, TOTP } from 'otpauth'

const ISSUER = 'Custos'

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  })
}

export function totpUri(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString()
}

export const TOTP_PERIOD_SECONDS = 30

/**
 * Accepts the current code and the one before or after it (clock drift of +-30 s) and returns the time step the
 * code belongs to (unix time / 30 s), or null. The caller rejects a step not later than the last one used.
 */
export function verifyTotp(secretBase32: string, code: string, now: Date = new Date()): number | null {
  const clean = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(clean)) return null
  const timestamp = now.getTime()
  const delta = totpFor(secretBase32, 'verify').validate({ token: clean, window: 1, timestamp })
  if (delta === null) return null
  return Math.floor(timestamp / 1000 / TOTP_PERIOD_SECONDS) + delta
}

export function currentTotp(secretBase32: string, now: Date = new Date()): string {
  return totpFor(secretBase32, 'verify').generate({ timestamp: now.getTime() })
}
