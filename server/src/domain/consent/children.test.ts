import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AGE_GROUPS, childConsentProblem, INFORMATION_SOCIETY_CHANNELS } from './children'

const facts = fc.record({
  offeredToChildren: fc.boolean(),
  state: fc.constantFrom('given', 'refused', 'withdrawn'),
  channel: fc.constantFrom(...INFORMATION_SOCIETY_CHANNELS, 'paper', 'phone', 'import', 'portal_request'),
  ageGroup: fc.option(fc.constantFrom(...AGE_GROUPS), { nil: undefined }),
  hasParentalConsent: fc.boolean(),
})

describe('consent of children (Art. 8 GDPR, Belgian age 13)', () => {
  it('a refusal or withdrawal never needs an age or a parent', () => {
    fc.assert(
      fc.property(facts, (f) => {
        if (f.state !== 'given') expect(childConsentProblem(f)).toBeNull()
      }),
    )
  })

  it('a consent given under 13 is valid only with the parental consent, whatever the purpose or channel', () => {
    fc.assert(
      fc.property(facts, (f) => {
        if (f.state === 'given' && f.ageGroup === 'under_13')
          expect(childConsentProblem(f)).toBe(f.hasParentalConsent ? null : 'parental_consent_required')
      }),
    )
  })

  it('the age question is required exactly for a purpose offered to children collected online', () => {
    fc.assert(
      fc.property(facts, (f) => {
        if (f.state !== 'given' || f.ageGroup !== undefined) return
        const online = INFORMATION_SOCIETY_CHANNELS.includes(f.channel)
        expect(childConsentProblem(f)).toBe(f.offeredToChildren && online ? 'age_required' : null)
      }),
    )
  })

  it('13 or older needs nothing more', () => {
    expect(
      childConsentProblem({
        offeredToChildren: true,
        state: 'given',
        channel: 'web_form',
        ageGroup: '13_or_over',
        hasParentalConsent: false,
      }),
    ).toBeNull()
  })
})
