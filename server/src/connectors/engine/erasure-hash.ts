import { createHmac, createSecretKey, hkdfSync } from 'node:crypto'

/** The organisation's erasure key, derived from the installation's secret key (HKDF-SHA256, 32 bytes). */
export function erasureKey(secretKey: Buffer, organizationId: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', secretKey, Buffer.alloc(0), `custos/erasure-hash/v1/${organizationId}`, 32),
  )
}

/**
 * The keyed hash erasure uses (HMAC-SHA256, hex): per organisation, derived from the installation's secret key,
 * so the same input masks the same way within an organisation and cannot be recomputed without the key. The key
 * is made a KeyObject once per hasher rather than handed over as bytes for every value.
 */
export function erasureHasher(secretKey: Buffer, organizationId: string): (value: string) => string {
  const key = createSecretKey(erasureKey(secretKey, organizationId))
  return (value) => createHmac('sha256', key).update(value, 'utf8').digest('hex')
}
