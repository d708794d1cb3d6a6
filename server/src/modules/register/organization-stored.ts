import { z } from 'zod'
import type { Representative } from '../../db/tables/organizations'
import { type NoticeSettings, noticeSection } from '../../domain/register/schema'
import { defineStoredJson } from '../../lib/stored-json'

/**
 * The register sections kept as JSON on the organisation row (decision 0025): the Art. 27 representative and the
 * notice section. Read and written only through these, so a value is checked and carries its version.
 */

export const storedRepresentative = defineStoredJson<Representative>({
  name: 'organization.representative',
  version: 1,
  schema: z.object({ name: z.string(), address: z.string().optional(), email: z.string().optional() }),
})

export const storedNoticeSettings = defineStoredJson<NoticeSettings>({
  name: 'organization.notice_settings',
  version: 1,
  schema: noticeSection,
})

/** The organisation's representative, or null when it has none. */
export function representativeOf(org: { id: string; representative: unknown }): Representative | null {
  return org.representative === null || org.representative === undefined
    ? null
    : storedRepresentative.read(org.representative, org.id)
}

/** The register's notice section as stored with the organisation; absent: the defaults. */
export function noticeSettingsOf(org: { id: string; noticeSettings: unknown }): NoticeSettings {
  return org.noticeSettings === null || org.noticeSettings === undefined
    ? noticeSection.parse({})
    : storedNoticeSettings.read(org.noticeSettings, org.id)
}
