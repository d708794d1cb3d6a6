import { defineActions } from '../../auth/policy'

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
