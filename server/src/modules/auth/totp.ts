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

/** Accepts the current code and the one before or after it (clock drift of +-30 s). */
export function verifyTotp(secretBase32: string, code: string): boolean {
  const clean = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(clean)) return false
  return totpFor(secretBase32, 'verify').validate({ token: clean, window: 1 }) !== null
}

export function currentTotp(secretBase32: string): string {
  return totpFor(secretBase32, 'verify').generate()
}
