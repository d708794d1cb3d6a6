import { defineActions } from '../../auth/policy'

/** The subject index: a subject with its identities, relationships and lifecycle events. */
export const subjectActions = defineActions('subject', {
  read: 'subjects:read',
  create: 'subjects:write',
  update: 'subjects:write',
  delete: 'subjects:write',
  import: 'subjects:write',
})
