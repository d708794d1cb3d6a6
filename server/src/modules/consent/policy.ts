import { defineActions } from '../../auth/policy'

/**
 * Consent records have scopes of their own (decisions 0032, 0058), held by the roles that hold the subject scopes:
 * a consent is personal data about a data subject. An app that records what people chose needs consent:write
 * only, not the subject index.
 */
export const consentActions = defineActions('consent', {
  read: 'consent:read',
  record: 'consent:write',
  /** Make a failed or waiting withdrawal call to a system again, now. */
  retry: 'consent:write',
})
