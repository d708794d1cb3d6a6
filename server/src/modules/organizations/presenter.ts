import type { OrganizationUpdate } from '../../db/schema'
import { formatEnterpriseNumber } from '../../domain/enterprise-number'
import type { Organization } from './organization'
import type { LEGAL_FORMS, OrganizationUpdateInput } from './schema'

type LegalForm = (typeof LEGAL_FORMS)[number]

export function presentOrganization(row: Organization) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    legalName: row.legalName,
    legalForm: (row.legalForm ?? null) as LegalForm | null,
    enterpriseNumber: row.enterpriseNumber,
    enterpriseNumberFormatted: row.enterpriseNumber ? formatEnterpriseNumber(row.enterpriseNumber) : null,
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    country: row.country,
    contactEmail: row.contactEmail,
    privacyContactName: row.privacyContactName,
    privacyContactEmail: row.privacyContactEmail,
    dpoAppointed: row.dpoAppointed,
    defaultLanguage: row.defaultLanguage,
    languages: row.languages,
    isSample: row.isSample,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

const COLUMNS = {
  name: 'name',
  legalName: 'legal_name',
  legalForm: 'legal_form',
  enterpriseNumber: 'enterprise_number',
  street: 'street',
  postalCode: 'postal_code',
  city: 'city',
  country: 'country',
  contactEmail: 'contact_email',
  privacyContactName: 'privacy_contact_name',
  privacyContactEmail: 'privacy_contact_email',
  dpoAppointed: 'dpo_appointed',
  defaultLanguage: 'default_language',
  languages: 'languages',
} as const satisfies Record<keyof OrganizationUpdateInput, keyof OrganizationUpdate>

export function toOrganizationColumns(input: OrganizationUpdateInput): OrganizationUpdate {
  const out: Record<string, unknown> = {}
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = input[key as keyof OrganizationUpdateInput]
    if (value !== undefined) out[column] = column === 'languages' ? JSON.stringify(value) : value
  }
  return out as OrganizationUpdate
}
