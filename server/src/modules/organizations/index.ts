/**
 * Public face of the organizations module: the organisation profile, its request settings and the memberships
 * of a user. `findOrganizationBySlug`, `findOrganizationWithRole` and `findMembershipRole` are exported by name:
 * http/org-access, the portal and the register resolve an organisation (and the caller's role in it) through them.
 */
export { type Membership, membershipSchema, membershipsOf } from './memberships'
export { organizationOperations } from './operations'
export { type Organization, toOrganization } from './organization'
export {
  organizationActions,
  organizationPermissions,
  requestSettingsActions,
  requestSettingsPermissions,
} from './policy'
export { presentOrganization } from './presenter'
export {
  findMembershipRole,
  findOrganizationById,
  findOrganizationBySlug,
  findOrganizationsByIds,
  findOrganizationWithRole,
  lockOrganization,
  lockOrganizationForChange,
  packageLinkDaysOf,
  removeSampleOrganization,
  slugExists as slugTaken,
  updateOrganization,
} from './repository'
export {
  DEFAULT_REQUEST_SETTINGS,
  deadlineOptions,
  type RequestSettings,
  requestSettingsOf,
  requestSettingsSchema,
} from './request-settings'
export { registerOrganizationRoutes } from './routes'
export {
  enterpriseNumberSchema,
  LEGAL_FORMS,
  legalFormSchema,
  organizationCreateSchema,
  organizationSchema,
  slugSchema,
} from './schema'
export {
  assertMayCreateOrganizations,
  createOrganization,
  createOrganizationIn,
  currentSlugOf,
  updateOrganizationProfile,
} from './service'
