import type { RegisterDocument } from '../../domain/register/schema'
import type { Organization } from '../organizations'
import { changesBetween } from './changes'
import { organizationSectionOf } from './organization-section'
import { noticeSettingsOf } from './organization-stored'

/** Which fields of the organisation section (and `notice`, when it changes) an import would change. */
export function organizationFieldsChangedBy(org: Organization, doc: RegisterDocument): string[] {
  const incoming = doc.organization
  const currentNotice = noticeSettingsOf(org)
  const noticeChanged = changesBetween(currentNotice, doc.notice).length > 0 ? ['notice'] : []
  const normalised = {
    ...incoming,
    enterpriseNumber: incoming.enterpriseNumber?.replace(/\D/g, '').padStart(10, '0'),
    legalName: incoming.legalName && incoming.legalName !== incoming.name ? incoming.legalName : undefined,
  }
  const clean = JSON.parse(JSON.stringify(normalised))
  const changed = changesBetween(organizationSectionOf(org), clean).map((c) => c.path.split('.')[0] ?? c.path)
  return [...new Set(changed), ...noticeChanged]
}
