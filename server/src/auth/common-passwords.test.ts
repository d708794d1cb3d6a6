import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCommonPassword } from './common-passwords'

describe('common (breached) passwords', () => {
  it('rejects common passwords, also padded to length with digits and punctuation, or repeated', () => {
    for (const password of [
      'password1234',
      '123456789012',
      'Iloveyou2024!',
      '!!Welcome12345',
      'qwertyqwerty',
      'aaaaaaaaaaaa',
      'Superman 1234',
    ])
      expect(isCommonPassword(password), password).toBe(true)
  })

  it('accepts passphrases and random passwords', () => {
    for (const password of ['correct horse battery staple', 'a good long password', 'Wetstraat 16 Brussel'])
      expect(isCommonPassword(password), password).toBe(false)
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{16}$/), (random) => {
        // 16 random characters are not in a list of 49,000 breached passwords (but may start with one).
        expect(isCommonPassword(random)).toBe(false)
      }),
      { numRuns: 200 },
    )
  })
})
