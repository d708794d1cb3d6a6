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
export type MemberList = Json<paths['/api/v1/orgs/{slug}/members']['get']['responses'][200]>
export type Member = MemberList['items'][number]
export type ApiToken = Json<paths['/api/v1/orgs/{slug}/api-tokens']['get']['responses'][200]>['items'][number]
export type NewApiToken = Json<paths['/api/v1/orgs/{slug}/api-tokens']['post']['responses'][201]>
export type WebhookList = Json<paths['/api/v1/orgs/{slug}/webhooks']['get']['responses'][200]>
export type WebhookEndpoint = WebhookList['items'][number]
export type WebhookDelivery = Json<
  paths['/api/v1/orgs/{slug}/webhooks/{id}/deliveries']['get']['responses'][200]
>['items'][number]
export type AuditEvent = Json<
  paths['/api/v1/orgs/{slug}/audit-events']['get']['responses'][200]
>['items'][number]
export type AuditQuery = NonNullable<paths['/api/v1/orgs/{slug}/audit-events']['get']['parameters']['query']>
export type OutboxItem = Json<paths['/api/v1/orgs/{slug}/outbox']['get']['responses'][200]>['items'][number]
export type OutboxStatus = OutboxItem['status']
export type OutboxMessage = Json<paths['/api/v1/orgs/{slug}/outbox/{id}']['get']['responses'][200]>
export type NoticePreview = Json<paths['/api/v1/orgs/{slug}/notice/preview']['get']['responses'][200]>
export type CompletenessItem = NoticePreview['completeness'][number]
export type NoticeSettingsView = Json<paths['/api/v1/orgs/{slug}/notice/settings']['get']['responses'][200]>
export type NoticeSettings = NoticeSettingsView['settings']
export type NoticeSettingsBody = NonNullable<
  paths['/api/v1/orgs/{slug}/notice/settings']['put']['requestBody']
>['content']['application/json']
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
  'connectors:read',
  'connectors:write',
  'breaches:read',
  'breaches:write',
  'retention:read',
  'retention:write',
  'consent:read',
  'consent:write',
  'cookies:read',
  'cookies:write',
  'suppression:read',
  'suppression:write',
  'processors:read',
  'processors:write',
  'dpia:read',
  'dpia:write',
  'action_plan:read',
  'action_plan:write',
  'compliance:read',
]
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed', 'held', 'unconfirmed']

type RequestsPath = paths['/api/v1/orgs/{slug}/requests']
export type RequestListItem = Json<RequestsPath['get']['responses'][200]>['items'][number]
export type RequestListQuery = NonNullable<RequestsPath['get']['parameters']['query']>
export type NewRequest = NonNullable<RequestsPath['post']['requestBody']>['content']['application/json']
export type RequestDetail = Json<paths['/api/v1/orgs/{slug}/requests/{id}']['get']['responses'][200]>
export type RequestStatus = RequestDetail['status']
export type RequestType = RequestDetail['types'][number]
export type RequestChannel = RequestDetail['channel']
export type TimelineState = RequestDetail['timeline']['state']
export type RequestAction = RequestDetail['availableActions'][number]
export type RequestTask = RequestDetail['tasks'][number]
export type RequestLetter = RequestDetail['letters'][number]
export type RequestEvent = RequestDetail['events'][number]
export type RequestNote = RequestDetail['notes'][number]
export type RequestAttachment = RequestDetail['attachments'][number]
export type LetterPreview = Json<
  paths['/api/v1/orgs/{slug}/requests/{id}/letters/{letterId}']['get']['responses'][200]
>
export type RequestReport = Json<paths['/api/v1/orgs/{slug}/requests/report']['get']['responses'][200]>
export type ReportStats = RequestReport['totals']

type ActionPaths = {
  [A in RequestAction]: paths[`/api/v1/orgs/{slug}/requests/{id}/actions/${A}`]['post']
}
/** The JSON body of each workflow action. */
export type ActionBody<A extends RequestAction> = NonNullable<
  ActionPaths[A]['requestBody']
>['content']['application/json']
export type CompletionDetails = ActionBody<'complete'>['details']
export type RefusalGround = ActionBody<'refuse'>['ground']
export type IdentityEvidence = ActionBody<'request_identity'>['needed'][number]
export type FeeGround = ActionBody<'warn_fee'>['ground']
export type ErasureGround = NonNullable<CompletionDetails['erasure']>['kept'] extends (infer K)[] | undefined
  ? K extends { ground: infer G }
    ? G
    : never
  : never

export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'received',
  'awaiting_identity',
  'in_progress',
  'extended',
  'awaiting_fee',
  'completed',
  'partially_refused',
  'refused',
  'forwarded_to_controller',
  'closed',
]
export const REQUEST_TYPES: readonly RequestType[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection_direct_marketing',
  'objection_legitimate_interest',
  'withdraw_consent',
  'stop_contact',
]
export type StaffChannel = NewRequest['channel']
export const STAFF_CHANNELS: readonly StaffChannel[] = [
  'email',
  'phone',
  'letter',
  'in_person',
  'social_media',
  'web_form',
]
export const IDENTITY_EVIDENCE: readonly IdentityEvidence[] = [
  'email_confirmation',
  'customer_number',
  'account_login',
  'additional_details',
  'id_document_masked',
]
export const REFUSAL_GROUNDS: readonly RefusalGround[] = [
  'manifestly_unfounded',
  'excessive',
  'identity_not_established',
  'legal_obligation',
  'compelling_legitimate_grounds',
  'other',
]
export const FEE_GROUNDS: readonly FeeGround[] = ['manifestly_unfounded', 'excessive']
export const ERASURE_GROUNDS: readonly ErasureGround[] = [
  'legal_obligation',
  'legal_claims',
  'ongoing_contract',
  'freedom_of_expression',
  'public_health',
  'archiving_research',
]

type SubjectsPath = paths['/api/v1/orgs/{slug}/subjects']
export type SubjectPage = Json<SubjectsPath['get']['responses'][200]>
export type SubjectSummary = SubjectPage['items'][number]
export type NewSubject = NonNullable<SubjectsPath['post']['requestBody']>['content']['application/json']
export type Subject = Json<paths['/api/v1/orgs/{slug}/subjects/{id}']['get']['responses'][200]>
export type SubjectIdentity = Subject['identities'][number]
export type IdentityKind = SubjectIdentity['kind']
export type SubjectRelationship = Subject['relationships'][number]
export type SubjectEvent = Subject['events'][number]
export type SubjectEventKind = SubjectEvent['kind']
export type SubjectImportSummary = Json<
  paths['/api/v1/orgs/{slug}/subjects/import']['post']['responses'][200]
>
export const IDENTITY_KINDS: readonly IdentityKind[] = [
  'email',
  'phone',
  'national_number',
  'customer_number',
  'file_number',
  'other',
]
export const SUBJECT_EVENT_KINDS: readonly SubjectEventKind[] = [
  'contract_start',
  'contract_end',
  'last_contact',
  'dispute_opened',
  'dispute_closed',
  'relationship_end',
  'other',
]
