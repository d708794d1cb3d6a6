import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/** The subject index: a subject with its identities, relationships and lifecycle events. */
export const subjectActions = defineActions('subject', {
  read: 'subjects:read',
  create: 'subjects:write',
  update: 'subjects:write',
  delete: 'subjects:write',
  import: 'subjects:write',
})

/** What the caller may do with one subject: change it (name, language, identities, relationships, events), erase it. */
export function subjectPermissions(grant: Grant) {
  return permissions(grant, { update: subjectActions.update, delete: subjectActions.delete })
}

/** What the caller may do with the index as a whole: add a subject, import a file. */
export function subjectIndexPermissions(grant: Grant) {
  return permissions(grant, { create: subjectActions.create, import: subjectActions.import })
}

export const subjectCanSchema = z
  .object({ update: z.boolean(), delete: z.boolean() })
  .describe('what the caller may do with this subject: change it and its parts, erase it')

export const subjectIndexCanSchema = z
  .object({ create: z.boolean(), import: z.boolean() })
  .describe('what the caller may do with the index: add a subject, import a CSV file')
