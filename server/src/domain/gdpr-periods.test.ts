import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, addMonthsClamped, toEpochDay } from './calendar-date'
import { addMonthsPeriod, breachNotificationDeadline, dsrDeadline } from './gdpr-periods'
import { isWorkingDay } from './working-days'

describe('addMonthsPeriod — Reg. 1182/71 Art. 3(2)(c) and 3(4)', () => {
  it('ends on the same-numbered day of the last month (Art. 3(2)(c))', () => {
    expect(addMonthsPeriod('2026-03-10', 1)).toBe('2026-04-10')
  })

  it('31 January + 1 month ends on 28 February when it is a working day (2025, Friday)', () => {
    expect(addMonthsPeriod('2025-01-31', 1)).toBe('2025-02-28')
  })

  it('31 January + 1 month in a leap year ends on 29 February (2028, a Tuesday)', () => {
    expect(addMonthsPeriod('2028-01-31', 1)).toBe('2028-02-29')
  })

  it('31 January 2026 + 1 month = 28 February, a Saturday, so the period ends Monday 2 March (Art. 3(4))', () => {
    expect(addMonthsPeriod('2026-01-31', 1)).toBe('2026-03-02')
  })

  it('a period ending on Saturday or Sunday rolls to Monday (Art. 3(4))', () => {
    expect(addMonthsPeriod('2026-06-12', 1)).toBe('2026-07-13')
    expect(addMonthsPeriod('2026-06-11', 1)).toBe('2026-07-13')
  })

  it('a period ending on Armistice (Wednesday 11 November 2026) ends on Thursday 12 November', () => {
    expect(addMonthsPeriod('2026-10-11', 1)).toBe('2026-11-12')
  })

  it("without the holiday calendar only weekends roll: 11 November 2026 stays ('none')", () => {
    expect(addMonthsPeriod('2026-10-11', 1, { holidays: 'none' })).toBe('2026-11-11')
  })

  it('Saturday 4 April + Sunday + Easter Monday 2026 roll the end to Tuesday 7 April', () => {
    expect(addMonthsPeriod('2026-03-04', 1)).toBe('2026-04-07')
    expect(addMonthsPeriod('2026-03-06', 1)).toBe('2026-04-07')
  })

  it('Sunday 1 November 2026 rolls to Monday 2 November: All Souls is not a public holiday', () => {
    expect(addMonthsPeriod('2026-10-01', 1)).toBe('2026-11-02')
  })

  it('Christmas rolls, 26 December does not: 25 Dec 2028 (Monday) → Tuesday 26 Dec', () => {
    expect(addMonthsPeriod('2028-11-25', 1)).toBe('2028-12-26')
  })

  it('New Year 2027 (Friday) rolls over the weekend to Monday 4 January', () => {
    expect(addMonthsPeriod('2026-12-01', 1)).toBe('2027-01-04')
  })

  it.each([0, -1, 1.5, Number.NaN])('refuses a period of %d months', (months) => {
    expect(() => addMonthsPeriod('2026-01-01', months)).toThrow(RangeError)
  })
})

describe('dsrDeadline — Art. 12(3) GDPR: one month of receipt, extendable by two further months', () => {
  it('counts from the day of receipt, which itself does not count (Art. 3(1))', () => {
    expect(dsrDeadline('2026-03-10')).toEqual({
      receivedOn: '2026-03-10',
      dueDate: '2026-04-10',
      extendedDueDate: '2026-06-10',
    })
  })

  it('computes the extension as three months from receipt, not two months after the rolled due date', () => {
    // Chaining would give 2 March + 2 months = Saturday 2 May → 4 May.
    expect(dsrDeadline('2026-01-31')).toEqual({
      receivedOn: '2026-01-31',
      dueDate: '2026-03-02',
      extendedDueDate: '2026-04-30',
    })
  })

  it('uses the Brussels calendar date of an instant of receipt', () => {
    expect(dsrDeadline(new Date('2026-01-30T23:30:00Z')).receivedOn).toBe('2026-01-31')
    expect(dsrDeadline('2026-01-30T23:30:00Z').receivedOn).toBe('2026-01-31')
    expect(dsrDeadline('2026-01-31T00:30:00+01:00').receivedOn).toBe('2026-01-31')
    expect(dsrDeadline(new Date('2026-07-31T21:59:00Z')).receivedOn).toBe('2026-07-31')
  })

  it.each(['2026-01-31T10:00:00', '31/01/2026', '2026-02-30', ''])(
    'rejects ambiguous or invalid input %j',
    (input) => {
      expect(() => dsrDeadline(input)).toThrow(RangeError)
    },
  )

  it('rejects an invalid Date', () => {
    expect(() => dsrDeadline(new Date(Number.NaN))).toThrow(RangeError)
  })
})

