import { defineActions } from '../../auth/policy'

/**
 * Consent records rest on the subject scopes (decision 0032): a consent is personal data about a data subject,
 * and an app that may write the subject index may record what the person chose. Reading the proof is reading
 * about subjects.
 */
export const consentActions = defineActions('consent', {
  read: 'subjects:read',
  record: 'subjects:write',
})
