import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/** The privacy notice: preview, versions and diffs are read; publishing makes a new immutable version. */
export const noticeActions = defineActions('notice', {
  read: 'notice:read',
  publish: 'notice:write',
})

/** What the caller may do with the notice shown to them. */
export function noticePermissions(grant: Grant) {
  return permissions(grant, { publish: noticeActions.publish })
}

export const noticeCanSchema = z
  .object({ publish: z.boolean() })
  .describe('what the caller may do: publish a new version')
