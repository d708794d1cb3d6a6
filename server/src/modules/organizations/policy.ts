import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/** The organisation profile and its request settings (time limits, download link validity). */
export const organizationActions = defineActions('organization', {
  read: 'organization:read',
  update: 'organization:write',
  // The public addresses change with the slug: an owner's decision, like who has access (members:write is
  // the owners' scope).
  'change-slug': 'members:write',
})

export const requestSettingsActions = defineActions('request-settings', {
  read: 'organization:read',
  update: 'organization:write',
})

/** What the caller may do with the organisation profile. */
export function organizationPermissions(grant: Grant) {
  return permissions(grant, {
    update: organizationActions.update,
    changeSlug: organizationActions['change-slug'],
  })
}

/** What the caller may do with the request settings. */
export function requestSettingsPermissions(grant: Grant) {
  return permissions(grant, { update: requestSettingsActions.update })
}

export const organizationCanSchema = z
  .object({ update: z.boolean(), changeSlug: z.boolean() })
  .describe('what the caller may do: change the profile, change the slug (owners)')

export const requestSettingsCanSchema = z
  .object({ update: z.boolean() })
  .describe('what the caller may do: change the settings')
