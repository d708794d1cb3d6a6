import { createCipheriv, createDecipheriv, hash, hkdfSync, randomBytes } from 'node:crypto'

const VERSION = 'v1'
const IV_BYTES = 12

export class DecryptionError extends Error {}

export interface Encryption {
  /** AES-256-GCM; the result is `v1.<iv>.<tag>.<ciphertext>` (base64url) and safe to store as text. */
  encrypt(plaintext: string, context?: string): string
  decrypt(sealed: string, context?: string): string
  /** Keyed hash (HMAC-SHA256) for equality lookups on encrypted values, separated per purpose. */
  blindIndex(value: string, purpose: string): string
  /** The same keyed hash as `blindIndex`, as its 32 bytes (for keys derived from it). */
  blindIndexDigest(value: string, purpose: string): Buffer
}

const HMAC_BLOCK = 64

/**
 * HMAC-SHA256 (RFC 2104) as two one-shot hashes over the key's inner and outer pads, computed once: the same bytes
 * as `createHmac('sha256', key)`, at about half its cost for short values (no HMAC object a call). The subject
 * import computes ~25 of these a person (decision 0097).
 */
export function hmacSha256(key: Buffer): (message: string) => Buffer {
  if (key.length > HMAC_BLOCK) throw new Error('An HMAC key longer than a block must be hashed first')
  const inner = Buffer.alloc(HMAC_BLOCK, 0x36)
  const outer = Buffer.alloc(HMAC_BLOCK, 0x5c)
  for (let i = 0; i < key.length; i++) {
    inner[i] = (inner[i] ?? 0) ^ (key[i] ?? 0)
    outer[i] = (outer[i] ?? 0) ^ (key[i] ?? 0)
  }
  return (message) => {
    const innerHash = hash('sha256', Buffer.concat([inner, Buffer.from(message, 'utf8')]), 'buffer')
    return hash('sha256', Buffer.concat([outer, innerHash]), 'buffer')
  }
}

/**
 * Secrets and sensitive identifiers at rest. Two independent keys are derived from the configured master key
 * with HKDF, one for encryption and one for blind indexes, so an index never reveals anything about the cipher.
 * `context` is bound as additional authenticated data: a value copied to another row or column fails to decrypt.
 */
export function createEncryption(masterKey: Buffer): Encryption {
  if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes')
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'custos/encryption/v1', 32))
  const indexKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'custos/blind-index/v1', 32))
  const indexHmac = hmacSha256(indexKey)
  return {
    encrypt(plaintext, context = '') {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', encKey, iv)
      cipher.setAAD(Buffer.from(context, 'utf8'))
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return [VERSION, iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.')
    },
    decrypt(sealed, context = '') {
      const [version, iv, tag, body] = sealed.split('.')
      if (version !== VERSION || !iv || !tag || body === undefined)
        throw new DecryptionError('Unknown ciphertext format')
      try {
        const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'))
        decipher.setAAD(Buffer.from(context, 'utf8'))
        decipher.setAuthTag(Buffer.from(tag, 'base64url'))
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
          'utf8',
        )
      } catch {
        throw new DecryptionError('The value could not be decrypted (wrong key or tampered data)')
      }
    },
    blindIndex(value, purpose) {
      return indexHmac(`${purpose}\u0000${value}`).toString('base64url')
    },
    blindIndexDigest(value, purpose) {
      return indexHmac(`${purpose}\u0000${value}`)
    },
  }
}
