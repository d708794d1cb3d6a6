import { randomBytes } from 'node:crypto'
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
