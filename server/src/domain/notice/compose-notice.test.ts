import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import { sampleRegister } from '../../../test/support/register'
import type { Language } from '../register/localized'
import type { RegisterInput } from '../register/schema'
import { composeNotice } from './compose-notice'
import type { NoticeDocument, NoticeSection } from './model'
import { noticePlainText } from './text'

const PORTAL = 'https://custos.example.be/p/digitas'
const LANGUAGES: Language[] = ['nl', 'fr', 'en']

function compose(
  input: RegisterInput,
  language: Language,
  extra: { version?: number; effectiveDate?: string } = {},
) {
  return composeNotice(parseRegister(input), { language, portalUrl: PORTAL, ...extra })
}

function allSections(notice: NoticeDocument): NoticeSection[] {
  const out: NoticeSection[] = []
  const visit = (s: NoticeSection) => {
    out.push(s)
    for (const sub of s.subsections ?? []) visit(sub)
  }
  for (const s of notice.sections) visit(s)
  return out
}

function sectionText(notice: NoticeDocument, id: string): string {
  const section = allSections(notice).find((s) => s.id === id)
  if (!section) throw new Error(`no section ${id}`)
  return noticePlainText({ ...notice, title: '', summary: [], sections: [section] })
}

const SECTION_IDS = [
  'introduction',
  'who-we-are',
  'personal-data',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'your-rights',
  'right-to-object',
  'exercise-rights',
  'complaints',
  'security',
  'cookies',
  'changes',
]

/** Per language: the words the checks look for. */
const EXPECTED: Record<
  Language,
  {
    gba: string
    deadline: string
    interest: string
    source: string
    country: string
    safeguard: string
    period: string
  }
> = {
  nl: {
    gba: 'Gegevensbeschermingsautoriteit\nDrukpersstraat 35, 1000 Brussel',
    deadline: 'uiterlijk binnen een maand na ontvangst',
    interest: 'vermijden dat wij leveren aan klanten die niet kunnen betalen',
    source: 'Graydon Belgium NV',
    country: 'Verenigde Staten',
    safeguard: 'standaardcontractbepalingen van de Europese Commissie (art. 46.2.c AVG)',
    period: 'zeven jaar vanaf de afsluiting van het boekjaar waarop de factuur betrekking heeft',
  },
  fr: {
    gba: 'Autorité de protection des données\nRue de la Presse 35, 1000 Bruxelles',
    deadline: "au plus tard dans un délai d'un mois à compter de sa réception",
    interest: 'éviter de livrer des clients qui ne peuvent pas payer',
    source: 'Graydon Belgium SA',
    country: 'États-Unis',
    safeguard: 'clauses contractuelles types adoptées par la Commission européenne (art. 46.2.c RGPD)',
    period: "sept ans à compter de la clôture de l'exercice comptable auquel la facture se rapporte",
  },
  en: {
    gba: 'Data Protection Authority (GBA/APD)\nRue de la Presse 35, 1000 Brussels',
    deadline: 'at the latest within one month of receiving it',
    interest: 'avoiding deliveries to clients who cannot pay',
    source: 'Graydon Belgium NV',
    country: 'United States',
    safeguard: 'standard contractual clauses adopted by the European Commission (Art. 46(2)(c) GDPR)',
    period: 'seven years from the close of the financial year to which the invoice relates',
  },
}

/** The sample register with the statements a notice needs before it says that nothing leaves the EEA, etc. */
function statedSample(): RegisterInput {
  const input = sampleRegister()
  input.notice = {
    sellsData: false,
    transfersOutsideEea: 'none',
    cookies: [{ name: 'session', purpose: 'strictly_necessary', duration: { en: 'session' } }],
  }
  return input
}

