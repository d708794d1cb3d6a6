import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/** The register as a whole: read, check, export, import (merge or replace). */
export const registerActions = defineActions('register', {
  read: 'register:read',
  check: 'register:read',
  export: 'register:read',
  import: 'register:write',
})

/** One entry of the register (activity, system, vendor, retention rule, measure, taxonomy entry). */
export const registerEntryActions = defineActions('register-entry', {
  create: 'register:write',
  update: 'register:write',
  delete: 'register:write',
})

/** What the caller may do with the entries of one kind (a list) or one entry. */
export function registerEntryPermissions(grant: Grant) {
  return permissions(grant, {
    create: registerEntryActions.create,
    update: registerEntryActions.update,
    delete: registerEntryActions.delete,
  })
}

export const registerEntryCanSchema = z
  .object({ create: z.boolean(), update: z.boolean(), delete: z.boolean() })
  .describe('what the caller may do: add an entry of this kind, change or delete one')
