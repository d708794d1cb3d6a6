import type { Language, OrganizationRow, Representative } from '../../db/schema'

/**
 * An organisation (tenant) as the services see it. The repository maps the stored row to it, so a column's name
 * or encoding stays in the repository; everything outside modules/organizations works on this type.
 */
export interface Organization {
  id: string
  slug: string
  name: string
  legalName: string
  legalForm: string | null
  enterpriseNumber: string | null
  street: string | null
  postalCode: string | null
  city: string | null
  country: string
  phone: string | null
  website: string | null
  contactEmail: string | null
  privacyContactName: string | null
  privacyContactEmail: string | null
  privacyContactPhone: string | null
  dpoAppointed: boolean
  defaultLanguage: Language
  languages: Language[]
  representative: Representative | null
  noticeSettings: Record<string, unknown> | null
  requestClockStart: 'receipt' | 'identity_confirmed'
  requestAtRiskDays: number
  requestReminderDays: number[]
  packageLinkDays: number
  isSample: boolean
  createdAt: Date
  updatedAt: Date
}

/** The stored row as an Organization (the only place that reads the columns by name). */
export function toOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    legalName: row.legal_name,
    legalForm: row.legal_form,
    enterpriseNumber: row.enterprise_number,
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    phone: row.phone,
    website: row.website,
    contactEmail: row.contact_email,
    privacyContactName: row.privacy_contact_name,
    privacyContactEmail: row.privacy_contact_email,
    privacyContactPhone: row.privacy_contact_phone,
    dpoAppointed: row.dpo_appointed,
    defaultLanguage: row.default_language,
    languages: row.languages,
    representative: row.representative,
    noticeSettings: row.notice_settings,
    requestClockStart: row.request_clock_start,
    requestAtRiskDays: row.request_at_risk_days,
    requestReminderDays: row.request_reminder_days,
    packageLinkDays: row.package_link_days,
    isSample: row.is_sample,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