describe.each(LANGUAGES)('composeNotice (%s)', (language) => {
  const sample = compose(statedSample(), language)
  const rich = compose(richRegister(), language)
  const richText = noticePlainText(rich)
  const expected = EXPECTED[language]

  it('has every section with its stable id, in reading order', () => {
    expect(sample.sections.map((s) => s.id)).toEqual(SECTION_IDS)
    expect(rich.sections.map((s) => s.id)).toEqual([...SECTION_IDS.slice(0, -1), 'minors', 'changes'])
    expect(rich.language).toBe(language)
    expect(rich.summary.length).toBeGreaterThanOrEqual(3)
    expect(rich.summary.length).toBeLessThanOrEqual(5)
  })

  it('sets the right to object apart (Art. 21(4))', () => {
    const objection = rich.sections.find((s) => s.id === 'right-to-object')
    expect(objection?.prominent).toBe(true)
    expect(rich.sections.filter((s) => s.prominent)).toHaveLength(1)
  })

  it('names the GBA with its address, and the one-month deadline (Art. 12(3))', () => {
    for (const notice of [sample, rich]) {
      const text = noticePlainText(notice)
      expect(text).toContain(expected.gba)
      expect(text).toContain('+32 2 274 48 00')
      expect(text).toContain('contact@apd-gba.be')
      expect(text).toContain(expected.deadline)
    }
  })

  it('formats the enterprise number', () => {
    expect(sectionText(sample, 'who-we-are')).toContain('0403.019.261')
    expect(sectionText(rich, 'who-we-are')).toContain('0403.019.261')
  })

  it('tells the legitimate interest, the source, the transfer and the retention period', () => {
    expect(sectionText(rich, 'purpose-fraud_prevention')).toContain(expected.interest)
    expect(sectionText(rich, 'sources')).toContain(expected.source)
    const transfers = sectionText(rich, 'transfers')
    expect(transfers).toContain(expected.country)
    expect(transfers).toContain('HubSpot Inc.')
    expect(transfers).toContain(expected.safeguard)
    expect(sectionText(rich, 'retention')).toContain(expected.period)
    expect(sectionText(sample, 'retention')).toContain(expected.period)
  })

  it('links the request portal and the request address', () => {
    const exercise = rich.sections.find((s) => s.id === 'exercise-rights')
    expect(JSON.stringify(exercise)).toContain(`"link":"${PORTAL}/request"`)
    expect(JSON.stringify(exercise)).toContain('"link":"mailto:privacy@digitas.be"')
    const withoutPortal = composeNotice(parseRegister(richRegister()), { language })
    expect(JSON.stringify(withoutPortal)).not.toContain('/request')
  })

  it('keeps processor and planned activities out of the purposes', () => {
    const purposes = rich.sections.find((s) => s.id === 'personal-data')?.subsections ?? []
    const ids = purposes.map((s) => s.id)
    expect(ids).toContain('purpose-client_management')
    expect(ids).not.toContain('purpose-processor_customer_service')
    expect(ids).not.toContain('purpose-recruitment')
    // The processor activity is explained once, as the client's responsibility.
    expect(sectionText(rich, 'who-we-are')).toMatch(/verwerker|sous-traitant|processor/)
    expect(sectionText(sample, 'who-we-are')).not.toMatch(
      /als verwerker|en tant que sous-traitant|as a processor/,
    )
  })

  it('tells the Art. 9(2) condition, the national register number authorisation and the joint controller', () => {
    const payroll = sectionText(rich, 'purpose-personnel_administration')
    expect(payroll).toContain(
      language === 'en' ? 'Art. 9(2)(b) GDPR' : language === 'fr' ? 'art. 9.2.b RGPD' : 'art. 9.2.b AVG',
    )
    expect(payroll).toContain('Wet/Loi 15.01.1990 (KSZ/BCSS), art. 8')
    expect(sectionText(rich, 'who-we-are')).toContain('Expo Gent vzw')
  })

  it('mentions the do-not-call register for marketing by phone, and the consent withdrawal', () => {
    expect(sectionText(rich, 'right-to-object')).toMatch(/Bel-me-niet-meer|Ne-m'appelez-plus/)
    expect(sectionText(sample, 'right-to-object')).not.toMatch(/Bel-me-niet-meer|Ne-m'appelez-plus/)
    const consent = {
      nl: 'op basis van uw toestemming (art. 6.1.a AVG)',
      fr: 'sur la base de votre consentement (art. 6.1.a RGPD)',
      en: 'on the basis of your consent (Art. 6(1)(a) GDPR)',
    }
    expect(richText).toContain(consent[language])
  })

  it('is a draft without a version, and dated once published', () => {
    expect(sample.version).toBeUndefined()
    expect(sectionText(sample, 'changes')).toMatch(/Ontwerp|Projet|Draft/)
    const published = compose(sampleRegister(), language, { version: 3, effectiveDate: '2026-03-01' })
    expect(published.version).toBe(3)
    expect(published.effectiveDate).toBe('2026-03-01')
    const date = { nl: '1 maart 2026', fr: '1er mars 2026', en: '1 March 2026' }
    expect(sectionText(published, 'changes')).toContain(date[language])
  })
})

describe('composeNotice: language', () => {
  const texts = Object.fromEntries(
    LANGUAGES.map((l) => [l, noticePlainText(compose(richRegister(), l))]),
  ) as Record<Language, string>

  it('writes three different texts', () => {
    expect(texts.nl).not.toBe(texts.fr)
    expect(texts.fr).not.toBe(texts.en)
    expect(texts.nl).not.toBe(texts.en)
  })

  it.each(['nl', 'fr'] as const)('lets no English into %s', (language) => {
    for (const word of [' the ', ' and ', ' your ', ' with ', ' our ', ' you ']) {
      expect(texts[language].toLowerCase()).not.toContain(word)
    }
  })

  it('lets no Dutch into French or English', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const word of [' het ', ' uw ', ' wij ', ' gegevens ']) expect(texts[language]).not.toContain(word)
    }
  })

  it('lowers catalogue labels inside sentences', () => {
    expect(texts.nl).toContain(
      'de volgende gegevens: identificatiegegevens, contactgegevens en bankgegevens.',
    )
    expect(texts.fr).toContain(
      "les données suivantes\u00a0: données d'identification, coordonnées et coordonnées bancaires.",
    )
    expect(texts.en).toContain('the following data: identification data, contact details and bank details.')
  })
})

