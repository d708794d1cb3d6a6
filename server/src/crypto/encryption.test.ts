import { createHmac, hkdfSync, randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEncryption, DecryptionError } from './encryption'

describe('encryption at rest (AES-256-GCM) and blind index', () => {
  const enc = createEncryption(randomBytes(32))

  it('round-trips any text, and never stores the plaintext', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string(), (plain, context) => {
        const sealed = enc.encrypt(plain, context)
        expect(enc.decrypt(sealed, context)).toBe(plain)
        expect(sealed.startsWith('v1.')).toBe(true)
      }),
    )
  })

  it('keeps the blind index byte for byte the HMAC-SHA256 stored keys were made with (any value, purpose, key)', () => {
    // The index is computed from precomputed pads (decision 0097); every stored lookup key and name key was made
    // with createHmac, so the two must agree on every input, long and non-ASCII values included.
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ maxLength: 40 }),
        (master, value, purpose) => {
          const key = Buffer.from(
            hkdfSync('sha256', Buffer.from(master), Buffer.alloc(0), 'custos/blind-index/v1', 32),
          )
          const expected = createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest()
          const e = createEncryption(Buffer.from(master))
          expect(e.blindIndexDigest(value, purpose)).toEqual(expected)
          expect(e.blindIndex(value, purpose)).toBe(expected.toString('base64url'))
        },
      ),
    )
  })

  it('gives a different ciphertext each time for the same value (random IV)', () => {
    expect(enc.encrypt('85073003328')).not.toBe(enc.encrypt('85073003328'))
  })

  it('refuses a value moved to another context, a tampered value and a wrong key', () => {
    const sealed = enc.encrypt('85073003328', 'subjects.national_number:1')
    expect(() => enc.decrypt(sealed, 'subjects.national_number:2')).toThrow(DecryptionError)
    const parts = sealed.split('.')
    const body = Buffer.from(parts[3] ?? '', 'base64url')
    body[0] = (body[0] ?? 0) ^ 1
    expect(() =>
      enc.decrypt(
        [parts[0], parts[1], parts[2], body.toString('base64url')].join('.'),
        'subjects.national_number:1',
      ),
    ).toThrow(DecryptionError)
    expect(() => createEncryption(randomBytes(32)).decrypt(sealed, 'subjects.national_number:1')).toThrow(
      DecryptionError,
    )
    expect(() => enc.decrypt('garbage')).toThrow(DecryptionError)
  })

  it('blind index: equal for equal input and purpose, different across purposes and keys', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(enc.blindIndex(a, 'p') === enc.blindIndex(b, 'p')).toBe(a === b)
      }),
    )
    expect(enc.blindIndex('x', 'email')).not.toBe(enc.blindIndex('x', 'phone'))
    expect(enc.blindIndex('x', 'email')).not.toBe(createEncryption(randomBytes(32)).blindIndex('x', 'email'))
  })

  it('needs a 32-byte key', () => {
    expect(() => createEncryption(randomBytes(16))).toThrow()
  })
})
