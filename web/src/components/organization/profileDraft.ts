import type { Language, Organization, OrganizationUpdate } from '../../api/types'

export type LegalForm = NonNullable<Organization['legalForm']>

export const LEGAL_FORMS: readonly LegalForm[] = [
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
]

/** The organisation profile as form state (text fields as strings, empty meaning "not filled in"). */
export interface ProfileDraft {
  name: string
  legalName: string
  /** One of the legal forms (bv, nv, vzw ...) or '' when not chosen. */
  legalForm: string
  enterpriseNumber: string
  street: string
  postalCode: string
  city: string
  country: string
  contactEmail: string
  privacyContactName: string
  privacyContactEmail: string
  dpoAppointed: boolean
  defaultLanguage: Language
  languages: Language[]
}

export const PROFILE_FIELDS = [
  'name',
  'legalName',
  'legalForm',
  'enterpriseNumber',
  'street',
  'postalCode',
  'city',
  'country',
  'contactEmail',
  'privacyContactName',
  'privacyContactEmail',
  'dpoAppointed',
  'defaultLanguage',
  'languages',
] as const

export function draftOf(o: Organization): ProfileDraft {
  return {
    name: o.name,
    legalName: o.legalName,
    legalForm: o.legalForm ?? '',
    enterpriseNumber: o.enterpriseNumberFormatted ?? o.enterpriseNumber ?? '',
    street: o.street ?? '',
    postalCode: o.postalCode ?? '',
    city: o.city ?? '',
    country: o.country,
    contactEmail: o.contactEmail ?? '',
    privacyContactName: o.privacyContactName ?? '',
    privacyContactEmail: o.privacyContactEmail ?? '',
    dpoAppointed: o.dpoAppointed,
    defaultLanguage: o.defaultLanguage,
    languages: o.languages,
  }
}

export function emptyDraft(language: Language): ProfileDraft {
  return {
    name: '',
    legalName: '',
    legalForm: '',
    enterpriseNumber: '',
    street: '',
    postalCode: '',
    city: '',
    country: 'BE',
    contactEmail: '',
    privacyContactName: '',
    privacyContactEmail: '',
    dpoAppointed: false,
    defaultLanguage: language,
    languages: [language],
  }
}

const orNull = (value: string) => value.trim() || null

/** The draft as the API expects it: trimmed, empty optional fields as null. */
export function profileBody(d: ProfileDraft): OrganizationUpdate {
  const legalName = d.legalName.trim()
  return {
    name: d.name.trim(),
    ...(legalName ? { legalName } : {}),
    legalForm: (d.legalForm || null) as LegalForm | null,
    enterpriseNumber: orNull(d.enterpriseNumber),
    street: orNull(d.street),
    postalCode: orNull(d.postalCode),
    city: orNull(d.city),
    country: d.country.trim().toUpperCase() || 'BE',
    contactEmail: orNull(d.contactEmail),
    privacyContactName: orNull(d.privacyContactName),
    privacyContactEmail: orNull(d.privacyContactEmail),
    dpoAppointed: d.dpoAppointed,
    defaultLanguage: d.defaultLanguage,
    languages: d.languages.includes(d.defaultLanguage) ? d.languages : [...d.languages, d.defaultLanguage],
  }
}
