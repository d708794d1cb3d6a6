import type { paths } from './schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never

export type Me = Json<paths['/api/v1/me']['get']['responses'][200]>
export type Membership = Me['memberships'][number]
export type Role = Membership['role']
export type Ability = Membership['abilities'][number]
export type Language = Me['user']['preferredLanguage']
export type Organization = Json<paths['/api/v1/orgs/{slug}']['get']['responses'][200]>
export type OrganizationUpdate = NonNullable<
  paths['/api/v1/orgs/{slug}']['patch']['requestBody']
>['content']['application/json']
export type Member = Json<paths['/api/v1/orgs/{slug}/members']['get']['responses'][200]>['items'][number]
export type ApiToken = Json<paths['/api/v1/orgs/{slug}/api-tokens']['get']['responses'][200]>['items'][number]
export type NewApiToken = Json<paths['/api/v1/orgs/{slug}/api-tokens']['post']['responses'][201]>
export type AuditEvent = Json<
  paths['/api/v1/orgs/{slug}/audit-events']['get']['responses'][200]
>['items'][number]
export type AuditQuery = NonNullable<paths['/api/v1/orgs/{slug}/audit-events']['get']['parameters']['query']>
export type OutboxItem = Json<paths['/api/v1/orgs/{slug}/outbox']['get']['responses'][200]>['items'][number]
export type OutboxStatus = OutboxItem['status']
export type OutboxMessage = Json<paths['/api/v1/orgs/{slug}/outbox/{id}']['get']['responses'][200]>
export type NoticePreview = Json<paths['/api/v1/orgs/{slug}/notice/preview']['get']['responses'][200]>
export type CompletenessItem = NoticePreview['completeness'][number]
export type NoticeVersions = Json<paths['/api/v1/orgs/{slug}/notice/versions']['get']['responses'][200]>
export type NoticeVersion = NoticeVersions['items'][number]
export type PublishedNotice = Json<paths['/api/v1/orgs/{slug}/notice/versions']['post']['responses'][201]>
export type NoticeDiff = Json<paths['/api/v1/orgs/{slug}/notice/diff']['get']['responses'][200]>
export type TotpSetup = Json<paths['/api/v1/me/totp/setup']['post']['responses'][200]>

export const ROLES: readonly Role[] = ['owner', 'privacy_officer', 'agent', 'auditor']
export const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en']
export const ABILITIES: readonly Ability[] = [
  'organization:read',
  'organization:write',
  'members:read',
  'members:write',
  'api_tokens:read',
  'api_tokens:write',
  'audit:read',
  'audit:write',
  'outbox:read',
  'outbox:write',
  'register:read',
  'register:write',
  'notice:read',
  'notice:write',
  'subjects:read',
  'subjects:write',
  'requests:read',
  'requests:write',
]
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed', 'held']
