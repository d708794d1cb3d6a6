import { describe, expect, it } from 'vitest'
import { sampleRegister } from '../../../../test/support/register'
import {
  activityWith,
  check,
  findingsOf,
  sampleDocument,
  sampleParts,
  sampleWith,
} from '../../../../test/support/register-checks'
import type { RegisterDocument } from '../schema'
import type { RegisterObjectType } from './finding'
import { CHECK_RULES } from './index'

interface BadCase {
  rule: string
  why: string
  doc: () => RegisterDocument
  path: string
  object: { type: RegisterObjectType; key: string | null }
}

const ACTIVITY = { type: 'activity', key: 'bookkeeping' } as const
const OWN_NAME = {
  nl: 'Boekhouding van klanten',
  fr: 'Comptabilité des clients',
  en: 'Bookkeeping for clients',
}

/** Each rule on the sample register with one change. */
const CASES: BadCase[] = [
  {
    rule: 'register.duplicate-key',
    why: 'two measures with the same key',
    doc: () =>
      sampleWith({
        measures: [
          { key: 'mfa', name: 'Multi-factor authentication', type: 'technical' },
          { key: 'mfa', name: 'Tweestapsverificatie', type: 'technical' },
        ],
      }),
    path: 'measures.1.key',
    object: { type: 'measure', key: 'mfa' },
  },
  {
    rule: 'reference.unknown',
    why: 'an activity uses a system that does not exist',
    doc: () => activityWith({ systems: ['cloudbooks-app', 'ghost-app'] }),
    path: 'activities.0.systems.1',
    object: ACTIVITY,
  },
  {
    rule: 'activity.no-purpose',
    why: 'no purposes',
    doc: () => activityWith({ purposes: [] }),
    path: 'activities.0.purposes',
    object: ACTIVITY,
  },
  {
    rule: 'activity.legal-basis-missing',
    why: 'a purpose without legal basis',
    doc: () => activityWith({ purposes: [{ purpose: 'invoicing_accounting' }] }),
    path: 'activities.0.purposes.0.legalBasis',
    object: ACTIVITY,
  },
  {
    rule: 'activity.legitimate-interest-without-balancing-test',
    why: 'legitimate interests without a balancing test',
    doc: () =>
      activityWith({
        purposes: [
          {
            purpose: 'fraud_prevention',
            legalBasis: 'legitimate_interests',
            legitimateInterest: { interest: 'Fraude voorkomen' },
          },
        ],
      }),
    path: 'activities.0.purposes.0.legitimateInterest.balancingTest',
    object: ACTIVITY,
  },
  {
    rule: 'activity.legal-obligation-without-law',
    why: 'legal obligation without the law',
    doc: () =>
      activityWith({ purposes: [{ purpose: 'invoicing_accounting', legalBasis: 'legal_obligation' }] }),
    path: 'activities.0.purposes.0.legalObligation.law',
    object: ACTIVITY,
  },
  {
    rule: 'activity.consent-without-withdrawal',
    why: 'consent without a way to withdraw',
    doc: () => activityWith({ purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }] }),
    path: 'activities.0.purposes.0.consentWithdrawal',
    object: ACTIVITY,
  },
  {
    rule: 'activity.special-category-without-art9',
    why: 'health data without an Art. 9(2) condition',
    doc: () =>
      activityWith({
        dataCategories: [
          { category: 'identification', requirement: 'contractual' },
          { category: 'health_data' },
        ],
      }),
    path: 'activities.0.art9Condition',
    object: ACTIVITY,
  },
  {
    rule: 'activity.criminal-data-without-basis',
    why: 'criminal data without a basis in law',
    doc: () =>
      activityWith({
        dataCategories: [
          { category: 'identification', requirement: 'contractual' },
          { category: 'criminal_data' },
        ],
      }),
    path: 'activities.0.criminalDataBasis',
    object: ACTIVITY,
  },
  {
    rule: 'activity.national-number-without-authorisation',
    why: 'the national register number without authorisation',
    doc: () =>
      activityWith({
        dataCategories: [
          { category: 'identification', requirement: 'contractual' },
          { category: 'national_register_number' },
        ],
      }),
    path: 'activities.0.nationalNumberAuthorisation',
    object: ACTIVITY,
  },
  {
    rule: 'activity.no-retention',
    why: 'no retention rule',
    doc: () => activityWith({ retention: [] }),
    path: 'activities.0.retention',
    object: ACTIVITY,
  },
  {
    rule: 'activity.no-data-categories',
    why: 'no data categories',
    doc: () => activityWith({ dataCategories: [] }),
    path: 'activities.0.dataCategories',
    object: ACTIVITY,
  },
  {
    rule: 'activity.no-subject-categories',
    why: 'no subject categories',
    doc: () => activityWith({ subjectCategories: [] }),
    path: 'activities.0.subjectCategories',
    object: ACTIVITY,
  },
  {
    rule: 'transfer.outside-eea-without-safeguard',
    why: 'its system is hosted in the United States and no transfer is recorded',
    doc: () => {
      const { input, system } = sampleParts()
      return sampleWith({ systems: [{ ...system, hostingCountry: 'US' }], vendors: input.vendors })
    },
    path: 'activities.0.systems.0',
    object: ACTIVITY,
  },
  {
    rule: 'transfer.outside-eea-without-safeguard',
    why: 'a transfer to a country outside the EEA that is not known, without a safeguard',
    doc: () => activityWith({ transfers: [{ recipient: { nl: 'onderaannemer', fr: 'sous-traitant' } }] }),
    path: 'activities.0.transfers.0.safeguard',
    object: ACTIVITY,
  },
  {
    rule: 'vendor.processor-without-dpa',
    why: 'the processor used by the activity has no signed DPA',
    doc: () => {
      const { vendor } = sampleParts()
      return sampleWith({ vendors: [{ ...vendor, dpa: { signed: false } }] })
    },
    path: 'vendors.0.dpa.signed',
    object: { type: 'vendor', key: 'cloudbooks' },
  },
  {
    rule: 'activity.portability-wrong-basis',
    why: 'portability offered on a legal obligation',
    doc: () => activityWith({ portability: true }),
    path: 'activities.0.portability',
    object: ACTIVITY,
  },
  {
    rule: 'activity.dpia-screening-without-status',
    why: 'two WP248 criteria and no DPIA status',
    doc: () => activityWith({ dpia: { criteria: ['large_scale', 'evaluation_scoring'] } }),
    path: 'activities.0.dpia.status',
    object: ACTIVITY,
  },
  {
    rule: 'activity.ended-without-end-date',
    why: 'ended without an end date',
    doc: () => activityWith({ status: 'ended' }),
    path: 'activities.0.endDate',
    object: ACTIVITY,
  },
  {
    rule: 'activity.dates-out-of-order',
    why: 'the end date before the start date',
    doc: () => activityWith({ status: 'ended', startDate: '2025-01-01', endDate: '2024-12-31' }),
    path: 'activities.0.endDate',
    object: ACTIVITY,
  },
  {
    rule: 'activity.processor-without-controller',
    why: 'a processor activity without the controllers',
    doc: () => activityWith({ role: 'processor' }),
    path: 'activities.0.processorFor',
    object: ACTIVITY,
  },
  {
    rule: 'activity.joint-controller-without-partner',
    why: 'a joint controller without the partners',
    doc: () => activityWith({ role: 'joint_controller' }),
    path: 'activities.0.jointControllers',
    object: ACTIVITY,
  },
  {
    rule: 'activity.no-security-measures',
    why: 'no measures, and its system has none',
    doc: () => activityWith({ measures: [] }),
    path: 'activities.0.measures',
    object: ACTIVITY,
  },
  {
    rule: 'activity.third-party-source-unnamed',
    why: 'data from a third party without naming it',
    doc: () => activityWith({ dataCategories: [{ category: 'identification', source: 'third_party' }] }),
    path: 'activities.0.dataCategories.0.sourceName',
    object: ACTIVITY,
  },
  {
    rule: 'activity.automated-decision-without-logic',
    why: 'automated decisions without the logic',
    doc: () => activityWith({ automatedDecisions: { used: true } }),
    path: 'activities.0.automatedDecisions.logic',
    object: ACTIVITY,
  },
  {
    rule: 'activity.end-date-without-ended-status',
    why: 'an end date in the past while still active',
    doc: () => activityWith({ endDate: '2025-12-31' }),
    path: 'activities.0.status',
    object: ACTIVITY,
  },
  {
    rule: 'vendor.dpa-without-date',
    why: 'a signed DPA without its date',
    doc: () => {
      const { vendor } = sampleParts()
      return sampleWith({ vendors: [{ ...vendor, dpa: { signed: true } }] })
    },
    path: 'vendors.0.dpa.date',
    object: { type: 'vendor', key: 'cloudbooks' },
  },
  {
    rule: 'organization.no-contact',
    why: 'no email for the organisation or the DPO',
    doc: () =>
      sampleWith({ organization: { name: 'Boekhouding Peeters', dpo: { appointed: false, name: 'Els' } } }),
    path: 'organization.email',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'activity.ended-long-ago',
    why: 'ended more than five years ago',
    doc: () => activityWith({ status: 'ended', endDate: '2021-06-14' }),
    path: 'activities.0.endDate',
    object: ACTIVITY,
  },
  {
    rule: 'activity.processor-dpa-missing',
    why: 'a client of a processor activity without a signed agreement',
    doc: () => activityWith({ role: 'processor', processorFor: [{ client: 'Immo Janssens BV' }] }),
    path: 'activities.0.processorFor.0.agreement.signed',
    object: ACTIVITY,
  },
  {
    rule: 'register.no-activities',
    why: 'an empty register',
    doc: () => sampleWith({ activities: [] }),
    path: 'activities',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'notice.no-transfers-contradicted',
    why: '"no transfers outside the EEA" while a system is hosted in the United States',
    doc: () => {
      const { system } = sampleParts()
      return sampleWith({
        notice: { transfersOutsideEea: 'none' },
        systems: [{ ...system, hostingCountry: 'US' }],
      })
    },
    path: 'notice.transfersOutsideEea',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'notice.no-transfers-contradicted',
    why: '"no transfers outside the EEA" while a third-party cookie sends data to the United States',
    doc: () =>
      sampleWith({
        organization: { ...sampleRegister().organization, website: 'https://peeters.be' },
        notice: {
          transfersOutsideEea: 'none',
          cookies: [{ name: '_ga', provider: 'Google', purpose: 'analytics', party: 'third', country: 'US' }],
        },
      }),
    path: 'notice.transfersOutsideEea',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'notice.no-transfers-contradicted',
    why: '"no transfers outside the EEA" while a transfer goes to a country outside the EEA that is not known',
    doc: () =>
      activityWith(
        { transfers: [{ recipient: 'support', safeguard: 'standard_contractual_clauses' }] },
        { notice: { transfersOutsideEea: 'none' } },
      ),
    path: 'notice.transfersOutsideEea',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'notice.no-request-channel',
    why: 'portal, post and every channel switched off, and no e-mail address anywhere',
    doc: () =>
      sampleWith({
        organization: { ...sampleRegister().organization, email: undefined, dpo: undefined },
        notice: { portal: false, requestPostalAddress: false },
      }),
    path: 'notice.portal',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'notice.transfers-unrecorded',
    why: '"some data leave the EEA" while nothing in the register goes outside it',
    doc: () => sampleWith({ notice: { transfersOutsideEea: 'some' } }),
    path: 'notice.transfersOutsideEea',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'notice.third-party-links-without-website',
    why: '"our website links to other sites" without a website',
    doc: () => sampleWith({ notice: { thirdPartyLinks: true } }),
    path: 'notice.thirdPartyLinks',
    object: { type: 'organization', key: null },
  },
  {
    rule: 'activity.no-recipients',
    why: 'an active activity without recipients',
    doc: () => activityWith({ recipients: [] }),
    path: 'activities.0.recipients',
    object: ACTIVITY,
  },
  {
    rule: 'activity.authorisation-without-legal-reference',
    why: 'a national-number authorisation that names no law',
    doc: () => activityWith({ nationalNumberAuthorisation: 'toegestaan door de klant' }),
    path: 'activities.0.nationalNumberAuthorisation',
    object: ACTIVITY,
  },
  {
    rule: 'retention.statutory-period-without-statute',
    why: '"for the statutory period" with neither a number nor the statute',
    doc: () =>
      sampleWith({
        retentionRules: [
          ...sampleDocument().retentionRules,
          {
            key: 'warranty-docs',
            name: 'Garantiedossiers',
            openEnd: 'statutory_period',
            trigger: 'end_of_contract',
          },
        ],
      }),
    path: 'retentionRules.1.statutoryReference',
    object: { type: 'retention_rule', key: 'warranty-docs' },
  },
]

