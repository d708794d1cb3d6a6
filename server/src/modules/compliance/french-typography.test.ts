import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAP_LABELS, PRINCIPLE_QUESTIONS } from '../../domain/dpia/assessment-labels'
import { ASSESSMENT_WORDS } from '../dpia/assessment-report'
import { REPORT_WORDS } from './report-words'

/** Every text of a wording, functions called with sample values. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') {
    const samples = [
      ['notice', 3, { registerChangedSince: true, answered: 2, late: 1 }],
      ['notice', null, {}],
      ['requests_on_time', 50, { answered: 2, late: 1 }],
      ['running', '01/02/2026'],
      ['X', 'Y', 3, 1],
      [0],
      [2],
    ]
    return samples.flatMap((args) => texts(value(...args)))
  }
  if (Array.isArray(value)) return value.flatMap(texts)
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts)
  return []
}

describe('French typography of the DPIA and monthly report PDFs (the rules of domain/french-typography.ts)', () => {
  const fr = [
    ...texts(REPORT_WORDS.fr),
    ...texts(ASSESSMENT_WORDS.fr),
    ...texts(MAP_LABELS.fr),
    ...Object.values(PRINCIPLE_QUESTIONS).map((q) => q.fr),
  ]

  it('puts a no-break space (U+00A0) before a colon, never a plain space or none', () => {
    expect(fr.filter((t) => /( |[^\s\u00a0\d/]):/.test(t))).toEqual([])
    expect(fr.filter((t) => /\u00a0:/.test(t)).length).toBeGreaterThan(8)
  })

  it('puts a narrow no-break space (U+202F) before ; ? and !', () => {
    expect(fr.filter((t) => /[ \u00a0][;?!]|[^\s\u202f][;?!]/.test(t))).toEqual([])
    expect(fr.filter((t) => /\u202f;/.test(t)).length).toBeGreaterThan(1)
  })

  it('gets that spacing from domain/french-typography, not from spaces typed by hand (review m13)', () => {
    const src = join(import.meta.dirname, '..', '..')
    const sources = [
      'modules/compliance/report-words.ts',
      'modules/dpia/assessment-report.ts',
      'domain/dpia/assessment-labels.ts',
    ]
    const typed = sources.filter((file) =>
      /\\u00a0|\\u202f|\u00a0|\u202f/.test(readFileSync(join(src, file), 'utf8')),
    )
    expect(typed).toEqual([])
  })
})
