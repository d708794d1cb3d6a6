import { describe, expect, it } from 'vitest'
import { type BreachFactsOut, bodyOf, initialState, localInput } from './breachFacts'

describe('a breach form: the facts as typed, and the request body they become', () => {
  it('a new breach starts as a controller with confidentiality, origin other, cause unknown, 24 h notice', () => {
    const state = initialState(undefined)
    expect(state).toMatchObject({
      role: 'controller',
      nature: ['confidentiality'],
      origin: 'other',
      cause: 'unknown',
      ongoing: false,
      encrypted: false,
      peopleApprox: '',
      controllerNoticeHours: '24',
      controllers: [],
    })
  })

  it('leaves out empty optional texts and numbers, trims texts and reads the member states in capitals', () => {
    const body = bodyOf({
      ...initialState(undefined),
      title: 'Laptop gestolen',
      description: 'Uit de auto. ',
      consequences: '   ',
      measuresTaken: ' Wissen op afstand ',
      recordsApprox: '1200',
      otherMemberStates: 'fr, nl;de  ',
    })
    expect(body).toMatchObject({
      title: 'Laptop gestolen',
      description: 'Uit de auto. ',
      measuresTaken: 'Wissen op afstand',
      recordsApprox: 1200,
      otherMemberStates: ['FR', 'NL', 'DE'],
    })
    expect(body).not.toHaveProperty('consequences')
    expect(body).not.toHaveProperty('peopleApprox')
    expect(body).not.toHaveProperty('occurredFrom')
    expect(body).not.toHaveProperty('controllers')
  })

  it('a processor names its clients with a name; an unnamed row is dropped, the notice hours a number', () => {
    const body = bodyOf({
      ...initialState(undefined),
      role: 'processor',
      controllerNoticeHours: '36',
      controllers: [
        { clientId: 'c1', name: 'Bakkerij Claes', email: 'dpo@claes.be', language: 'nl' },
        { clientId: '', name: ' Garage Dubois ', email: ' ', language: '' },
        { clientId: '', name: '  ', email: 'x@y.be', language: 'fr' },
      ],
    })
    expect(body.controllerNoticeHours).toBe(36)
    expect(body.controllers).toEqual([
      { clientId: 'c1', name: 'Bakkerij Claes', email: 'dpo@claes.be', language: 'nl' },
      { name: 'Garage Dubois' },
    ])
  })

  it('the instants saved come back as the same local date-times in the form', () => {
    const facts = {
      discoveredAt: '2026-12-04T22:30:00.000Z',
      awareAt: '2026-12-05T08:15:00.000Z',
      occurredFrom: '2026-12-01T00:00:00.000Z',
    } as BreachFactsOut
    const state = initialState(facts)
    expect(state.discoveredAt).toBe(localInput(facts.discoveredAt))
    expect(state.occurredUntil).toBe('')
    const body = bodyOf(state)
    expect(body.discoveredAt).toBe(facts.discoveredAt)
    expect(body.awareAt).toBe(facts.awareAt)
    expect(body.occurredFrom).toBe(facts.occurredFrom)
  })
})
