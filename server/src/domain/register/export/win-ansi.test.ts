import { describe, expect, it } from 'vitest'
import { toWinAnsi } from './win-ansi'

describe('toWinAnsi', () => {
  it('keeps Western European letters and WinAnsi punctuation', () => {
    expect(toWinAnsi('Beëindigd, déjà, garçon, Straße – “€ 5” • …')).toBe(
      'Beëindigd, déjà, garçon, Straße – “€ 5” • …',
    )
  })

  it('replaces what Helvetica cannot encode', () => {
    expect(toWinAnsi('a → b ≥ c')).toBe('a -> b >= c')
    expect(toWinAnsi('Łódź, Őrség')).toBe('Lódz, Orség')
    expect(toWinAnsi('12\u202f: x\u00ad')).toBe('12 : x')
    expect(toWinAnsi('rocket 🚀')).toBe('rocket ?')
  })
})
