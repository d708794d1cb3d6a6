import { z } from 'zod'
import { parseEnterpriseNumber } from '../enterprise-number'
import { localizedText } from './localized'

/**
 * The register of processing activities (Art. 30 GDPR) of one organisation, as one document. This schema is the
 * single source: the API validates with it, `custos register check FILE` validates with it offline, and
 * docs/register.schema.json is generated from it.
 */

export const registerKey = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,79}$/,
    'Lower-case letters, digits, dot, dash or underscore (max. 80), e.g. "payroll"',
  )
const keyList = z.array(registerKey).default([])
const isoDate = z.iso.date()
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. BE')
const shortText = z.string().trim().min(1).max(500)
const url = z.url().max(2000)

const enterpriseNumber = z
  .string()
  .max(20)
  .refine((v) => parseEnterpriseNumber(v).ok, 'Not a valid Belgian enterprise number (KBO/BCE check digits)')

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const
export type LegalBasis = (typeof LEGAL_BASES)[number]

/** Art. 9(2)(a)-(j): the conditions that lift the ban on special categories. */
export const ART9_CONDITIONS = [
  'explicit_consent',
  'employment_social_security',
  'vital_interests',
  'not_for_profit_body',
  'made_public_by_subject',
  'legal_claims',
  'substantial_public_interest',
  'health_care',
  'public_health',
  'archiving_research_statistics',
] as const

/** The nine screening criteria of the WP248 (EDPB) DPIA guidelines. */
export const DPIA_CRITERIA = [
  'evaluation_scoring',
  'automated_decision_legal_effect',
  'systematic_monitoring',
  'sensitive_data',
  'large_scale',
  'matching_combining',
  'vulnerable_subjects',
  'innovative_technology',
  'prevents_right_or_contract',
] as const

export const organizationSection = z.strictObject({
  name: shortText,
  legalName: shortText.optional(),
  enterpriseNumber: enterpriseNumber.optional(),
  address: z
    .strictObject({
      street: shortText,
      postalCode: shortText,
      city: shortText,
      country: countryCode.default('BE'),
    })
    .optional(),
  email: z.email().optional(),
  phone: shortText.optional(),
  website: url.optional(),
  dpo: z
    .strictObject({
      appointed: z.boolean().describe('true: a DPO in the sense of Art. 37; false: a privacy contact person'),
      name: shortText.optional(),
      email: z.email().optional(),
      phone: shortText.optional(),
    })
    .optional(),
  representative: z
    .strictObject({ name: shortText, address: shortText.optional(), email: z.email().optional() })
    .optional()
    .describe('Art. 27 representative, for controllers outside the EU'),
  languages: z
    .array(z.enum(['nl', 'fr', 'en']))
    .min(1)
    .default(['nl', 'fr', 'en']),
})

const taxonomyEntry = z.strictObject({
  key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
  label: localizedText.describe('the label shown in the notice and letters, per language'),
  description: localizedText.optional().describe('a longer explanation, per language, for the register only'),
})
export const taxonomySection = z.strictObject({
  dataCategories: z
    .array(
      taxonomyEntry.extend({
        flags: z
          .strictObject({
            special: z.boolean().default(false).describe('Art. 9 special category'),
            criminal: z.boolean().default(false).describe('Art. 10 criminal convictions and offences'),
            nationalNumber: z
              .boolean()
              .default(false)
              .describe('national register number (Law of 8 August 1983)'),
            financial: z
              .boolean()
              .default(false)
              .describe('financial data such as bank accounts or payment data'),
          })
          .default({ special: false, criminal: false, nationalNumber: false, financial: false })
          .describe('what kind of data the category holds: these drive the checks and the notice'),
      }),
    )
    .default([]),
  subjectCategories: z.array(taxonomyEntry).default([]),
  purposes: z.array(taxonomyEntry).default([]),
  recipientTypes: z.array(taxonomyEntry).default([]),
})

export const purposeEntry = z.strictObject({
  purpose: registerKey.describe('a purpose from the taxonomy'),
  description: localizedText.optional().describe('what this purpose means for this activity, per language'),
  legalBasis: z.enum(LEGAL_BASES).optional().describe('the legal basis of Art. 6(1) for this purpose'),
  legitimateInterest: z
    .strictObject({
      interest: localizedText.describe('the legitimate interest pursued, per language'),
      balancingTest: localizedText.optional().describe('the outcome of the balancing test, per language'),
    })
    .optional()
    .describe('for legitimate_interests: the interest pursued and the documented balancing test'),
  legalObligation: z
    .strictObject({
      law: localizedText.describe(
        'the law, per language, e.g. { nl: "Wet van 18 september 2017, art. 26", fr: "Loi du 18 septembre 2017, art. 26" }',
      ),
    })
    .optional()
    .describe('for legal_obligation: the law'),
  consentWithdrawal: localizedText.optional().describe('for consent: how the subject withdraws it'),
})