const NAMES: Record<string, Record<'nl' | 'fr' | 'en', string>> = {
  activity: OWN_NAME,
  vendor: { nl: 'CloudBooks NV', fr: 'CloudBooks NV', en: 'CloudBooks NV' },
  organization: { nl: 'Boekhouding Peeters', fr: 'Boekhouding Peeters', en: 'Boekhouding Peeters' },
}

describe('register linter: each rule on a register with one fault', () => {
  it('has a case for every rule in CHECK_RULES, and CHECK_RULES has unique ids with titles', () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(CHECK_RULES.map((r) => r.id)))
    expect(new Set(CHECK_RULES.map((r) => r.id)).size).toBe(CHECK_RULES.length)
    const severities = CHECK_RULES.map((r) => r.severity)
    expect(severities.indexOf('warning')).toBe(severities.lastIndexOf('error') + 1)
    for (const rule of CHECK_RULES) {
      expect(rule.title.nl && rule.title.fr && rule.title.en).toBeTruthy()
      expect(new Set([rule.title.nl, rule.title.fr, rule.title.en]).size, rule.id).toBeGreaterThan(1)
    }
  })

  it.each(CASES)('$rule: $why', ({ rule, doc, path, object }) => {
    const findings = findingsOf(doc(), rule)
    expect(findings.map((f) => ({ path: f.path, object: f.object }))).toEqual([{ path, object }])
    const [finding] = findings
    const declared = CHECK_RULES.find((r) => r.id === rule)
    expect(finding?.severity).toBe(declared?.severity)
    const name = NAMES[object.type]
    for (const lang of ['nl', 'fr', 'en'] as const) {
      if (name) expect(finding?.message[lang], `${rule} names the object in ${lang}`).toContain(name[lang])
    }
  })

  it.each(CASES)(
    '$rule: every finding is explained and fixed in nl, fr and en, each different',
    ({ doc }) => {
      for (const finding of check(doc())) {
        for (const text of [finding.message, finding.fix]) {
          expect(text.nl.length * text.fr.length * text.en.length, finding.rule).toBeGreaterThan(0)
          expect(new Set([text.nl, text.fr, text.en]).size, `${finding.rule}: ${text.en}`).toBe(3)
        }
        expect(finding.message.nl).toMatch(/AVG|wet van/)
        expect(finding.message.fr).toMatch(/RGPD|loi du/)
        expect(finding.message.en).toMatch(/GDPR|Law of/)
      }
    },
  )
})
