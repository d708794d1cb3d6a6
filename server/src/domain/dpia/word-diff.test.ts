import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_WORD_EDITS, wordDiff } from './word-diff'

const side = (parts: { op: string; text: string }[], keep: 'removed' | 'added') =>
  parts
    .filter((p) => p.op === 'same' || p.op === keep)
    .map((p) => p.text)
    .join('')

describe('wordDiff: what was taken out and put in inside a changed text', () => {
  it('marks the word put in, and keeps the rest as it was', () => {
    expect(wordDiff('Ondernemingsraad gehoord.', 'Ondernemingsraad opnieuw gehoord.')).toEqual([
      { op: 'same', text: 'Ondernemingsraad ' },
      { op: 'added', text: 'opnieuw ' },
      { op: 'same', text: 'gehoord.' },
    ])
  })

  it('a replaced word is taken out, then put in; accented words are whole words', () => {
    expect(
      wordDiff('Gravité importante, vraisemblance élevée', 'Gravité limitée, vraisemblance élevée'),
    ).toEqual([
      { op: 'same', text: 'Gravité ' },
      { op: 'removed', text: 'importante' },
      { op: 'added', text: 'limitée' },
      { op: 'same', text: ', vraisemblance élevée' },
    ])
  })

  it('keeps the lines of a list apart: a line added at the end is one added part with its line break', () => {
    expect(wordDiff('An employee\nAn attacker', 'An employee\nAn attacker\nA supplier')).toEqual([
      { op: 'same', text: 'An employee\nAn attacker' },
      { op: 'added', text: '\nA supplier' },
    ])
  })

  it('nothing to highlight when one side is empty, or the texts have too little in common', () => {
    expect(wordDiff(null, 'New text')).toBeNull()
    expect(wordDiff('Old text', null)).toBeNull()
    const many = (w: string) => Array.from({ length: MAX_WORD_EDITS }, (_, i) => `${w}${i}`).join(' ')
    expect(wordDiff(many('a'), many('b'))).toBeNull()
  })

  it('property: the older text is the kept and removed parts, the newer the kept and added ones', () => {
    const text = fc
      .array(fc.constantFrom('de', 'klant', 'belt', 'één', 'l’agent', ',', '.', ' ', '  ', '\n', 'x1'), {
        maxLength: 30,
      })
      .map((t) => t.join(''))
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after)
        expect(parts).not.toBeNull()
        if (!parts) return
        expect(side(parts, 'removed')).toBe(before)
        expect(side(parts, 'added')).toBe(after)
        for (const [i, p] of parts.entries()) {
          expect(p.text).not.toBe('')
          if (i > 0) expect(parts[i - 1]?.op).not.toBe(p.op)
        }
        if (before === after) expect(parts.every((p) => p.op === 'same')).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