export const dataCategoryUse = z.strictObject({
  category: registerKey.describe('a data category key of the taxonomy'),
  source: z
    .enum(['subject', 'third_party', 'public_source'])
    .default('subject')
    .describe('where the data come from: the subject, a third party or a public source'),
  sourceName: localizedText.optional().describe('who provides the data when it is not the subject (Art. 14)'),
  requirement: z
    .enum(['statutory', 'contractual', 'contract_precondition', 'none'])
    .optional()
    .describe(
      'Art. 13(2)(e): whether the subject must provide the data; absent: not stated (the notice then says only what the legal basis implies)',
    ),
  consequence: localizedText.optional().describe('what happens if the subject does not provide the data'),
})

export const activitySchema = z.strictObject({
  key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
  name: localizedText.describe('the name of the processing activity, per language'),
  description: localizedText.optional().describe('what the activity is, per language'),
  role: z
    .enum(['controller', 'joint_controller', 'processor'])
    .default('controller')
    .describe("the organisation's role in this processing (Art. 30(1) controller, Art. 30(2) processor)"),
  jointControllers: z
    .array(
      z.strictObject({
        name: shortText.describe('the other controller'),
        contact: shortText.optional().describe('how to reach the other controller'),
        arrangement: localizedText
          .optional()
          .describe(
            'the essence of the arrangement between the joint controllers (Art. 26(2)), per language',
          ),
      }),
    )
    .default([])
    .describe('for role joint_controller: the other controllers (Art. 26)'),
  processorFor: z
    .array(
      z.strictObject({
        client: shortText.describe('the controller the organisation processes for'),
        contact: shortText.optional().describe("the controller's contact for this processing"),
        agreement: z
          .strictObject({
            signed: z.boolean().describe('whether the processing agreement is signed'),
            date: isoDate.optional().describe('when it was signed'),
            documentUrl: url.optional().describe('where the signed agreement is kept'),
          })
          .optional()
          .describe('the processing agreement with this controller (Art. 28(3))'),
      }),
    )
    .default([])
    .describe('for role processor: the controllers it acts for (Art. 30(2))'),
  purposes: z
    .array(purposeEntry)
    .default([])
    .describe('why the data are processed, each with its legal basis'),
  art9Condition: z
    .enum(ART9_CONDITIONS)
    .optional()
    .describe('for special categories: the exception of Art. 9(2) that applies'),
  art9Details: localizedText.optional().describe('details of the Art. 9(2) exception, per language'),
  criminalDataBasis: localizedText
    .optional()
    .describe('Art. 10: the law authorising criminal data, per language'),
  nationalNumberAuthorisation: localizedText
    .optional()
    .describe(
      'the legal authorisation to use the national register number (Law of 8 August 1983, art. 8), per language',
    ),
  subjectCategories: keyList.describe('whose data: subject category keys of the taxonomy'),
  dataCategories: z
    .array(dataCategoryUse)
    .default([])
    .describe('which personal data: data category keys of the taxonomy, each with its source'),
  recipients: z
    .array(
      z.strictObject({
        type: registerKey.describe('a recipient type key of the taxonomy'),
        name: localizedText.optional().describe('who the recipient is, per language, e.g. "our accountant"'),
        vendor: registerKey.optional().describe('the vendor entry, when the recipient is one'),
        description: localizedText.optional().describe('what the recipient receives and why, per language'),
      }),
    )
    .default([])
    .describe('who receives the data'),
  transfers: z
    .array(
      z.strictObject({
        country: countryCode
          .optional()
          .describe(
            'the country outside the EEA; absent: a country outside the EEA that is not known (the notice says so)',
          ),
        recipient: localizedText.describe('who receives the data, per language'),
        vendor: registerKey.optional().describe('the vendor entry that receives the data'),
        safeguard: z
          .enum(['adequacy', 'standard_contractual_clauses', 'binding_corporate_rules', 'derogation'])
          .optional()
          .describe('the transfer mechanism of Chapter V (Art. 45, 46, 47 or 49)'),
        safeguardDetails: localizedText.optional().describe('details of the safeguard, per language'),
        copyAvailableAt: localizedText.optional().describe('how the subject obtains a copy of the safeguard'),
      }),
    )
    .default([])
    .describe('transfers outside the EEA'),
  automatedDecisions: z
    .strictObject({
      used: z.boolean().describe('decisions based solely on automated processing are taken (Art. 22)'),
      profiling: z.boolean().default(false).describe('the activity involves profiling'),
      logic: localizedText
        .optional()
        .describe('meaningful information about the logic involved, per language'),
      consequences: localizedText
        .optional()
        .describe('the significance and envisaged consequences for the subject, per language'),
    })
    .default({ used: false, profiling: false })
    .describe('automated decision-making, including profiling (Art. 13(2)(f))'),
  systems: keyList.describe('system keys of the register where the data are kept'),
  retention: z
    .array(
      z.strictObject({
        rule: registerKey.describe('a retention rule key of the register'),
        dataCategories: keyList.describe('empty: all categories'),
      }),
    )
    .default([])
    .describe('how long the data are kept: retention rules, per data category'),
  measures: keyList.describe('security measure keys of the register that protect the data'),
  portability: z
    .boolean()
    .default(false)
    .describe('the right to data portability is offered for this activity'),
  dpia: z
    .strictObject({
      criteria: z
        .array(z.enum(DPIA_CRITERIA))
        .default([])
        .describe('the WP248 criteria that apply to the activity'),
      status: z
        .enum(['not_required', 'planned', 'in_progress', 'completed'])
        .optional()
        .describe('where the impact assessment stands'),
      reference: shortText.optional().describe('where the impact assessment is kept'),
    })
    .default({ criteria: [] })
    .describe('the data protection impact assessment (Art. 35)'),
  status: z
    .enum(['planned', 'active', 'ended'])
    .default('active')
    .describe('whether the processing is planned, running or ended'),
  startDate: isoDate.optional().describe('when the processing started'),
  endDate: isoDate.optional().describe('when the processing ended'),
  replacedBy: registerKey.optional().describe('the activity that replaces an ended one'),
})