describe('composeNotice: register variants', () => {
  it('says "privacy contact person" unless a DPO is appointed', () => {
    const sample = compose(sampleRegister(), 'en')
    const contact = allSections(sample).find((s) => s.id === 'privacy-contact')
    expect(contact?.heading).toBe('Our privacy contact person')
    expect(sectionText(sample, 'privacy-contact')).not.toContain('data protection officer')
    const rich = compose(richRegister(), 'en')
    expect(allSections(rich).find((s) => s.id === 'privacy-contact')?.heading).toBe(
      'Our data protection officer',
    )
  })

  it('links the cookie policy, the portal cookie page, or says only necessary cookies are used', () => {
    const withPolicy = richRegister()
    withPolicy.notice = { ...withPolicy.notice, cookiePolicyUrl: 'https://www.digitas.be/cookies' }
    expect(JSON.stringify(compose(withPolicy, 'nl').sections.at(-3))).toContain(
      'https://www.digitas.be/cookies',
    )
    const withCookies = richRegister()
    withCookies.activities?.push({
      key: 'site',
      name: 'Website',
      purposes: [{ purpose: 'website_cookies', legalBasis: 'consent' }],
      subjectCategories: ['website_visitors'],
      dataCategories: [{ category: 'online_identifiers' }],
      retention: [{ rule: 'newsletter-3y' }],
    })
    expect(JSON.stringify(compose(withCookies, 'nl'))).not.toContain(`${PORTAL}/cookies`)
    expect(sectionText(compose(statedSample(), 'en'), 'cookies')).toContain('strictly necessary')
    expect(compose(sampleRegister(), 'en').sections.some((s) => s.id === 'cookies')).toBe(false)
  })

  it('says the data stay in the EEA when the register states it, and come from the subject when they do', () => {
    expect(compose(sampleRegister(), 'en').sections.some((s) => s.id === 'transfers')).toBe(false)
    const sample = compose(statedSample(), 'en')
    expect(sectionText(sample, 'transfers')).toContain('within the European Economic Area')
    expect(sectionText(sample, 'sources')).toContain('directly from you')
  })

  it('states the general portability rule when no activity offers it, and erasure limits from the register', () => {
    const rights = sectionText(compose(sampleRegister(), 'en'), 'your-rights')
    expect(rights).toContain('on the basis of your consent or a contract with you')
    expect(rights).toContain('the statutory retention obligations for our accounts')
    expect(rights).not.toContain('Right to withdraw your consent')
    expect(sectionText(compose(richRegister(), 'en'), 'your-rights')).toContain(
      'For client relationship management, you can receive',
    )
  })

  it('explains automated decisions when they are used', () => {
    const input = richRegister()
    const crm = input.activities?.[0]
    if (crm) {
      crm.automatedDecisions = {
        used: true,
        profiling: true,
        logic: { en: 'A score based on payment history.' },
        consequences: { en: 'A low score means payment in advance.' },
      }
    }
    const rights = sectionText(compose(input, 'en'), 'your-rights')
    expect(rights).toContain('we take decisions based solely on automated processing, including profiling')
    expect(rights).toContain('How it works: a score based on payment history.')
    expect(rights).toContain('right to obtain human intervention')
  })

  it('uses the organisation intro and minors statement as written', () => {
    const input = richRegister()
    input.notice = {
      ...input.notice,
      intro: { nl: 'Bij Digitas nemen wij privacy ernstig.' },
      minors: { minimumAge: 16, statement: { nl: 'Wij richten ons niet tot kinderen.' } },
    }
    const notice = compose(input, 'nl')
    expect(sectionText(notice, 'introduction')).toContain('Bij Digitas nemen wij privacy ernstig.')
    expect(sectionText(notice, 'minors')).toContain('Wij richten ons niet tot kinderen.')
    expect(compose(sampleRegister(), 'nl').sections.some((s) => s.id === 'minors')).toBe(false)
  })
})
