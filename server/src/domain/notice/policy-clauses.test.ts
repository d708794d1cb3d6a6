import { describe, expect, it } from 'vitest'
import { parseRegister, richRegister } from '../../../test/fixtures/notice-registers'
import { RETENTION_PERIOD_BY_KEY, toRetentionRule } from '../register/catalogue'
import type { Language } from '../register/localized'
import { NOTICE_REQUEST_CHANNELS, type RegisterInput } from '../register/schema'
import { REQUEST_CHANNELS } from '../requests/request-types'
import { composeNotice } from './compose-notice'
import { renderNoticeTrace } from './render-trace'
import { noticePlainText } from './text'

/**
 * Clauses real privacy policies state that the register can now express: further request channels, where data are
 * stored, a personal breach promise, sharing only with permission, links to other websites, "anonymise or delete",
 * and the limits of erasure from a running contract or a limitation period. Each appears only when its field is
 * filled in, and --trace names that field.
 */

function withClauses(): RegisterInput {
  const input = richRegister()
  return {
    ...input,
    notice: {
      ...input.notice,
      requestChannels: [
        {
          channel: 'in_person',
          details: { nl: 'werkdagen 9-17 uur', fr: 'jours ouvrables 9-17 h', en: 'weekdays 9-5' },
        },
        { channel: 'phone', contact: '+32 2 765 43 21' },
        { channel: 'social_media', contact: 'facebook.com/digitas' },
        { channel: 'web_form', contact: 'https://www.digitas.be/contact' },
      ],
      breachCommunication: { withinHours: 72 },
      sharesOnlyWithPermission: true,
      thirdPartyLinks: true,
    },
    systems: (input.systems ?? []).map((s) =>
      s.key === 'hubspot-crm'
        ? { ...s, hostingCountry: 'BE', location: 'datacentres in Brussel', certifications: ['ISO 27001'] }
        : s,
    ),
    retentionRules: (input.retentionRules ?? []).map((r) => ({
      ...r,
      action: 'anonymise_or_delete' as const,
    })),
  }
}

const text = (input: RegisterInput, language: Language) =>
  noticePlainText(composeNotice(parseRegister(input), { language, portalUrl: 'https://p.example/p/digitas' }))

/** What each clause reads like, per language. */
const CLAUSES: Record<Language, Record<string, RegExp>> = {
  nl: {
    desk: /aan ons onthaal, Louizalaan 251, 1050 Brussel \(werkdagen 9-17 uur\)/,
    phone: /telefonisch op \+32 2 765 43 21/,
    social: /via sociale media: facebook\.com\/digitas/,
    form: /via het contactformulier op www\.digitas\.be\/contact/,
    storage: /HubSpot CRM: België \(datacentres in Brussel\), gecertificeerd volgens ISO 27001/,
    breach: /brengen wij u daar persoonlijk van op de hoogte, binnen 72 uur/,
    sharing: /Buiten de ontvangers hierboven delen wij uw gegevens met niemand zonder uw toestemming/,
    links: /Onze website bevat links naar websites van anderen/,
    anonymise: /Daarna wissen wij ze, of anonimiseren wij ze/,
    contract: /Zolang een overeenkomst met u loopt/,
  },
  fr: {
    desk: /à notre accueil, Louizalaan 251, 1050 Brussel \(jours ouvrables 9-17 h\)/,
    phone: /par téléphone au \+32 2 765 43 21/,
    social: /via les réseaux sociaux\u00a0: facebook\.com\/digitas/,
    form: /via le formulaire de contact sur www\.digitas\.be\/contact/,
    storage: /HubSpot CRM\u00a0: Belgique \(datacentres in Brussel\), certifié ISO 27001/,
    breach: /nous vous en informons personnellement, dans les 72 heures/,
    sharing: /En dehors des destinataires mentionnés ci-dessus, nous ne partageons vos données avec personne/,
    links: /Notre site web contient des liens vers des sites de tiers/,
    anonymise: /Nous les effaçons ensuite, ou nous les anonymisons/,
    contract: /Tant qu'un contrat avec vous est en cours/,
  },
  en: {
    desk: /in person at our office, Louizalaan 251, 1050 Brussel \(weekdays 9-5\)/,
    phone: /by phone on \+32 2 765 43 21/,
    social: /through social media: facebook\.com\/digitas/,
    form: /through the contact form at www\.digitas\.be\/contact/,
    storage: /HubSpot CRM: Belgium \(datacentres in Brussel\), certified to ISO 27001/,
    breach: /we inform you personally, within 72 hours/,
    sharing: /Apart from the recipients listed above, we share your data with nobody without your permission/,
    links: /Our website contains links to other organisations' websites/,
    anonymise: /After that, we delete them, or anonymise them/,
    contract: /While a contract with you runs/,
  },
}