describe('breachNotificationDeadline — Art. 33(1) GDPR 72 hours, Reg. 1182/71 Art. 3(1) hour periods', () => {
  it('starts at the beginning of the hour after awareness and runs 72 hours', () => {
    expect(breachNotificationDeadline(new Date('2026-03-10T09:17:42Z')).toISOString()).toBe(
      '2026-03-13T10:00:00.000Z',
    )
  })

  it('does not count the hour during which awareness occurs, even at its first instant', () => {
    expect(breachNotificationDeadline(new Date('2026-03-10T09:00:00Z')).toISOString()).toBe(
      '2026-03-13T10:00:00.000Z',
    )
    expect(breachNotificationDeadline(new Date('2026-03-10T08:59:59.999Z')).toISOString()).toBe(
      '2026-03-13T09:00:00.000Z',
    )
  })

  it('does not roll to a working day (Art. 3(4) excludes periods in hours): ends on a Sunday', () => {
    expect(breachNotificationDeadline(new Date('2026-12-24T10:30:00Z')).toISOString()).toBe(
      '2026-12-27T11:00:00.000Z',
    )
  })

  it('counts 72 elapsed hours across the switch to summer time (29 March 2026)', () => {
    expect(breachNotificationDeadline(new Date('2026-03-27T12:10:00Z')).toISOString()).toBe(
      '2026-03-30T13:00:00.000Z',
    )
  })

  it('rejects an invalid Date', () => {
    expect(() => breachNotificationDeadline(new Date(Number.NaN))).toThrow(RangeError)
  })
})

describe('properties', () => {
  const receipt = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2099-09-30T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))

  it('the due date is a working day, on or after the naive month addition, and at most 4 days later', () => {
    fc.assert(
      fc.property(receipt, (received) => {
        const { dueDate, extendedDueDate } = dsrDeadline(received)
        for (const [due, months] of [
          [dueDate, 1],
          [extendedDueDate, 3],
        ] as const) {
          const lag = toEpochDay(due) - toEpochDay(addMonthsClamped(received, months))
          expect(isWorkingDay(due)).toBe(true)
          expect(lag).toBeGreaterThanOrEqual(0)
          expect(lag).toBeLessThanOrEqual(4)
        }
      }),
    )
  })

  it('the extended due date is later than the due date', () => {
    fc.assert(
      fc.property(receipt, (received) => {
        const { dueDate, extendedDueDate } = dsrDeadline(received)
        expect(extendedDueDate > dueDate).toBe(true)
      }),
    )
  })

  it('deadlines are monotonic in the receipt date', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 1, max: 60 }), (earlier, gap) => {
        const first = dsrDeadline(earlier)
        const second = dsrDeadline(addDays(earlier, gap))
        expect(second.dueDate >= first.dueDate).toBe(true)
        expect(second.extendedDueDate >= first.extendedDueDate).toBe(true)
      }),
    )
  })

  it('the breach deadline is more than 72 and at most 73 hours after awareness, on an hour boundary', () => {
    const instant = fc.date({ min: new Date('1990-01-01'), max: new Date('2099-01-01'), noInvalidDate: true })
    fc.assert(
      fc.property(instant, (awareAt) => {
        const deadline = breachNotificationDeadline(awareAt).getTime()
        const elapsed = deadline - awareAt.getTime()
        expect(elapsed).toBeGreaterThan(72 * 3_600_000)
        expect(elapsed).toBeLessThanOrEqual(73 * 3_600_000)
        expect(deadline % 3_600_000).toBe(0)
      }),
    )
  })
})
