import { describe, expect, it } from 'vitest'
import { type ClientRoute, suggestClients } from './routes'

/**
 * Which clients a request or breach seems to concern (issue 20, item 2; review m3): every kind of reason - an
 * activity or system named by key (a breach's ticks) or by name in the words of a request, the client's own name -
 * and the whole-word rule, so that a short name does not match inside another word.
 */
const register = {
  activities: [
    { key: 'payroll', name: { nl: 'Loonverwerking', fr: 'Traitement des salaires', en: 'Payroll' } },
    {
      key: 'callcentre',
      name: { nl: 'Klantendienst per telefoon', fr: 'Service client', en: 'Call centre' },
    },
  ],
  systems: [
    { key: 'hr', name: 'HR' },
    { key: 'crm', name: 'Klantenbestand CRM' },
  ],
}

const route = (over: Partial<ClientRoute> & Pick<ClientRoute, 'id' | 'name'>): ClientRoute => ({
  language: 'nl',
  status: 'active',
  requestsEmail: 'privacy@client.example',
  breachesEmail: 'security@client.example',
  activityKeys: [],
  systemKeys: [],
  ...over,
})

const routes = [
  route({ id: 'a', name: 'Bakkerij Peeters', activityKeys: ['payroll'], systemKeys: ['hr'] }),
  route({ id: 'b', name: 'Garage Lemaire', activityKeys: ['callcentre'], systemKeys: ['crm'] }),
  route({ id: 'c', name: 'Oud Klant BV', activityKeys: ['payroll'], systemKeys: ['hr'], status: 'ended' }),
]

const suggested = (named: Parameters<typeof suggestClients>[2]) =>
  suggestClients(register, routes, named).map((s) => ({ id: s.clientId, reasons: s.reasons }))

describe('suggestClients', () => {
  it('suggests the client whose activity a breach ticks, by key, with the activity as reason', () => {
    expect(suggested({ activities: ['callcentre'] })).toEqual([
      { id: 'b', reasons: [{ kind: 'activity', key: 'callcentre', name: register.activities[1]?.name }] },
    ])
  })

  it('suggests the client whose activity a request names in any language, ignoring case and accents', () => {
    expect(suggested({ text: 'Ik wil weten wat jullie LOONVERWERKING over mij bewaart.' })).toEqual([
      { id: 'a', reasons: [{ kind: 'activity', key: 'payroll', name: register.activities[0]?.name }] },
    ])
    expect(suggested({ text: 'Concernant le traitement des salaires de mon employeur' })[0]?.id).toBe('a')
    expect(suggested({ text: 'Concernant le service clíent' })[0]?.id).toBe('b')
  })

  it("suggests the client a request names, with the client's name as reason", () => {
    expect(suggested({ text: 'Ik ben klant bij garage lemaire in Gent.' })).toEqual([
      { id: 'b', reasons: [{ kind: 'client', name: 'Garage Lemaire' }] },
    ])
  })

  it('gives every reason that holds, activity, system and name, and never suggests an ended client', () => {
    const [only, ...rest] = suggested({
      text: 'Bakkerij Peeters: mijn gegevens in HR en de loonverwerking',
      systems: ['hr'],
    })
    expect(rest).toEqual([])
    expect(only?.id).toBe('a')
    expect(only?.reasons.map((r) => r.kind)).toEqual(['activity', 'system', 'client'])
  })

  it('counts a name only as a whole word or phrase', () => {
    // "HR" inside "three" or "CHRIS", "CRM" of a longer system name, a client's name cut short: no suggestion.
    expect(suggested({ text: 'I have three questions, Chris' })).toEqual([])
    expect(suggested({ text: 'Mijn gegevens in uw CRM' })).toEqual([])
    expect(suggested({ text: 'Bakkerij Peetersen' })).toEqual([])
    // At the start, the end, and next to punctuation it counts.
    expect(suggested({ text: 'HR, please delete my file' })[0]?.reasons).toEqual([
      { kind: 'system', key: 'hr', name: 'HR' },
    ])
    expect(suggested({ text: '(klantenbestand crm)' })[0]?.id).toBe('b')
  })

  it('suggests nothing without a system, activity or text', () => {
    expect(suggested({})).toEqual([])
    expect(suggested({ text: '' })).toEqual([])
  })
})