export const systemSchema = z.strictObject({
  key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
  name: shortText.describe('the name people know the system by, e.g. "Teamleader"'),
  type: z
    .enum(['saas', 'own_database', 'on_premise', 'email', 'file_storage', 'paper', 'other'])
    .default('saas')
    .describe('what kind of system it is'),
  description: localizedText.optional().describe('what the system is used for, per language'),
  vendor: registerKey.optional().describe('the vendor entry that provides or hosts it'),
  hostingCountry: countryCode.optional().describe('where the data are hosted'),
  location: localizedText
    .optional()
    .describe(
      'where the data are kept, per language, e.g. { nl: "datacenters in Brussel", fr: "centres de données à Bruxelles" }',
    ),
  certifications: z
    .array(localizedText)
    .default([])
    .describe(
      'each certification, per language when it is more than a name, e.g. "ISO 27001" or { nl: "ISO 27001-gecertificeerd datacenter", fr: "centre de données certifié ISO 27001" }',
    ),
  measures: keyList.describe('security measure keys of the register that protect it'),
})

export const vendorSchema = z.strictObject({
  key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
  name: shortText.describe('the company name'),
  enterpriseNumber: enterpriseNumber
    .optional()
    .describe('its Belgian KBO/BCE enterprise number (check digits verified)'),
  vatNumber: shortText.optional().describe('its VAT number'),
  country: countryCode.default('BE').describe('where the company is established, ISO 3166-1 alpha-2'),
  services: shortText.optional().describe('what it does for the organisation'),
  role: z
    .enum(['processor', 'sub_processor', 'independent_controller', 'joint_controller'])
    .default('processor')
    .describe('its role for the data it receives'),
  dpa: z
    .strictObject({
      signed: z.boolean().describe('whether the agreement is signed'),
      date: isoDate.optional().describe('when it was signed'),
      documentUrl: url.optional().describe('where the signed agreement is kept'),
    })
    .default({ signed: false })
    .describe('the data processing agreement (Art. 28(3)): signed, when, where to find it'),
})

export const RETENTION_TRIGGERS = [
  'collection',
  'end_of_contract',
  'end_of_relationship',
  'last_contact',
  'invoice_date',
  'end_of_warranty',
  'end_of_dispute',
  'custom',
] as const

/**
 * A retention period whose end is no fixed number of years, months or days (a rule without `duration`):
 * statutory_period: "for the period the law prescribes" (the statute in statutoryReference), counted from the trigger;
 * until_event: kept as long as the trigger event has not happened ("as long as the warranty runs", "until the
 * dispute is settled", "until the end of the contract"). Erasure keeps such rows with no end date.
 */
export const RETENTION_OPEN_ENDS = ['statutory_period', 'until_event'] as const
export type RetentionOpenEnd = (typeof RETENTION_OPEN_ENDS)[number]

