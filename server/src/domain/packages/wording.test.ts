import { describe, expect, it } from 'vitest'
import { CONSENT_WORDING } from './consent'
import { PACKAGE_WORDING } from './wording'

/** Every text of a wording, functions called with sample values. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return texts(value('X', 'Y', 'Z', 'W'))
  if (Array.isArray(value)) return value.flatMap(texts)
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts)
  return []
}

describe('answer package wording, French typography (shared domain/french-typography.ts)', () => {
  const fr = [...texts(PACKAGE_WORDING.fr), ...texts(CONSENT_WORDING.fr)]

  it('puts a narrow no-break space (U+202F) before ; ? and !, never a plain or wide no-break space', () => {
    const bad = fr.filter((t) => /[ \u00a0][;?!]/.test(t))
    expect(bad).toEqual([])
    expect(fr.filter((t) => /\u202f[;?]/.test(t)).length).toBeGreaterThan(3)
  })

  it('puts a no-break space (U+00A0) before a colon', () => {
    expect(fr.filter((t) => / :/.test(t))).toEqual([])
    expect(fr.filter((t) => /\u00a0:/.test(t)).length).toBeGreaterThan(3)
  })
})
