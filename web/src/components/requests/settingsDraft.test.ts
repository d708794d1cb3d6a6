import { describe, expect, it } from 'vitest'
import { draftOf, type SettingsDraft, settingsBody } from './settingsDraft'

const draft = (changes: Partial<SettingsDraft> = {}): SettingsDraft => ({
  clockStart: 'receipt',
  atRiskDays: '5',
  reminderDays: '10, 3',
  packageLinkDays: '14',
  ...changes,
})

describe('request settings form: what was typed, as the body to send or the problems per field', () => {
  it('round-trips the stored settings', () => {
    const settings = {
      clockStart: 'identity_confirmed' as const,
      atRiskDays: 5,
      reminderDays: [10, 3],
      packageLinkDays: 14,
    }
    expect(settingsBody(draftOf(settings))).toEqual({ body: settings })
  })

  it('reads reminder days however they are separated, without doubles, latest first', () => {
    expect(settingsBody(draft({ reminderDays: ' 3;10  7,3 ' }))).toEqual({
      body: { clockStart: 'receipt', atRiskDays: 5, reminderDays: [10, 7, 3], packageLinkDays: 14 },
    })
  })

  it('names each field that is wrong, and why', () => {
    expect(settingsBody(draft({ atRiskDays: '2.5', packageLinkDays: '91', reminderDays: '0' }))).toEqual({
      problems: { atRiskDays: 'wholeNumber', packageLinkDays: 'range', reminderDays: 'range' },
    })
    expect(settingsBody(draft({ reminderDays: 'ten' }))).toEqual({
      problems: { reminderDays: 'wholeNumber' },
    })
    expect(settingsBody(draft({ reminderDays: '1 2 3 4 5 6' }))).toEqual({
      problems: { reminderDays: 'tooManyReminders' },
    })
  })
})