/** Triggers that are an event still to come, so that "until" the event is a period: not collection, contact, invoice. */
export const UNTIL_EVENT_TRIGGERS = [
  'end_of_contract',
  'end_of_relationship',
  'end_of_warranty',
  'end_of_dispute',
  'custom',
] as const

export const retentionRuleSchema = z
  .strictObject({
    key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
    name: localizedText.describe('what the rule is about, per language, e.g. "Accounting records"'),
    duration: z
      .strictObject({
        years: z.number().int().min(0).max(200).default(0).describe('years of the period'),
        months: z.number().int().min(0).max(1200).default(0).describe('months of the period'),
        days: z.number().int().min(0).max(36500).default(0).describe('days of the period'),
      })
      .refine((d) => d.years + d.months + d.days > 0, 'A retention period needs a duration')
      .optional()
      .describe('the period, counted from the trigger; absent only with openEnd'),
    openEnd: z
      .enum(RETENTION_OPEN_ENDS)
      .optional()
      .describe(
        'instead of a duration: statutory_period ("for the statutory period", name the statute in statutoryReference) or until_event (kept until the trigger event: the warranty ends, the dispute is settled); erasure keeps such rows with no end date',
      ),
    trigger: z.enum(RETENTION_TRIGGERS).describe('the event the period counts from'),
    triggerDescription: localizedText
      .optional()
      .describe('for trigger custom: the event the period counts from'),
    action: z
      .enum(['delete', 'anonymise', 'anonymise_or_delete', 'archive'])
      .default('delete')
      .describe('anonymise_or_delete: either, decided case by case at the end of the period'),
    statutoryReference: localizedText
      .optional()
      .describe(
        'the statute that sets the period, per language, e.g. { nl: "Wetboek van economisch recht, art. III.88", fr: "Code de droit économique, art. III.88" }',
      ),
    consentRenewable: z
      .boolean()
      .default(false)
      .describe('the period starts again when the subject renews their consent'),
    fromCatalogue: registerKey
      .optional()
      .describe('the key of the built-in catalogue entry it was copied from'),
  })
  .superRefine((rule, issue) => {
    if (rule.duration === undefined && rule.openEnd === undefined)
      issue.addIssue({
        code: 'custom',
        path: ['duration'],
        message:
          'A retention period needs a duration, or openEnd (statutory_period or until_event) when it has no fixed end',
      })
    if (rule.duration !== undefined && rule.openEnd !== undefined)
      issue.addIssue({
        code: 'custom',
        path: ['openEnd'],
        message: 'Give either a duration or openEnd, not both',
      })
    if (rule.openEnd === 'until_event' && !(UNTIL_EVENT_TRIGGERS as readonly string[]).includes(rule.trigger))
      issue.addIssue({
        code: 'custom',
        path: ['trigger'],
        message:
          'until_event needs an event still to come: end_of_contract, end_of_relationship, end_of_warranty, end_of_dispute or custom',
      })
    if (rule.openEnd === 'until_event' && rule.trigger === 'custom' && rule.triggerDescription === undefined)
      issue.addIssue({
        code: 'custom',
        path: ['triggerDescription'],
        message: 'until_event with trigger custom needs the event, e.g. "the handover of the works"',
      })
  })

export const measureSchema = z.strictObject({
  key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
  name: localizedText.describe('the measure, per language, e.g. "Encryption at rest"'),
  type: z.enum(['technical', 'organisational']).describe('technical or organisational (Art. 32)'),
  description: localizedText.optional().describe('how the measure is applied, per language'),
  fromCatalogue: registerKey
    .optional()
    .describe('the key of the built-in catalogue entry it was copied from'),
})

export const COOKIE_PURPOSES = ['strictly_necessary', 'functional', 'analytics', 'marketing'] as const

/** One cookie or similar technique the website sets (ePrivacy Directive, Art. 5(3)), entered by hand or scanned. */
export const cookieSchema = z.strictObject({
  name: shortText.describe('the name of the cookie or technique, e.g. _ga'),
  provider: shortText.optional().describe('who sets it, e.g. the organisation or "Google"'),
  purpose: z.enum(COOKIE_PURPOSES).describe('what it is for; only strictly_necessary needs no consent'),
  duration: localizedText.optional().describe('e.g. "13 months", "session"'),
  party: z
    .enum(['first', 'third'])
    .default('first')
    .describe("first: set by the organisation's own site; third: by another party"),
  country: countryCode.optional().describe('where a third party receives the data'),
})

/**
 * Ways to exercise one's rights beyond e-mail, post and the portal, as the notice lists them. The names are the
 * request intake's channels (domain/requests REQUEST_CHANNELS), so that staff can record a request from each.
 */
