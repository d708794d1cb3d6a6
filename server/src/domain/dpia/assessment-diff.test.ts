import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type AssessmentContent, assessmentContentSchema, changedPaths, PRINCIPLES } from './assessment'
import { assessmentDiff } from './assessment-diff'
import { RISKS } from './risk'

const words = fc.constantFrom('', 'Inbound calls', 'Priority only', 'Works council: no objection')
const estimate = fc.option(
  fc.record({ severity: fc.integer({ min: 1, max: 4 }), likelihood: fc.integer({ min: 1, max: 4 }) }),
)
const content: fc.Arbitrary<AssessmentContent> = fc
  .record({
    context: fc.record({ overview: words, lifecycle: words }),
    principles: fc.dictionary(
      fc.constantFrom(...PRINCIPLES),
      fc.record({
        answer: words,
        evaluation: fc.constantFrom(null, 'acceptable', 'improvable', 'to_correct'),
      }),
    ),
    risks: fc.dictionary(
      fc.constantFrom(...RISKS),
      fc.record({
        sources: fc.array(fc.constantFrom('An employee', 'An attacker'), { maxLength: 2 }),
        threats: fc.array(fc.constantFrom('Look-up'), { maxLength: 1 }),
        impacts: fc.array(fc.constantFrom('Fraud'), { maxLength: 1 }),
        initial: estimate,
        residual: estimate,
      }),
    ),
    plannedMeasures: fc.uniqueArray(
      fc.record({
        key: fc.constantFrom('m1', 'm2', 'm3'),
        title: fc.constantFrom('Mask numbers', 'Encrypt backups'),
        risks: fc.subarray([...RISKS]),
        priority: fc.constantFrom('low', 'medium', 'high', 'critical'),
        due: fc.constantFrom(null, '2027-03-01'),
      }),
      { selector: (m) => m.key, maxLength: 3 },
    ),
    dpoOpinion: words,
    peopleViews: words,
  })
  .map((c) => assessmentContentSchema.parse(c))

describe('the diff between two versions of a DPIA', () => {
  it('is empty for equal contents, symmetric, and never shows the same text on both sides', () => {
    fc.assert(
      fc.property(content, content, fc.constantFrom('nl', 'fr', 'en'), (a, b, lang) => {
        expect(assessmentDiff(a, a, lang)).toEqual([])
        const forth = assessmentDiff(a, b, lang)
        const back = assessmentDiff(b, a, lang)
        expect(back.map((e) => [e.path, e.before, e.after])).toEqual(
          forth.map((e) => [e.path, e.after, e.before]),
        )
        for (const e of forth) expect(e.before).not.toBe(e.after)
      }),
    )
  })

  it('names a field wherever the stored content changed, and only there', () => {
    fc.assert(
      fc.property(content, content, (a, b) => {
        const diffed = assessmentDiff(a, b, 'en').map((e) => e.path)
        // Each changed stored path is covered by a diff entry (a measure by its key, the rest by prefix).
        for (const path of changedPaths(a, b)) {
          const covered = diffed.some((d) =>
            path.startsWith('plannedMeasures') ? d.startsWith('plannedMeasures') : path.startsWith(d),
          )
          expect(covered, path).toBe(true)
        }
        if (changedPaths(a, b).length === 0) expect(diffed).toEqual([])
      }),
    )
  })

  it('words both sides in the language asked', () => {
    const before = assessmentContentSchema.parse({
      risks: { disappearance: { initial: { severity: 3, likelihood: 4 } } },
      plannedMeasures: [{ key: 'm1', title: 'Encrypt backups', risks: ['disappearance'], due: '2027-03-01' }],
    })
    const after = assessmentContentSchema.parse({
      risks: { disappearance: { initial: { severity: 3, likelihood: 2 } } },
      principles: { purposes: { answer: '', evaluation: 'to_correct' } },
      dpoOpinion: 'Favourable.',
    })
    expect(assessmentDiff(before, after, 'fr')).toEqual([
      expect.objectContaining({
        path: 'principles.purposes.evaluation',
        section: 'principles',
        before: null,
        after: 'À corriger',
      }),
      {
        path: 'risks.disappearance.initial',
        section: 'risks',
        label: 'Disparition de données - gravité et vraisemblance',
        before: 'gravité 3 Importante, vraisemblance 4 Maximale',
        after: 'gravité 3 Importante, vraisemblance 2 Limitée',
      },
      {
        path: 'plannedMeasures.m1',
        section: 'measures',
        label: 'Mesure prévue',
        before: 'Encrypt backups (priorité moyenne, au plus tard le 01/03/2027 ; Disparition de données)',
        after: null,
      },
      expect.objectContaining({ path: 'dpoOpinion', before: null, after: 'Favourable.' }),
    ])
  })
})
