import { describe, expect, it } from 'vitest'
import { foundTargets, searchOutcome } from './holdSearch'

const person = (i: number) => ({ id: `id-${i}`, label: `Person ${i}` })
const people = (n: number) => Array.from({ length: n }, (_, i) => person(i))

describe('the legal hold picker’s search outcome', () => {
  it('says a list that got as many as it asked for may have more, never "N found"', () => {
    expect(searchOutcome(foundTargets(people(10), 10)).message).toEqual({ key: 'foundMore', count: 10 })
    expect(searchOutcome(foundTargets(people(9), 10)).message).toEqual({ key: 'found', count: 9 })
    expect(searchOutcome(foundTargets([], 10)).message).toEqual({ key: 'foundNone', count: 0 })
  })

  it('picks the only match of a complete list, and never the single result of a cut-off list', () => {
    expect(searchOutcome(foundTargets([person(1)], 10)).autoPick).toBe('id-1')
    expect(searchOutcome({ items: [person(1)], cutOff: true }).autoPick).toBe('')
    expect(searchOutcome(foundTargets(people(2), 10)).autoPick).toBe('')
  })
})
