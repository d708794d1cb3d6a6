import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/** The privacy notice: preview, versions and diffs are read; publishing makes a new immutable version. */
export const noticeActions = defineActions('notice', {
  read: 'notice:read',
  publish: 'notice:write',
  /** The register's notice section: request channels, breach promise, sharing, links, cookies, minors. */
  edit: 'notice:write',
})

/** What the caller may do with the notice shown to them. */
export function noticePermissions(grant: Grant) {
  return permissions(grant, { publish: noticeActions.publish })
}

/** What the caller may do with the notice settings. */
export function noticeSettingsPermissions(grant: Grant) {
  return permissions(grant, { edit: noticeActions.edit })
}

export const noticeSettingsCanSchema = z
  .object({ edit: z.boolean() })
  .describe('what the caller may do: change the notice settings')

export const noticeCanSchema = z
  .object({ publish: z.boolean() })
  .describe('what the caller may do: publish a new version')
