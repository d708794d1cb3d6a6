import { describe, expect, it } from 'vitest'
import { todayOf } from './sweep'

describe("a sweep's day", () => {
  it('is the Brussels calendar date, also between midnight in Brussels and midnight UTC', () => {
    // Winter (UTC+1) and summer (UTC+2): the UTC date still says the day before.
    expect(todayOf(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08')
    expect(todayOf(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02')
    expect(todayOf(new Date('2026-12-07T12:00:00Z'))).toBe('2026-12-07')
  })
})
