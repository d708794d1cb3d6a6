import { describe, expect, it } from 'vitest'
import { brusselsDays } from './period'

describe('brusselsDays', () => {
  it('starts a winter day at 23:00 UTC the evening before and ends it at 23:00 UTC', () => {
    expect(brusselsDays('2026-12-06', '2026-12-06')).toEqual({
      from: new Date('2026-12-05T23:00:00.000Z'),
      to: new Date('2026-12-06T23:00:00.000Z'),
    })
  })

  it('uses summer time (UTC+2) in July', () => {
    expect(brusselsDays('2026-07-01').from).toEqual(new Date('2026-06-30T22:00:00.000Z'))
  })

  it('covers the 23 and 25 hour days of the clock changes', () => {
    const spring = brusselsDays('2026-03-29', '2026-03-29')
    expect((spring.to as Date).getTime() - (spring.from as Date).getTime()).toBe(23 * 3_600_000)
    const autumn = brusselsDays('2026-10-25', '2026-10-25')
    expect((autumn.to as Date).getTime() - (autumn.from as Date).getTime()).toBe(25 * 3_600_000)
  })

  it('leaves an open end open', () => {
    expect(brusselsDays()).toEqual({})
  })
})
