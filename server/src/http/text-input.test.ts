import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findUnstorableText, isStorableText } from './text-input'

const BAD = ['\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF']

describe('text inputs PostgreSQL can store', () => {
  it('accepts any well-formed text without NUL, including pairs of surrogates (emoji)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(isStorableText(text.replaceAll('\u0000', ''))).toBe(true)
      }),
    )
    expect(isStorableText('😀 Ærøskøbing')).toBe(true)
  })

  it('refuses a NUL or a lone surrogate anywhere in the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii' }),
        fc.nat(),
        fc.constantFrom(...BAD),
        (text, at, bad) => {
          const i = at % (text.length + 1)
          expect(isStorableText(text.slice(0, i) + bad + text.slice(i))).toBe(false)
        },
      ),
    )
    expect(isStorableText('\uDC00\uD800')).toBe(false)
  })

  it('names the first bad field by its path, in values and keys, at any depth', () => {
    expect(findUnstorableText({ a: 'ok', b: [{ c: 'x\u0000' }] }, 'body')).toBe('body.b.0.c')
    expect(findUnstorableText({ 'k\uD800': 1 }, 'body')).toBe('body.k\uFFFD')
    expect(findUnstorableText({ file: { content: Buffer.from([0, 0xd8]) } }, 'body')).toBeNull()
    expect(findUnstorableText(undefined, 'query')).toBeNull()
    let deep: unknown = 'a\u0000'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(findUnstorableText(deep, 'body')).toMatch(/^body(\.0)+$/)
  })
})
