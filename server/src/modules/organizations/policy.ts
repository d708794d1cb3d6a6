import { defineActions } from '../../auth/policy'

/** The organisation profile and its request settings (time limits, download link validity). */
export const organizationActions = defineActions('organization', {
  read: 'organization:read',
  update: 'organization:write',
})

export const requestSettingsActions = defineActions('request-settings', {
  read: 'organization:read',
  update: 'organization:write',
})
