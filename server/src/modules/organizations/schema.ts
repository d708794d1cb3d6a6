import { z } from 'zod'
import { parseEnterpriseNumber } from '../../domain/enterprise-number'
import { emailSchema, languageSchema } from '../../http/common-schemas'

const text = (max: number) => z.string().trim().min(1).max(max)

export const enterpriseNumberSchema = z
  .string()
  .max(20)
  .transform((value, ctx) => {
    const parsed = parseEnterpriseNumber(value)
    if (parsed.ok) return parsed.value.digits
    ctx.addIssue({
      code: 'custom',
      message:
        parsed.reason === 'checksum'
          ? 'The check digits do not match: this is not a valid KBO/BCE enterprise number'
          : 'Expected a Belgian enterprise number such as 0403.019.261',
    })
    return z.NEVER
  })

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Lower-case letters, digits and hyphens, 2 to 63 characters')

/**
 * Belgian legal forms (Wetboek van vennootschappen en verenigingen / Code des sociétés et des associations), with
 * the sole trader and public bodies; the interface words each in nl/fr/en.
 */
export const LEGAL_FORMS = [
  'bv',
  'nv',
  'cv',
  'vof',
  'commv',
  'vzw',
  'ivzw',
  'foundation',
  'sole_trader',
  'public_body',
  'other',
] as const
export const legalFormSchema = z.enum(LEGAL_FORMS)

/** The organisation profile as clients send it: every field the privacy notice and letters will need. */
const profileFields = {
  name: text(200).describe('the name people know the organisation by (notice, letters, public pages)'),
  legalName: text(200).describe('the legal name as registered in the KBO/BCE'),
  legalForm: legalFormSchema
    .nullable()
    .describe(
      'the legal form: bv, nv, cv, vof, commv, vzw, ivzw, foundation, sole_trader, public_body, other',
    ),
  enterpriseNumber: enterpriseNumberSchema
    .nullable()
    .describe('the KBO/BCE enterprise number, e.g. 0403.019.261 (check digits verified); answered as digits'),
  street: text(200).nullable().describe('street and number of the postal address'),
  postalCode: text(20).nullable().describe('postal code of the address, e.g. 9000'),
  city: text(100).nullable().describe('municipality of the address, e.g. Gent'),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. BE')
    .describe('country of the address, ISO 3166-1 alpha-2, e.g. BE'),
  contactEmail: emailSchema.nullable().describe('the general contact address'),
  privacyContactName: text(200).nullable().describe('the person subjects deal with on privacy (or the DPO)'),
  privacyContactEmail: emailSchema
    .nullable()
    .describe('where subjects write about their data; named in the notice and the letters'),
  dpoAppointed: z
    .boolean()
    .describe(
      'true: a data protection officer in the sense of Art. 37 GDPR; false: a privacy contact person',
    ),
  defaultLanguage: languageSchema.describe(
    'the language used when a subject or page does not ask for another',
  ),
  languages: z
    .array(languageSchema)
    .min(1)
    .max(3)
    .describe('the languages the notice and the public pages are offered in'),
}

export const organizationUpdateSchema = z.strictObject(profileFields).partial()
export const organizationCreateSchema = z
  .strictObject({
    slug: slugSchema.describe('the organisation in every address: /api/v1/orgs/{slug}, /p/{slug}/privacy'),
    ...profileFields,
  })
  .partial()
  .required({ slug: true, name: true })

export type OrganizationUpdateInput = z.infer<typeof organizationUpdateSchema>
export type OrganizationCreateInput = z.infer<typeof organizationCreateSchema>

export const organizationSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  legalName: z.string(),
  legalForm: legalFormSchema.nullable(),
  enterpriseNumber: z.string().nullable(),
  enterpriseNumberFormatted: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string(),
  contactEmail: z.string().nullable(),
  privacyContactName: z.string().nullable(),
  privacyContactEmail: z.string().nullable(),
  dpoAppointed: z.boolean(),
  defaultLanguage: languageSchema,
  languages: z.array(languageSchema),
  isSample: z.boolean().describe('true for the sample organisation built from an example register'),
  createdAt: z.string(),
  updatedAt: z.string(),
})
