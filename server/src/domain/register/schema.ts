import { z } from 'zod'
import { activitySchema } from './activity-schema'
import { localizedText } from './localized'
import { type cookieSchema, noticeSection, type requestChannelSchema } from './notice-schema'
import { retentionRuleSchema } from './retention-schema'
import { countryCode, enterpriseNumber, isoDate, keyList, registerKey, shortText, url } from './schema-fields'

/**
 * The register of processing activities (Art. 30 GDPR) of one organisation, as one document. This schema is the
 * single source: the API validates with it, `custos register check FILE` validates with it offline, and
 * docs/register.schema.json is generated from it. The larger sections (activities, retention rules, the notice)
 * live in files of their own; this file puts them together and is what the rest of the code imports.
 */
export * from './activity-schema'
export * from './notice-schema'
export * from './retention-schema'
export { registerKey } from './schema-fields'

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
export const measureSchema = z.strictObject({
  key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
  name: localizedText.describe('the measure, per language, e.g. "Encryption at rest"'),
  type: z.enum(['technical', 'organisational']).describe('technical or organisational (Art. 32)'),
  description: localizedText.optional().describe('how the measure is applied, per language'),
  fromCatalogue: registerKey
    .optional()
    .describe('the key of the built-in catalogue entry it was copied from'),
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
