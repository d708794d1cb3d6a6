import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  breachClocks,
  type ClockInput,
  dueReminder,
  needsDelayReason,
  part1DueAt,
  part2DueAt,
} from './clocks'
import { decisionProblem, obligations, suggestedRisk } from './decision'
import { formatInstant } from './drafts'

const base: ClockInput = {
  role: 'controller',
  awareAt: new Date('2026-12-04T23:30:00+01:00'), // a Friday
  notifyAuthority: null,
  part1FiledAt: null,
  part2FiledAt: null,
  controllerNoticeHours: 24,
  controllersNotifiedAt: null,
}
const at = (iso: string) => new Date(iso)

describe('breach clocks', () => {
  it('awareness on Friday 23:30 is due on Monday 23:30: 72 hours, not working days', () => {
    const due = part1DueAt(base.awareAt)
    expect(due.toISOString()).toBe('2026-12-07T22:30:00.000Z')
    expect(formatInstant(due)).toBe('07/12/2026 23:30')
  })

  it('counts 72 real hours across the change to summer time (Brussels wall clock shows an hour later)', () => {
    const due = part1DueAt(at('2027-03-26T23:30:00+01:00'))
    expect(due.getTime() - at('2027-03-26T23:30:00+01:00').getTime()).toBe(72 * 3_600_000)
    expect(formatInstant(due)).toBe('30/03/2027 00:30')
  })

  it('part 2 is due at the end of the 21st calendar day after part 1 was filed (Brussels time)', () => {
    expect(part2DueAt(at('2026-12-07T10:00:00+01:00')).toISOString()).toBe('2026-12-28T22:59:59.999Z')
  })

  it('runs, turns overdue, and a late filing needs a reason; not required once decided unlikely', () => {
    const [running] = breachClocks(base, at('2026-12-06T12:00:00+01:00'))
    expect(running).toMatchObject({ name: 'part1', state: 'running' })
    expect(running?.msLeft).toBe(35.5 * 3_600_000)
    expect(breachClocks(base, at('2026-12-08T00:00:00+01:00'))[0]?.state).toBe('overdue')
    expect(needsDelayReason(part1DueAt(base.awareAt), at('2026-12-07T23:31:00+01:00'))).toBe(true)
    expect(needsDelayReason(part1DueAt(base.awareAt), at('2026-12-07T23:30:00+01:00'))).toBe(false)
    const filedLate = breachClocks(
      { ...base, part1FiledAt: at('2026-12-08T09:00:00+01:00') },
      at('2026-12-09'),
    )
    expect(filedLate.map((c) => [c.name, c.state])).toEqual([
      ['part1', 'late'],
      ['part2', 'running'],
    ])
    expect(breachClocks({ ...base, notifyAuthority: false }, at('2026-12-09'))[0]?.state).toBe('not_required')
  })

  it('a processor has one clock: informing its controllers, 24 hours by default or as configured', () => {
    const clocks = breachClocks({ ...base, role: 'processor', controllerNoticeHours: 12 }, base.awareAt)
    expect(clocks.map((c) => [c.name, c.dueAt.toISOString()])).toEqual([
      ['controllers', '2026-12-05T10:30:00.000Z'],
    ])
  })

  it('reminds at 48, 24 and 6 hours before, then once overdue; only the latest set point that passed', () => {
    const remind = (iso: string) => {
      const [c] = breachClocks(base, at(iso))
      return c ? dueReminder(c, at(iso)) : null
    }
    expect(remind('2026-12-05T10:00:00+01:00')).toBeNull()
    expect(remind('2026-12-05T23:30:00+01:00')).toMatchObject({ kind: 'due_soon', hoursBefore: 48 })
    expect(remind('2026-12-07T18:00:00+01:00')).toMatchObject({ kind: 'due_soon', hoursBefore: 6 })
    expect(remind('2026-12-08T01:00:00+01:00')).toMatchObject({ kind: 'overdue', hoursBefore: 0 })
    const done = breachClocks({ ...base, part1FiledAt: at('2026-12-06') }, at('2026-12-06'))[0]
    expect(done && dueReminder(done, at('2026-12-10'))).toBeNull()
  })

  it('property: part 1 is always exactly 72 hours after awareness, and a reminder key is stable', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          expect(part1DueAt(d).getTime() - d.getTime()).toBe(259_200_000)
          const [c] = breachClocks({ ...base, awareAt: d }, new Date(d.getTime() + 70 * 3_600_000))
          const r1 = c && dueReminder(c, new Date(d.getTime() + 70 * 3_600_000))
          const r2 = c && dueReminder(c, new Date(d.getTime() + 71 * 3_600_000))
          expect(r1?.key).toBe(r2?.key)
        },
      ),
    )
  })
})

describe('breach decisions (Art. 33-34)', () => {
  const controller = { role: 'controller', encrypted: false } as const
  it('notifies the GBA unless unlikely to result in a risk; informs people on a high risk', () => {
    expect(obligations({ ...controller, risk: 'unlikely' })).toMatchObject({
      notifyAuthority: false,
      informSubjects: false,
    })
    expect(obligations({ ...controller, risk: 'risk' })).toMatchObject({
      notifyAuthority: true,
      informSubjects: false,
    })
    expect(obligations({ ...controller, risk: 'high' })).toMatchObject({
      notifyAuthority: true,
      informSubjects: true,
    })
  })

  it('an Art. 34(3) exception replaces the letters; (c) calls for a public communication', () => {
    expect(obligations({ ...controller, risk: 'high', exception: 'risk_removed' })).toMatchObject({
      notifyAuthority: true,
      informSubjects: false,
      publicCommunication: false,
    })
    expect(obligations({ ...controller, risk: 'high', exception: 'disproportionate_effort' })).toMatchObject({
      informSubjects: false,
      publicCommunication: true,
    })
  })

  it('refuses an exception without a high risk, and (a) without encryption', () => {
    expect(decisionProblem({ ...controller, risk: 'risk', exception: 'risk_removed' })).toBe(
      'exception_without_high_risk',
    )
    expect(decisionProblem({ ...controller, risk: 'high', exception: 'unintelligible' })).toBe(
      'unintelligible_needs_encryption',
    )
    expect(
      decisionProblem({ role: 'controller', encrypted: true, risk: 'high', exception: 'unintelligible' }),
    ).toBeNull()
  })

  it('a processor informs its controllers and notifies nobody else', () => {
    expect(obligations({ role: 'processor', encrypted: false, risk: 'high' })).toEqual({
      notifyAuthority: false,
      informSubjects: false,
      publicCommunication: false,
      informControllers: true,
    })
  })

  it('suggests a risk level from the ENISA severity, as guidance', () => {
    expect(['low', 'medium', 'high', 'very_high'].map((l) => suggestedRisk(l as 'low'))).toEqual([
      'unlikely',
      'risk',
      'high',
      'high',
    ])
  })
})
