import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import { sampleRegister } from '../../../test/support/register'
import type { RegisterInput } from '../register/schema'
import { checkNoticeCompleteness } from './completeness'

const PORTAL = 'https://custos.example.be/p/digitas'

type Activities = NonNullable<RegisterInput['activities']>
type ActivityInput = Activities[number]

function check(input: RegisterInput, options: { portalUrl?: string } = { portalUrl: PORTAL }) {
  return checkNoticeCompleteness(parseRegister(input), options)
}

function element(input: RegisterInput, id: string, options?: { portalUrl?: string }) {
  const found = check(input, options).find((i) => i.element === id)
  if (!found) throw new Error(`no element ${id}`)
  return found
}

/** The rich register with one change; `activity` changes the activity with that key. */
function richWith(change: (input: RegisterInput) => void): RegisterInput {
  const input = richRegister()
  change(input)
  return input
}

function activity(input: RegisterInput, key: string): ActivityInput {
  const found = input.activities?.find((a) => a.key === key)
  if (!found) throw new Error(`no activity ${key}`)
  return found
}

describe('checkNoticeCompleteness', () => {
  it('finds nothing missing in the sample and the rich register', () => {
    for (const input of [sampleRegister(), richRegister()]) {
      expect(check(input).filter((i) => i.status === 'missing')).toEqual([])
    }
  })

  it('lists the elements in the order of the GDPR, with stable ids', () => {
    expect(check(richRegister()).map((i) => i.element)).toEqual([
      'art13.1.a.controller-identity',
      'art13.1.a.representative',
      'art26.2.joint-arrangement',
      'art13.1.b.dpo-contact',
      'art13.1.c.purposes',
      'art13.1.c.legal-basis',
      'art13.1.d.legitimate-interests',
      'art9.2.special-categories',
      'art10.criminal-data',
      'national-number.authorisation',
      'art13.1.e.recipients',
      'art13.1.f.transfers',
      'art13.2.a.retention',
      'art13.2.b.rights',
      'art13.2.c.consent-withdrawal',
      'art13.2.d.complaint',
      'art13.2.e.requirement',
      'art13.2.f.automated-decisions',
      'art14.1.d.data-categories',
      'art14.2.f.source',
      'art21.4.right-to-object',
      'art12.2.exercise-rights',
      'art8.minors',
      'eprivacy.cookie-policy',
      'practical.translations',
      'practical.version',
    ])
  })

  it('marks elements that do not apply', () => {
    const items = check(sampleRegister())
    const status = (id: string) => items.find((i) => i.element === id)?.status
    expect(status('art13.1.d.legitimate-interests')).toBe('not-applicable')
    expect(status('art14.2.f.source')).toBe('not-applicable')
    expect(status('art21.4.right-to-object')).toBe('not-applicable')
    expect(status('art14.1.d.data-categories')).toBe('not-applicable')
  })

  it('recommends, without blocking publication, what the law does not require', () => {
    const items = check(sampleRegister())
    const of = (id: string) => items.find((i) => i.element === id)
    // Nothing recorded or stated about transfers: the notice says nothing, which the check points out.
    expect(of('art13.1.f.transfers')).toMatchObject({
      status: 'recommended',
      fixAt: { path: 'notice.transfersOutsideEea' },
    })
    const stated = sampleRegister()
    stated.notice = { transfersOutsideEea: 'none' }
    expect(element(stated, 'art13.1.f.transfers').status).toBe('present')
    // A privacy contact person is recommended; a DPO is required only when one is designated (Art. 13(1)(b)).
    const noContact = sampleRegister()
    delete noContact.organization.dpo
    expect(element(noContact, 'art13.1.b.dpo-contact')).toMatchObject({
      status: 'recommended',
      fixAt: { path: 'organization.dpo' },
    })
    expect(element(noContact, 'art13.1.b.dpo-contact').missing?.en).toContain('privacy contact')
    // An activity without recipients, and a website without a cookie inventory.
    const bare = sampleRegister()
    const [first] = bare.activities ?? []
    if (first) {
      first.recipients = []
      first.systems = []
    }
    bare.organization.website = 'https://www.peeters.be'
    expect(element(bare, 'art13.1.e.recipients').status).toBe('recommended')
    expect(element(bare, 'eprivacy.cookie-policy')).toMatchObject({
      status: 'recommended',
      fixAt: { path: 'notice.cookies' },
    })
  })

  it('reports a "no transfers" statement that a system outside the EEA contradicts as missing', () => {
    const input = sampleRegister()
    input.notice = { transfersOutsideEea: 'none' }
    const [system] = input.systems ?? []
    if (system) system.hostingCountry = 'US'
    const transfers = element(input, 'art13.1.f.transfers')
    expect(transfers.status).toBe('missing')
    expect(transfers.missing?.en).toContain('no data leave the EEA')
  })

  it('gives findings for an empty register, not "no problems"', () => {
    const missing = check({ organization: { name: 'Leeg BV' } }).filter((i) => i.status === 'missing')
    expect(missing.map((i) => i.element)).toEqual(
      expect.arrayContaining(['art13.1.a.controller-identity', 'art13.1.c.purposes']),
    )
  })

  it('ignores processor and planned activities', () => {
    const input = richWith((i) => {
      activity(i, 'support-for-clients').retention = []
      activity(i, 'future-recruitment').purposes = [{ purpose: 'recruitment' }]
    })
    expect(check(input).filter((i) => i.status === 'missing')).toEqual([])
  })

  it('keeps the version informational: never missing', () => {
    const version = element(richRegister(), 'practical.version')
    expect(version).toMatchObject({ status: 'not-applicable', informational: true })
    const published = checkNoticeCompleteness(parseRegister(richRegister()), {
      version: 2,
      effectiveDate: '2026-03-01',
    })
    expect(published.find((i) => i.element === 'practical.version')?.status).toBe('present')
  })
})

