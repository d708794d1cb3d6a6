import { describe, expect, it } from 'vitest'
import { bodyOf, draftOf } from './noticeSettingsDraft'

describe('notice settings form: only what is set is stated', () => {
  it('sends "not stated" as a missing field, never as false', () => {
    const body = bodyOf(draftOf({ requestPostalAddress: true, portal: true }))
    expect(body).toEqual({ requestPostalAddress: true, portal: true })
  })

  it('round-trips every field it edits, and keeps the cookie inventory it does not edit', () => {
    const settings = {
      sellsData: false,
      transfersOutsideEea: 'none' as const,
      cookies: [{ name: 'session', purpose: 'strictly_necessary' as const, party: 'first' as const }],
      requestEmail: 'privacy@claes.be',
      requestPostalAddress: false,
      portal: true,
      requestChannels: [
        { channel: 'in_person' as const, details: { nl: 'werkdagen 9-17 uur' } },
        { channel: 'phone' as const, contact: '+32 2 123 45 67' },
      ],
      breachCommunication: { withinHours: 72 },
      sharesOnlyWithPermission: true,
      thirdPartyLinks: true,
      cookiePolicyUrl: 'https://claes.be/cookies',
      minors: { minimumAge: 16 },
      intro: { nl: 'Welkom.' },
    }
    expect(bodyOf(draftOf(settings))).toEqual(settings)
  })

  it('passes a number that is not one to the server as typed, so that it names the field', () => {
    const draft = {
      ...draftOf({ requestPostalAddress: true, portal: true }),
      breachPromise: true,
      breachHours: 'soon',
    }
    expect(bodyOf(draft).breachCommunication).toEqual({ withinHours: 'soon' })
    expect(bodyOf({ ...draft, breachHours: '' }).breachCommunication).toEqual({})
  })
})