export const NOTICE_REQUEST_CHANNELS = ['in_person', 'phone', 'social_media', 'web_form'] as const

export const requestChannelSchema = z
  .strictObject({
    channel: z.enum(NOTICE_REQUEST_CHANNELS).describe('the way to exercise rights'),
    contact: shortText
      .optional()
      .describe(
        'the phone number, the contact page address, the social-media account, or the office address (in_person without it: the registered address)',
      ),
    details: localizedText.optional().describe('e.g. opening hours'),
  })
  .refine((c) => c.channel === 'in_person' || c.contact !== undefined, {
    message: 'A phone number, page address or account is needed for this channel',
    path: ['contact'],
  })

/** What the privacy notice says beyond the processing itself: channels, cookies, minors (Art. 12-14). */
export const noticeSection = z.strictObject({
  sellsData: z
    .boolean()
    .optional()
    .describe('false: the notice states that personal data are never sold; absent: the notice says nothing'),
  transfersOutsideEea: z
    .enum(['none', 'some'])
    .optional()
    .describe(
      'none: no personal data leave the EEA (checked against systems, vendors and transfers); some: the transfers recorded in the activities; absent: not stated',
    ),
  cookies: z
    .array(cookieSchema)
    .optional()
    .describe('the cookie inventory of the website; absent: unknown (no cookie claims), empty: no cookies'),
  requestEmail: z
    .email()
    .optional()
    .describe('where subjects send requests; default: the DPO or contact e-mail'),
  requestPostalAddress: z.boolean().default(true).describe('requests by post to the registered address'),
  requestChannels: z
    .array(requestChannelSchema)
    .optional()
    .describe(
      'further ways to exercise rights: at the office, by phone, through social media, a contact page',
    ),
  breachCommunication: z
    .strictObject({
      withinHours: z.number().int().min(1).max(720).optional().describe('e.g. 72'),
    })
    .optional()
    .describe(
      'present: the notice promises to inform subjects personally when a breach is likely to affect them (beyond the high-risk duty of Art. 34); absent: only the legal duty is stated',
    ),
  sharesOnlyWithPermission: z
    .boolean()
    .optional()
    .describe(
      'true: beyond the recipients in the register, data are shared with nobody without permission unless a law obliges; absent: not stated',
    ),
  thirdPartyLinks: z
    .boolean()
    .optional()
    .describe('true: the website links to other sites, whose own privacy policies apply; absent: not stated'),
  portal: z.boolean().default(true).describe('link to the Custos request portal /p/{slug}/request'),
  cookiePolicyUrl: url.optional().describe('the address of a separate cookie policy, if there is one'),
  minors: z
    .strictObject({
      minimumAge: z
        .number()
        .int()
        .min(0)
        .max(18)
        .default(13)
        .describe('the minimum age (default 13: the age of digital consent in Belgium, Law of 30 July 2018)'),
      statement: localizedText
        .optional()
        .describe("the organisation's own wording of the statement, per language"),
    })
    .optional()
    .describe(
      'the age below which the organisation does not knowingly collect data without parental consent',
    ),
  intro: localizedText.optional().describe("an optional opening paragraph in the organisation's own words"),
})

export const REGISTER_FORMAT = 'custos.register/v1'

export const registerDocumentSchema = z.strictObject({
  format: z.literal(REGISTER_FORMAT).default(REGISTER_FORMAT),
  organization: organizationSection,
  notice: noticeSection.default({ requestPostalAddress: true, portal: true }),
  taxonomy: taxonomySection.default({
    dataCategories: [],
    subjectCategories: [],
    purposes: [],
    recipientTypes: [],
  }),
  activities: z.array(activitySchema).default([]),
  systems: z.array(systemSchema).default([]),
  vendors: z.array(vendorSchema).default([]),
  retentionRules: z.array(retentionRuleSchema).default([]),
  measures: z.array(measureSchema).default([]),
})

export type RegisterDocument = z.infer<typeof registerDocumentSchema>
export type RegisterInput = z.input<typeof registerDocumentSchema>
export type Activity = z.infer<typeof activitySchema>
export type RegisterSystem = z.infer<typeof systemSchema>
export type Vendor = z.infer<typeof vendorSchema>
export type RetentionRule = z.infer<typeof retentionRuleSchema>
export type Measure = z.infer<typeof measureSchema>
export type Cookie = z.infer<typeof cookieSchema>
export type NoticeRequestChannel = z.infer<typeof requestChannelSchema>
export type NoticeSettings = z.infer<typeof noticeSection>
