import { z } from 'zod'
import { localizedText } from './localized'
import { countryCode, isoDate, keyList, registerKey, shortText, url } from './schema-fields'

/** A processing activity of the register (Art. 30(1)): its purposes and legal bases, data, recipients, transfers. */

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
  consentInGerman: z
    .strictObject({
      label: z.string().trim().min(1).max(200).describe('the name of the purpose in German'),
      description: z
        .string()
        .trim()
        .min(1)
        .max(5000)
        .optional()
        .describe('what the person consents to, in German'),
    })
    .optional()
    .describe(
      "for consent: the purpose in German, as the organisation writes it, for the public side in German (preference centre, parental consent mail and page); without it those show the organisation's own text in another language and say so - never a machine translation",
    ),
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
