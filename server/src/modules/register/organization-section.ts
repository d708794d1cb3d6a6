import type { z } from 'zod'
import type { OrganizationUpdate } from '../../db/schema'
import type { organizationSection } from '../../domain/register/schema'
import type { Organization } from '../organizations'
import { representativeOf, storedRepresentative } from './organization-stored'

type OrganizationSection = z.infer<typeof organizationSection>

/** The controller identification of the register (Art. 30(1)(a)) is the organisation profile itself. */
export function organizationSectionOf(org: Organization): OrganizationSection {
  const address =
    org.street && org.postalCode && org.city
      ? { street: org.street, postalCode: org.postalCode, city: org.city, country: org.country }
      : undefined
  const dpo =
    org.privacyContactName || org.privacyContactEmail || org.dpoAppointed
      ? {
          appointed: org.dpoAppointed,
          ...(org.privacyContactName ? { name: org.privacyContactName } : {}),
          ...(org.privacyContactEmail ? { email: org.privacyContactEmail } : {}),
          ...(org.privacyContactPhone ? { phone: org.privacyContactPhone } : {}),
        }
      : undefined
  const representative = representativeOf(org)
  return {
    name: org.name,
    ...(org.legalName && org.legalName !== org.name ? { legalName: org.legalName } : {}),
    ...(org.enterpriseNumber ? { enterpriseNumber: org.enterpriseNumber } : {}),
    ...(address ? { address } : {}),
    ...(org.contactEmail ? { email: org.contactEmail } : {}),
    ...(org.phone ? { phone: org.phone } : {}),
    ...(org.website ? { website: org.website } : {}),
    ...(dpo ? { dpo } : {}),
    ...(representative ? { representative } : {}),
    languages: org.languages,
  }
}

/** The profile columns an imported register sets (the organisation's slug and default language are kept). */
export function organizationColumnsOf(section: OrganizationSection): OrganizationUpdate {
  const digits = section.enterpriseNumber?.replace(/\D/g, '')
  return {
    name: section.name,
    legal_name: section.legalName ?? section.name,
    enterprise_number: digits ? digits.padStart(10, '0') : null,
    street: section.address?.street ?? null,
    postal_code: section.address?.postalCode ?? null,
    city: section.address?.city ?? null,
    country: section.address?.country ?? 'BE',
    contact_email: section.email ?? null,
    phone: section.phone ?? null,
    website: section.website ?? null,
    dpo_appointed: section.dpo?.appointed ?? false,
    privacy_contact_name: section.dpo?.name ?? null,
    privacy_contact_email: section.dpo?.email ?? null,
    privacy_contact_phone: section.dpo?.phone ?? null,
    representative: section.representative ? storedRepresentative.serialize(section.representative) : null,
    languages: JSON.stringify(section.languages),
  }
}
