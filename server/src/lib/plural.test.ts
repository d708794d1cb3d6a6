import { describe, expect, it } from 'vitest'
import { counted, pluralForm } from './plural'

describe('plurals', () => {
  it('follows each language: French counts 0 and 1 as singular, Dutch and English only 1', () => {
    const dag = { one: 'dag', other: 'dagen' }
    const jour = { one: 'jour', other: 'jours' }
    const day = { one: 'day', other: 'days' }
    expect([0, 1, 2].map((n) => counted('nl', n, dag))).toEqual(['0 dagen', '1 dag', '2 dagen'])
    expect([0, 1, 2].map((n) => counted('fr', n, jour))).toEqual(['0 jour', '1 jour', '2 jours'])
    expect([0, 1, 2].map((n) => counted('en', n, day))).toEqual(['0 days', '1 day', '2 days'])
    expect(pluralForm('fr', 1_000_000, { one: 'jour', other: 'jours', many: 'de jours' })).toBe('de jours')
  })
})
