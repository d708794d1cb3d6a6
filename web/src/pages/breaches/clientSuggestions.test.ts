import { describe, expect, it } from 'vitest'
import { clientOffers } from './clientSuggestions'

/**
 * A processor's breach suggests the clients concerned (issue 19 review m3): the systems and activities ticked on
 * the form suggest the clients those activities are done for, with why; ended clients and clients already named
 * are not offered.
 */
const client = (
  id: string,
  over: Partial<{ status: string; activityKeys: string[]; systemKeys: string[] }>,
) => ({
  id,
  name: id,
  status: 'active',
  activityKeys: [] as string[],
  systemKeys: [] as string[],
  ...over,
})

const choices = [
  client('Bakkerij Peeters', { activityKeys: ['payroll'], systemKeys: ['hr'] }),
  client('Garage Lemaire', { activityKeys: ['callcentre'], systemKeys: ['crm', 'telephony'] }),
  client('Oud Klant BV', { activityKeys: ['callcentre'], systemKeys: ['crm'], status: 'ended' }),
  client('Zonder Band', {}),
]

const offered = (chosen: string[], named: { systems: string[]; activities: string[] }) =>
  clientOffers(choices, chosen, named).map((o) => [o.choice.id, o.reasons])

describe('the clients a breach suggests', () => {
  it('suggests nothing before a system or activity is ticked: every active client, in the given order', () => {
    expect(offered([], { systems: [], activities: [] })).toEqual([
      ['Bakkerij Peeters', []],
      ['Garage Lemaire', []],
      ['Zonder Band', []],
    ])
  })

  it('puts the client of a ticked system first, with the system as reason', () => {
    expect(offered([], { systems: ['telephony'], activities: [] })).toEqual([
      ['Garage Lemaire', [{ kind: 'system', key: 'telephony' }]],
      ['Bakkerij Peeters', []],
      ['Zonder Band', []],
    ])
  })

  it('gives a ticked activity and system both as reasons, and several clients when several are concerned', () => {
    expect(offered([], { systems: ['hr', 'crm'], activities: ['callcentre'] })).toEqual([
      ['Bakkerij Peeters', [{ kind: 'system', key: 'hr' }]],
      [
        'Garage Lemaire',
        [
          { kind: 'activity', key: 'callcentre' },
          { kind: 'system', key: 'crm' },
        ],
      ],
      ['Zonder Band', []],
    ])
  })

  it('no longer offers a client the breach names, nor an ended client even when its systems are ticked', () => {
    const offers = offered(['Garage Lemaire'], { systems: ['crm'], activities: ['callcentre'] })
    expect(offers.map(([id]) => id)).toEqual(['Bakkerij Peeters', 'Zonder Band'])
  })
})
