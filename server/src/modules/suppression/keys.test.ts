import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyOf } from './keys'

/** The suppression list, the DNCM copy and the Robinson list hold hashes made before: the bytes must not change. */
describe('the identifier key', () => {
  it('hashes kind NUL value as HMAC-SHA256 with the organisation secret (same bytes as createHmac)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.constantFrom('email', 'phone', 'postal', 'robinson') as fc.Arbitrary<
          'email' | 'phone' | 'postal' | 'robinson'
        >,
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (secret, kind, value) => {
          const key = Buffer.from(secret)
          const expected = createHmac('sha256', key).update(`${kind}\u0000${value}`).digest()
          expect(keyOf(key).hash(kind, value).equals(expected)).toBe(true)
        },
      ),
    )
  })

  it('gives the answer it gave before', () => {
    expect(keyOf(Buffer.alloc(32, 7)).hash('phone', '+32470000000').toString('hex')).toBe(
      '0a0f2bf90597040bb855dfe91b982a81f88f8b7d550b9a5e7f3c611aabcb9c97',
    )
  })
})
