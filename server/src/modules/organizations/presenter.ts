import type { OrganizationRow, OrganizationUpdate } from '../../db/schema'
import { formatEnterpriseNumber } from '../../domain/enterprise-number'
import type { LEGAL_FORMS, OrganizationUpdateInput } from './schema'

type LegalForm = (typeof LEGAL_FORMS)[number]

export function presentOrganization(row: OrganizationRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    legalName: row.legal_name,
    legalForm: (row.legal_form ?? null) as LegalForm | null,
    enterpriseNumber: row.enterprise_number,
    enterpriseNumberFormatted: row.enterprise_number ? formatEnterpriseNumber(row.enterprise_number) : null,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    contactEmail: row.contact_email,
    privacyContactName: row.privacy_contact_name,
    privacyContactEmail: row.privacy_contact_email,
    dpoAppointed: row.dpo_appointed,
    defaultLanguage: row.default_language,
    languages: row.languages,
    isSample: row.is_sample,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
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
} as const satisfies Record<keyof OrganizationUpdateInput, keyof OrganizationRow>

export function toOrganizationColumns(input: OrganizationUpdateInput): OrganizationUpdate {
  const out: Record<string, unknown> = {}
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = input[key as keyof OrganizationUpdateInput]
    if (value !== undefined) out[column] = column === 'languages' ? JSON.stringify(value) : value
  }
  return out as OrganizationUpdate
}
