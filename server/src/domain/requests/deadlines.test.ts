import { describe, expect, it } from 'vitest'
import { brussels, receivedRequest } from '../../../test/fixtures/accountant-register'
import { dsrDeadline } from '../gdpr-periods'
import { workingDaysBetween } from '../working-days'
import { requestTimeline, workingDaysBefore } from './deadlines'
import type { DataSubjectRequest } from './request'
import { transition } from './workflow'

function must(result: ReturnType<typeof transition>): DataSubjectRequest {
  if (!result.ok) throw new Error(`transition refused: ${result.reason}`)
  return result.request
}

const summer = (dateTime: string) => new Date(`${dateTime}:00+02:00`)

describe('requestTimeline — due dates (Art. 12(3) GDPR, Reg. 1182/71)', () => {
  it('normal path: one month after receipt, the day of receipt not counted', () => {
    const request = receivedRequest({ receivedAt: brussels('2026-03-10T09:00') })
    const timeline = requestTimeline(request, brussels('2026-03-12T09:00'))
    expect(timeline).toMatchObject({
      receivedOn: '2026-03-10',
      clockBasis: 'receipt',
      clockStartsOn: '2026-03-10',
      dueDate: '2026-04-10',
      extendedDueDate: null,
      currentDueDate: '2026-04-10',
      maximumExtendedDueDate: '2026-06-10',
      extensionNoticeDeadline: '2026-04-10',
      canExtend: true,
      state: 'on_time',
    })
  })

  it('received 31 January 2026: 28 February is a Saturday, so the request is due Monday 2 March', () => {
    const request = receivedRequest({ receivedAt: brussels('2026-01-31T10:00') })
    const timeline = requestTimeline(request, brussels('2026-02-01T10:00'))
    expect(timeline.dueDate).toBe('2026-03-02')
    expect(timeline.dueDate).toBe(dsrDeadline('2026-01-31').dueDate)
  })

  it('received 11 October 2026: 11 November (Armistice) is a holiday, so the request is due 12 November', () => {
    const request = receivedRequest({ receivedAt: summer('2026-10-11T10:00') })
    expect(requestTimeline(request, summer('2026-10-12T10:00')).dueDate).toBe('2026-11-12')
  })

  it('counts from the Brussels date of receipt: 23:30 UTC on 31 January is already 1 February in Brussels', () => {
    const request = receivedRequest({ receivedAt: new Date('2026-01-31T23:30:00Z') })
    expect(requestTimeline(request, new Date('2026-02-01T10:00:00Z'))).toMatchObject({
      receivedOn: '2026-02-01',
      dueDate: '2026-03-02',
    })
  })

  it('extension: three months from receipt, told by the original due date', () => {
    const started = must(transition(receivedRequest(), 'start', brussels('2026-02-02T09:00'), {}))
    const extended = must(
      transition(started, 'extend', brussels('2026-02-20T09:00'), { reasons: ['Dossier in drie systemen'] }),
    )
    expect(requestTimeline(extended, brussels('2026-03-10T09:00'))).toMatchObject({
      dueDate: '2026-03-02',
      extendedDueDate: '2026-04-30',
      currentDueDate: '2026-04-30',
      extensionNoticeDeadline: '2026-03-02',
      canExtend: false,
      state: 'on_time',
    })
  })

  it('refusal within the month: closed on time; after the due date: closed late', () => {
    const started = must(transition(receivedRequest(), 'start', brussels('2026-02-02T09:00'), {}))
    const refusal = { ground: 'excessive' as const, reasons: ['Derde identiek verzoek deze maand'] }
    const onTime = must(transition(started, 'refuse', brussels('2026-03-02T17:00'), refusal))
    const late = must(transition(started, 'refuse', brussels('2026-03-03T09:00'), refusal))
    expect(requestTimeline(onTime, brussels('2026-04-01T09:00'))).toMatchObject({
      state: 'closed_on_time',
      answeredOn: '2026-03-02',
      reminders: [],
      workingDaysLeft: null,
    })
    expect(requestTimeline(late, brussels('2026-04-01T09:00'))).toMatchObject({
      state: 'closed_late',
      answeredOn: '2026-03-03',
    })
  })

  it('overdue the day after the due date, with the days past due', () => {
    const request = receivedRequest()
    expect(requestTimeline(request, brussels('2026-03-02T23:59'))).toMatchObject({
      state: 'at_risk',
      daysOverdue: 0,
    })
    expect(requestTimeline(request, brussels('2026-03-03T00:00'))).toMatchObject({
      state: 'overdue',
      daysOverdue: 1,
      workingDaysLeft: null,
      canExtend: false,
    })
    expect(requestTimeline(request, brussels('2026-03-12T08:00')).daysOverdue).toBe(10)
  })

  it('an extended request is overdue only after the extended due date', () => {
    const extended = must(
      transition(receivedRequest(), 'extend', brussels('2026-02-10T09:00'), { reasons: ['Complex'] }),
    )
    expect(requestTimeline(extended, summer('2026-04-15T09:00')).state).toBe('on_time')
    expect(requestTimeline(extended, summer('2026-05-01T09:00')).state).toBe('overdue')
  })

  it('a withdrawn request is closed on the day it was withdrawn', () => {
    const withdrawn = must(transition(receivedRequest(), 'withdraw', brussels('2026-02-05T09:00'), {}))
    expect(requestTimeline(withdrawn, brussels('2026-03-05T09:00'))).toMatchObject({
      state: 'closed_on_time',
      answeredOn: '2026-02-05',
    })
  })
})