describe('checkNoticeCompleteness: one missing thing each', () => {
  const cases: [string, string, (input: RegisterInput) => void, string, string][] = [
    [
      'no address',
      'art13.1.a.controller-identity',
      (i) => delete i.organization.address,
      'organization.address',
      'address',
    ],
    [
      'no email',
      'art13.1.a.controller-identity',
      (i) => delete i.organization.email,
      'organization.email',
      'email',
    ],
    [
      'established outside the EEA without representative',
      'art13.1.a.representative',
      (i) => {
        i.organization.address = { street: '1 Main St', postalCode: '10001', city: 'New York', country: 'US' }
      },
      'organization.representative',
      'representative',
    ],
    [
      'joint controller without arrangement',
      'art26.2.joint-arrangement',
      (i) => {
        activity(i, 'fair').jointControllers = [{ name: 'Expo Gent vzw' }]
      },
      'activities.6.jointControllers.0.arrangement',
      'arrangement',
    ],
    [
      'DPO without email or phone',
      'art13.1.b.dpo-contact',
      (i) => {
        i.organization.dpo = { appointed: true, name: 'An Janssens' }
      },
      'organization.dpo.email',
      'email',
    ],
    [
      'activity without purpose',
      'art13.1.c.purposes',
      (i) => {
        activity(i, 'invoicing').purposes = []
      },
      'activities.1.purposes',
      'No purpose',
    ],
    [
      'purpose without legal basis',
      'art13.1.c.legal-basis',
      (i) => {
        activity(i, 'crm').purposes = [{ purpose: 'client_management' }]
      },
      'activities.0.purposes.0.legalBasis',
      'legal basis',
    ],
    [
      'legal obligation without the law',
      'art13.1.c.legal-basis',
      (i) => {
        activity(i, 'invoicing').purposes = [
          { purpose: 'invoicing_accounting', legalBasis: 'legal_obligation' },
        ]
      },
      'activities.1.purposes.0.legalObligation.law',
      'law',
    ],
    [
      'legitimate interest not described',
      'art13.1.d.legitimate-interests',
      (i) => {
        activity(i, 'credit-check').purposes = [
          { purpose: 'fraud_prevention', legalBasis: 'legitimate_interests' },
        ]
      },
      'activities.2.purposes.0.legitimateInterest.interest',
      'legitimate interest',
    ],
    [
      'special category without Art. 9(2) condition',
      'art9.2.special-categories',
      (i) => delete activity(i, 'payroll').art9Condition,
      'activities.5.art9Condition',
      'Art. 9(2)',
    ],
    [
      'criminal data without legal basis',
      'art10.criminal-data',
      (i) => {
        activity(i, 'payroll').dataCategories?.push({ category: 'criminal_data' })
      },
      'activities.5.criminalDataBasis',
      'criminal data',
    ],
    [
      'national register number without authorisation',
      'national-number.authorisation',
      (i) => delete activity(i, 'payroll').nationalNumberAuthorisation,
      'activities.5.nationalNumberAuthorisation',
      'authorisation',
    ],
    [
      "a processor's system without any recipient",
      'art13.1.e.recipients',
      (i) => {
        activity(i, 'crm').recipients = [{ type: 'internal_departments' }]
        activity(i, 'newsletter').recipients = []
        activity(i, 'payroll').recipients = [{ type: 'social_security_institutions' }]
      },
      'activities.0.recipients',
      'HubSpot Inc.',
    ],
    [
      'transfer outside the EEA without safeguard',
      'art13.1.f.transfers',
      (i) => {
        activity(i, 'crm').transfers = [{ country: 'US', recipient: 'HubSpot Inc.' }]
      },
      'activities.0.transfers.0.safeguard',
      'safeguard',
    ],
    [
      'system hosted outside the EEA without a recorded transfer',
      'art13.1.f.transfers',
      (i) => {
        activity(i, 'crm').transfers = []
      },
      'activities.0.transfers',
      'HubSpot CRM',
    ],
    [
      'activity without retention',
      'art13.2.a.retention',
      (i) => {
        activity(i, 'newsletter').retention = []
      },
      'activities.3.retention',
      'retention',
    ],
    [
      'activity without data categories',
      'art13.2.e.requirement',
      (i) => {
        activity(i, 'telesales').dataCategories = []
      },
      'activities.4.dataCategories',
      'data processed',
    ],
    [
      'automated decisions without logic',
      'art13.2.f.automated-decisions',
      (i) => {
        activity(i, 'credit-check').automatedDecisions = { used: true, profiling: false }
      },
      'activities.2.automatedDecisions.logic',
      'logic',
    ],
    [
      'data from a third party without source',
      'art14.2.f.source',
      (i) => {
        activity(i, 'credit-check').dataCategories = [{ category: 'creditworthiness', source: 'third_party' }]
      },
      'activities.2.dataCategories.0.sourceName',
      'source',
    ],
    [
      'data of minors without a statement',
      'art8.minors',
      (i) => {
        delete i.notice?.minors
        activity(i, 'crm').subjectCategories?.push('minors')
      },
      'notice.minors',
      'children',
    ],
  ]

  it.each(cases)('%s', (_what, id, change, path, words) => {
    expect(element(richRegister(), id).status).not.toBe('missing')
    const found = element(richWith(change), id)
    expect(found.status).toBe('missing')
    expect(found.fixAt?.path).toBe(path)
    expect(found.missing?.en).toContain(words)
    expect(found.missing?.nl).toBeTruthy()
    expect(found.missing?.fr).toBeTruthy()
  })

  it('no e-mail at all and no portal: no channel to exercise rights', () => {
    const input = sampleRegister()
    delete input.organization.email
    input.organization.dpo = { appointed: false, name: 'Els Peeters', phone: '+32 9 123 45 67' }
    input.notice = { portal: true, requestPostalAddress: true }
    expect(element(input, 'art12.2.exercise-rights').status).toBe('present')
    const missing = element(input, 'art12.2.exercise-rights', {})
    expect(missing.status).toBe('missing')
    expect(missing.fixAt).toEqual({ type: 'notice', key: null, path: 'notice.requestEmail' })
  })

  it('cookies without a cookie policy or portal', () => {
    const input = sampleRegister()
    input.activities?.push({
      key: 'site',
      name: 'Website',
      purposes: [{ purpose: 'website_cookies', legalBasis: 'consent' }],
      subjectCategories: ['website_visitors'],
      dataCategories: [{ category: 'online_identifiers' }],
      retention: [{ rule: 'accounting-7y' }],
    })
    expect(element(input, 'eprivacy.cookie-policy').status).toBe('present')
    const missing = element(input, 'eprivacy.cookie-policy', {})
    expect(missing.status).toBe('missing')
    expect(missing.fixAt?.path).toBe('notice.cookiePolicyUrl')
  })
})

