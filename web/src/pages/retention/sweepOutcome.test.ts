import { describe, expect, it } from 'vitest'
import { retentionEn as en } from '../../i18n/retention/en'
import { retentionFr as fr } from '../../i18n/retention/fr'
import { retentionNl as nl } from '../../i18n/retention/nl'
import { sweepOutcomeText } from './sweepOutcome'

const lookup = (texts: unknown, key: string): unknown =>
  key
    .split('.')
    .slice(1)
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts)

/** Review m21: the run-now result names why a collection was not swept, in each language. */
describe('sweepOutcomeText', () => {
  it('gives a blocked collection the reason the plan shows, in nl/fr/en', () => {
    const item = { outcome: 'blocked', blocked: 'legal_hold', due: null, run: null }
    const { key } = sweepOutcomeText(item)
    expect(key).toBe('retention.plan.blocked.legal_hold')
    for (const texts of [nl, fr, en]) expect(typeof lookup(texts, key)).toBe('string')
    expect(lookup(en, key)).toBe('Not swept: a legal hold applies')
    for (const reason of ['not_sql', 'no_primary_key', 'renewed', 'no_duration'])
      for (const texts of [nl, fr, en])
        expect(typeof lookup(texts, sweepOutcomeText({ ...item, blocked: reason }).key)).toBe('string')
  })

  it('gives a swept collection its counts', () => {
    expect(
      sweepOutcomeText({
        outcome: 'completed',
        blocked: null,
        due: 4,
        run: { deleted: 3, masked: 1, ceiling: null },
      }),
    ).toEqual({
      key: 'retention.runs.runNow.outcomes.completed',
      values: { defaultValue: 'completed', due: 4, deleted: 3, masked: 1, ceiling: '' },
    })
  })

  it('says a count was not reported instead of 0, and that a task waits for a person (decision 0094)', () => {
    const { key } = sweepOutcomeText({
      outcome: 'completed',
      blocked: null,
      due: null,
      run: { deleted: 0, masked: 0, ceiling: null, countReported: false },
    })
    expect(key).toBe('retention.runs.runNow.outcomes.completedNotReported')
    expect(lookup(en, key)).toBe('swept; count not reported by the system')
    const waiting = sweepOutcomeText({ outcome: 'waiting', blocked: null, due: null, run: null }).key
    for (const texts of [nl, fr, en]) {
      expect(typeof lookup(texts, key)).toBe('string')
      expect(typeof lookup(texts, waiting)).toBe('string')
    }
  })
})