describe('requestTimeline — at risk, in working days', () => {
  // Due Monday 2 March 2026.
  it('is at risk when the due date is at most 5 working days away (weekends do not count)', () => {
    const request = receivedRequest()
    expect(requestTimeline(request, brussels('2026-02-20T09:00'))).toMatchObject({
      state: 'on_time',
      workingDaysLeft: 6,
    })
    expect(requestTimeline(request, brussels('2026-02-21T09:00'))).toMatchObject({
      state: 'on_time',
      workingDaysLeft: 6,
    })
    expect(requestTimeline(request, brussels('2026-02-23T09:00'))).toMatchObject({
      state: 'at_risk',
      workingDaysLeft: 5,
    })
    expect(requestTimeline(request, brussels('2026-03-02T09:00'))).toMatchObject({
      state: 'at_risk',
      workingDaysLeft: 0,
    })
  })

  it('public holidays do not count either: Armistice in the last week of a request due 12 November 2026', () => {
    const request = receivedRequest({ receivedAt: summer('2026-10-11T10:00') })
    expect(requestTimeline(request, brussels('2026-11-03T09:00'))).toMatchObject({
      state: 'on_time',
      workingDaysLeft: 6,
    })
    expect(requestTimeline(request, brussels('2026-11-04T09:00'))).toMatchObject({
      state: 'at_risk',
      workingDaysLeft: 5,
    })
  })

  it('the threshold is an option', () => {
    const request = receivedRequest()
    const now = brussels('2026-02-16T09:00')
    expect(requestTimeline(request, now).state).toBe('on_time')
    expect(requestTimeline(request, now, { atRiskWorkingDays: 10 }).state).toBe('at_risk')
  })
})