describe('policy clauses the register can express', () => {
  it.each(['nl', 'fr', 'en'] as const)('are stated when their field is filled in (%s)', (language) => {
    const notice = text(withClauses(), language)
    for (const [clause, pattern] of Object.entries(CLAUSES[language])) expect(notice, clause).toMatch(pattern)
  })

  it.each(['nl', 'fr', 'en'] as const)('are absent when their field is empty (%s)', (language) => {
    const input = richRegister()
    const notice = text(
      {
        ...input,
        systems: (input.systems ?? []).map(
          ({ location: _l, hostingCountry: _h, certifications: _c, ...s }) => s,
        ),
      },
      language,
    )
    // The rich register relies on a contract, so the erasure limit of a running contract is told there too.
    for (const [clause, pattern] of Object.entries(CLAUSES[language]))
      if (clause !== 'contract') expect(notice, clause).not.toMatch(pattern)
  })

  it('lists only channels the request intake accepts, so staff can record a request from each', () => {
    for (const channel of NOTICE_REQUEST_CHANNELS) expect(REQUEST_CHANNELS).toContain(channel)
  })

  it('traces each clause to its register field', () => {
    const trace = renderNoticeTrace(
      composeNotice(parseRegister(withClauses()), {
        language: 'en',
        trace: true,
        portalUrl: 'https://p.example/p/digitas',
      }),
    )
    expect(trace).toMatch(/by phone on .*[\s\S]*?<- .*notice\.requestChannels\[phone\]/)
    expect(trace).toMatch(/in person at our office[\s\S]*?<- .*organization\.address/)
    expect(trace).toMatch(/certified to ISO 27001\n {4}<- systems\[hubspot-crm\]/)
    expect(trace).toMatch(/within 72 hours of discovering it\.\n {4}<- notice\.breachCommunication/)
    expect(trace).toMatch(/unless a law requires us to\.\n {4}<- notice\.sharesOnlyWithPermission/)
    expect(trace).toMatch(/privacy notices apply\.\n {4}<- notice\.thirdPartyLinks/)
  })

  it('names the limitation period among the limits of erasure when a claims period is recorded', () => {
    const input = richRegister()
    const claims: RegisterInput = {
      ...input,
      retentionRules: (input.retentionRules ?? []).map((r) => ({
        ...r,
        fromCatalogue: 'contractual_claims',
      })),
    }
    expect(text(claims, 'nl')).toMatch(/zolang de verjaringstermijn voor zo'n vordering loopt/)
    expect(text(claims, 'fr')).toMatch(/tant que court le délai de prescription/)
    expect(text(claims, 'en')).toMatch(/while the limitation period for such a claim runs/)
    expect(text(input, 'en')).not.toMatch(/limitation period/)
  })
})

describe("statutes named in the reader's language", () => {
  it('a catalogue retention period names its statute in nl, fr and en', () => {
    const input = richRegister()
    const entry = RETENTION_PERIOD_BY_KEY.get('accounting_records')
    if (entry === undefined) throw new Error('catalogue entry missing')
    const withStatute: RegisterInput = { ...input, retentionRules: [toRetentionRule(entry, 'contract-10y')] }
    expect(text(withStatute, 'nl')).toContain('(Wetboek van economisch recht, art. III.86 en III.88)')
    expect(text(withStatute, 'fr')).toContain('(Code de droit économique, art. III.86 et III.88)')
    expect(text(withStatute, 'en')).toContain('(Code of Economic Law, Art. III.86 and III.88)')
    expect(text(withStatute, 'en')).toMatch(/statutory retention obligations for our accounts/)
  })
})
