import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import type { Language } from '../register/localized'
import type { RegisterInput } from '../register/schema'
import { checkNoticeCompleteness } from './completeness'
import { composeNotice } from './compose-notice'
import { renderNoticeTrace } from './render-trace'
import { noticePlainText } from './text'

/**
 * Issue 12 item 3: every text the organisation writes that reaches a notice can be given per language - the law
 * behind a legal obligation, the national-number authorisation, recipients' names, transfer recipients and where
 * a system keeps data and its certifications. Item 2: a transfer to a country outside the EEA that is not known, with its safeguard.
 */

type ActivityInput = NonNullable<RegisterInput['activities']>[number]

function mapActivity(input: RegisterInput, key: string, change: (a: ActivityInput) => ActivityInput) {
  return (input.activities ?? []).map((a) => (a.key === key ? change(a) : a))
}

function perLanguage(): RegisterInput {
  const input = richRegister()
  return {
    ...input,
    activities: mapActivity(
      {
        ...input,
        activities: mapActivity(input, 'payroll', (a) => ({
          ...a,
          purposes: [
            {
              purpose: 'personnel_administration',
              legalBasis: 'legal_obligation',
              legalObligation: {
                law: {
                  nl: 'koninklijk besluit nr. 5 van 23 oktober 1978',
                  fr: 'arrêté royal n° 5 du 23 octobre 1978',
                  en: 'Royal Decree No. 5 of 23 October 1978',
                },
              },
            },
          ],
          nationalNumberAuthorisation: {
            nl: 'wet van 15 januari 1990 houdende oprichting en organisatie van een Kruispuntbank van de sociale zekerheid, art. 8',
            fr: 'loi du 15 janvier 1990 relative à l’institution et à l’organisation d’une Banque-carrefour de la sécurité sociale, art. 8',
            en: 'Law of 15 January 1990 on the Crossroads Bank for Social Security, art. 8',
          },
          recipients: [
            { type: 'social_secretariat', vendor: 'payroll-agency' },
            {
              type: 'social_security_institutions',
              name: { nl: 'de RSZ', fr: 'l’ONSS', en: 'the National Social Security Office' },
            },
          ],
        })),
      },
      'crm',
      (a) => ({
        ...a,
        transfers: [
          ...(a.transfers ?? []),
          {
            recipient: {
              nl: 'onderaannemer voor support',
              fr: 'sous-traitant pour le support',
              en: 'support subcontractor',
            },
            safeguard: 'standard_contractual_clauses',
          },
        ],
      }),
    ),
    systems: (input.systems ?? []).map((s) =>
      s.key === 'hubspot-crm'
        ? {
            ...s,
            location: {
              nl: 'datacenters in Virginia',
              fr: 'centres de données en Virginie',
              en: 'data centres in Virginia',
            },
            certifications: [
              'ISO 27001',
              {
                nl: 'SOC 2-verslag van een onafhankelijke auditor',
                fr: 'rapport SOC 2 d’un auditeur indépendant',
                en: 'SOC 2 report by an independent auditor',
              },
            ],
          }
        : s,
    ),
  }
}

const notice = (input: RegisterInput, language: Language) =>
  noticePlainText(composeNotice(parseRegister(input), { language, portalUrl: 'https://p.example/p/digitas' }))

const EXPECTED: Record<Language, string[]> = {
  nl: [
    '(art. 6.1.c AVG), op grond van de volgende bepalingen: koninklijk besluit nr. 5 van 23 oktober 1978.',
    'Kruispuntbank van de sociale zekerheid, art. 8',
    'de RSZ',
    'Een land dat ons niet bekend is | onderaannemer voor support',
    'datacenters in Virginia',
    'gecertificeerd volgens ISO 27001 en SOC 2-verslag van een onafhankelijke auditor',
  ],
  fr: [
    '(art. 6.1.c RGPD), en vertu des dispositions suivantes\u00a0: arrêté royal n° 5 du 23 octobre 1978.',
    'Banque-carrefour de la sécurité sociale, art. 8',
    'l’ONSS',
    'Un pays qui ne nous est pas connu | sous-traitant pour le support',
    'centres de données en Virginie',
    'certifié ISO 27001 et rapport SOC 2 d’un auditeur indépendant',
  ],
  en: [
    '(Art. 6(1)(c) GDPR), under the following provisions: Royal Decree No. 5 of 23 October 1978.',
    'Crossroads Bank for Social Security, art. 8',
    'the National Social Security Office',
    'A country not known to us | support subcontractor',
    'data centres in Virginia',
    'certified to ISO 27001 and SOC 2 report by an independent auditor',
  ],
}

