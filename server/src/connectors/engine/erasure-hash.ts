import { createHmac, hkdfSync } from 'node:crypto'

/**
 * The keyed hash erasure uses (HMAC-SHA256, hex): per organisation, derived from the installation's secret key,
 * so the same input masks the same way within an organisation and cannot be recomputed without the key.
 */
export function erasureHasher(secretKey: Buffer, organizationId: string): (value: string) => string {
  const key = Buffer.from(
    hkdfSync('sha256', secretKey, Buffer.alloc(0), `custos/erasure-hash/v1/${organizationId}`, 32),
  )
  return (value) => createHmac('sha256', key).update(value, 'utf8').digest('hex')
}
