import { describe, expect, it } from 'vitest'
import { activityWith, check, sampleDocument, sampleWith } from '../../../../test/support/register-checks'
import { checkRegister } from './index'
import { comparePaths } from './order'

describe('register linter on the good sample register', () => {
  it('finds nothing: no errors and no warnings', () => {
    expect(check(sampleDocument())).toEqual([])
    expect(checkRegister(sampleDocument())).toEqual([])
  })

  it('sorts errors first, then by place in the document (numbers as numbers)', () => {
    const doc = sampleWith({ organization: { name: 'X' } })
    const many = activityWith(
      { measures: [], purposes: [], retention: [], status: 'ended' },
      { organization: { name: 'X' } },
    )
    const findings = check(many)
    expect(findings.map((f) => f.severity)).toEqual(
      [...findings.map((f) => f.severity)].sort((a, b) => (a === b ? 0 : a === 'error' ? -1 : 1)),
    )
    expect(findings.map((f) => f.rule)).toEqual([
      'activity.ended-without-end-date',
      'activity.no-purpose',
      'activity.no-retention',
      'activity.no-security-measures',
      'organization.no-contact',
    ])
    expect(check(doc).map((f) => f.rule)).toEqual(['organization.no-contact'])
    expect(['activities.10.key', 'activities.2.key', 'activities.2'].sort(comparePaths)).toEqual([
      'activities.2',
      'activities.2.key',
      'activities.10.key',
    ])
  })
})