describe('texts per language (Art. 12(1))', () => {
  const register = (name: RegisterInput['activities']) =>
    parseRegister({
      organization: { name: 'Talen BV', languages: ['nl', 'fr'] },
      notice: { intro: { nl: 'Welkom.', fr: 'Bienvenue.' } },
      activities: name,
    })
  const translations = (doc: ReturnType<typeof parseRegister>) =>
    checkNoticeCompleteness(doc).find((i) => i.element === 'practical.translations')

  it('reports, per language, a text the notice borrows from another language', () => {
    const found = translations(
      register([
        {
          key: 'crm',
          name: { nl: 'Klantenbeheer' },
          description: { nl: 'Klanten opvolgen.', fr: 'Suivre les clients.' },
          purposes: [{ purpose: 'client_management', legalBasis: 'contract' }],
        },
      ]),
    )
    expect(found?.status).toBe('recommended')
    expect(found?.missing?.en).toBe('The French notice uses Dutch text for activities[crm].name.')
    expect(found?.missing?.fr).toBe(
      'La déclaration en français utilise le texte en néerlandais pour activities[crm].name.',
    )
    expect(found?.fixAt).toMatchObject({ type: 'activity', key: 'crm' })
  })

  it('is satisfied by a text in every language of the notice, or by one plain string meant for all', () => {
    const found = translations(
      register([
        {
          key: 'crm',
          name: { nl: 'Klantenbeheer', fr: 'Gestion des clients' },
          description: 'CRM',
          purposes: [{ purpose: 'client_management', legalBasis: 'contract' }],
        },
      ]),
    )
    expect(found?.status).toBe('present')
  })
})
