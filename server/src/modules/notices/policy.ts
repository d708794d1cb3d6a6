import { defineActions } from '../../auth/policy'

/** The privacy notice: preview, versions and diffs are read; publishing makes a new immutable version. */
export const noticeActions = defineActions('notice', {
  read: 'notice:read',
  publish: 'notice:write',
})