describe('texts given per language reach the notice in its language', () => {
  it.each(['nl', 'fr', 'en'] as const)('%s', (language) => {
    const text = notice(perLanguage(), language)
    for (const expected of EXPECTED[language]) expect(text).toContain(expected)
    for (const other of (['nl', 'fr', 'en'] as const).filter((l) => l !== language))
      for (const foreign of EXPECTED[other].slice(0, 3)) expect(text).not.toContain(foreign)
  })

  it('reports per language the texts a notice borrows from another language', () => {
    const input = perLanguage()
    const borrowed: RegisterInput = {
      ...input,
      activities: mapActivity(input, 'payroll', (a) => ({
        ...a,
        nationalNumberAuthorisation: { nl: 'wet van 15 januari 1990, art. 8' },
      })),
      systems: (input.systems ?? []).map((s) =>
        s.key === 'hubspot-crm'
          ? {
              ...s,
              location: { nl: 'datacenters in Virginia' },
              certifications: ['ISO 27001', { nl: 'SOC 2' }],
            }
          : s,
      ),
    }
    const found = checkNoticeCompleteness(parseRegister(borrowed)).find(
      (i) => i.element === 'practical.translations',
    )
    expect(found?.status).toBe('recommended')
    expect(found?.missing?.en).toContain(
      'The French notice uses Dutch text for activities[payroll].nationalNumberAuthorisation, systems[hubspot-crm].location, systems[hubspot-crm].certifications[1].',
    )
    expect(found?.missing?.en).toContain('The English notice uses Dutch text for')
    const complete = checkNoticeCompleteness(parseRegister(input)).find(
      (i) => i.element === 'practical.translations',
    )
    expect(complete?.missing?.en ?? '').not.toMatch(/nationalNumberAuthorisation|location|legalObligation/)
  })
})

describe('a transfer to a country outside the EEA that is not known', () => {
  it('is listed with its safeguard, named in the summary, and traced to the transfer', () => {
    const en = composeNotice(parseRegister(perLanguage()), {
      language: 'en',
      trace: true,
      portalUrl: 'https://p.example/p/digitas',
    })
    const text = noticePlainText(en)
    expect(text).toMatch(
      /A country not known to us \| support subcontractor \| The standard contractual clauses/,
    )
    expect(text).toMatch(/outside the European Economic Area \([^)]*a country not known to us\)/)
    expect(text).not.toContain('stay within the European Economic Area')
    expect(renderNoticeTrace(en)).toMatch(
      /A country not known to us \| .*\n {4}<- activities\[[^\]]*\]\.transfers\n/,
    )
  })

  it('without a safeguard, is listed without one and the notice claims no safeguard', () => {
    const input = perLanguage()
    const unsafe: RegisterInput = {
      ...input,
      activities: mapActivity(input, 'crm', (a) => ({
        ...a,
        transfers: [{ recipient: { nl: 'onderaannemer', fr: 'sous-traitant', en: 'subcontractor' } }],
      })),
    }
    const text = notice(unsafe, 'en')
    expect(text).toMatch(/A country not known to us \| subcontractor \| {2}\|/)
    expect(text).not.toMatch(/appropriate safeguard/)
  })

  it('is absent when no such transfer is recorded', () => {
    for (const language of ['nl', 'fr', 'en'] as const)
      expect(notice(richRegister(), language)).not.toMatch(/niet bekend is|pas connu|not known to us/)
  })
})