describe('requestTimeline — reminders', () => {
  it('10 and 3 working days before the due date, and the day it becomes overdue', () => {
    const timeline = requestTimeline(receivedRequest(), brussels('2026-02-01T09:00'))
    expect(timeline.reminders).toEqual([
      { date: '2026-02-16', kind: 'before_due', workingDaysBefore: 10, dueDate: '2026-03-02' },
      { date: '2026-02-25', kind: 'before_due', workingDaysBefore: 3, dueDate: '2026-03-02' },
      { date: '2026-03-03', kind: 'overdue', workingDaysBefore: 0, dueDate: '2026-03-02' },
    ])
    for (const reminder of timeline.reminders.filter((r) => r.kind === 'before_due')) {
      expect(workingDaysBetween(reminder.date, reminder.dueDate)).toBe(reminder.workingDaysBefore)
    }
  })

  it('skip public holidays: 3 working days before 12 November 2026 is 6 November', () => {
    expect(workingDaysBefore('2026-11-12', 3)).toBe('2026-11-06')
    expect(workingDaysBefore('2026-11-12', 0)).toBe('2026-11-12')
  })

  it('follow the extended due date once extended, and are configurable', () => {
    const extended = must(
      transition(receivedRequest(), 'extend', brussels('2026-02-10T09:00'), { reasons: ['Complex'] }),
    )
    const timeline = requestTimeline(extended, brussels('2026-02-10T09:00'), { reminderWorkingDays: [5] })
    expect(timeline.reminders).toEqual([
      { date: '2026-04-23', kind: 'before_due', workingDaysBefore: 5, dueDate: '2026-04-30' },
      { date: '2026-05-01', kind: 'overdue', workingDaysBefore: 0, dueDate: '2026-04-30' },
    ])
  })
})

describe('requestTimeline — clockStartsAt (EDPB Guidelines 01/2022)', () => {
  const askIdentity = (request: DataSubjectRequest, at: Date) =>
    must(
      transition(request, 'request_identity', at, {
        needed: ['customer_number'],
        reason: 'Het e-mailadres is bij ons niet gekend',
      }),
    )

  it('by default the period runs from receipt, also while identity is pending', () => {
    const pending = askIdentity(receivedRequest(), brussels('2026-02-02T09:00'))
    expect(requestTimeline(pending, brussels('2026-02-03T09:00'))).toMatchObject({
      clockBasis: 'receipt',
      dueDate: '2026-03-02',
      state: 'on_time',
    })
  })

  it('identity_confirmed: not started while pending, then one month from the confirmation', () => {
    const options = { clockStartsAt: 'identity_confirmed' as const }
    const pending = askIdentity(receivedRequest(), brussels('2026-02-02T09:00'))
    expect(requestTimeline(pending, brussels('2026-02-03T09:00'), options)).toMatchObject({
      clockBasis: 'identity_confirmed',
      clockStartsOn: null,
      dueDate: null,
      state: 'not_started',
      reminders: [],
    })
    const confirmed = must(
      transition(pending, 'confirm_identity', brussels('2026-02-10T09:00'), { method: 'Klantnummer klopt' }),
    )
    expect(requestTimeline(confirmed, brussels('2026-02-11T09:00'), options)).toMatchObject({
      clockStartsOn: '2026-02-10',
      dueDate: '2026-03-10',
    })
  })

  it('identity_confirmed does not apply when identity was asked only after the first month', () => {
    const options = { clockStartsAt: 'identity_confirmed' as const }
    const pending = askIdentity(receivedRequest(), brussels('2026-03-03T09:00'))
    expect(requestTimeline(pending, brussels('2026-03-04T09:00'), options)).toMatchObject({
      clockBasis: 'receipt',
      dueDate: '2026-03-02',
      state: 'overdue',
    })
  })

  it('identity_confirmed never applies without an identity request', () => {
    const timeline = requestTimeline(receivedRequest(), brussels('2026-02-01T09:00'), {
      clockStartsAt: 'identity_confirmed',
    })
    expect(timeline).toMatchObject({ clockBasis: 'receipt', dueDate: '2026-03-02' })
  })

  it('a refusal for lack of identity is measured from receipt', () => {
    const options = { clockStartsAt: 'identity_confirmed' as const }
    const pending = askIdentity(receivedRequest(), brussels('2026-02-02T09:00'))
    const refused = must(
      transition(pending, 'refuse', brussels('2026-02-20T09:00'), {
        ground: 'identity_not_established',
        reasons: ['Geen antwoord op onze vraag van 02/02/2026'],
      }),
    )
    expect(requestTimeline(refused, brussels('2026-02-21T09:00'), options)).toMatchObject({
      clockBasis: 'receipt',
      dueDate: '2026-03-02',
      state: 'closed_on_time',
    })
  })
})
