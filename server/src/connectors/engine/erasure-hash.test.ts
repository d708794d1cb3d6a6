import { createHmac, randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { erasureHasher, erasureKey } from './erasure-hash'

describe('erasureHasher', () => {
  it('gives the HMAC-SHA256 of the value under the organisation key, as with the key bytes per call', () => {
    const secret = randomBytes(32)
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 8 }),
        (org, values) => {
          const hash = erasureHasher(secret, org)
          const key = erasureKey(secret, org)
          for (const value of values)
            expect(hash(value)).toBe(createHmac('sha256', key).update(value, 'utf8').digest('hex'))
        },
      ),
      { numRuns: 100 },
    )
  })

  it('differs per organisation and per installation secret', () => {
    const secret = randomBytes(32)
    expect(erasureHasher(secret, 'a')('x')).not.toBe(erasureHasher(secret, 'b')('x'))
    expect(erasureHasher(secret, 'a')('x')).not.toBe(erasureHasher(randomBytes(32), 'a')('x'))
    // The value the hasher gave before the key became a KeyObject (a change of derivation would mask differently).
    expect(erasureHasher(Buffer.alloc(32, 1), 'org')('value')).toBe(
      'c0af1c8157a07cddd4e1adf3bab53f271989e2268e6d20607e54bed7677e94e6',
    )
  })
})
