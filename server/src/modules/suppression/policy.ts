import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/**
 * Marketing suppression and the DNCM list rest on the subject scopes (decision 0033): the list is about people
 * and their identifiers. Reading and checking need subjects:read (an app asking "may we call?" with a token);
 * changing the list, opt-ins and importing the DNCM file need subjects:write.
 */
export const suppressionActions = defineActions('suppression', {
  read: 'subjects:read',
  check: 'subjects:read',
  write: 'subjects:write',
  import: 'subjects:write',
})

export function suppressionPermissions(grant: Grant) {
  return permissions(grant, {
    write: suppressionActions.write,
    import: suppressionActions.import,
    check: suppressionActions.check,
  })
}

export const suppressionCanSchema = z
  .object({ write: z.boolean(), import: z.boolean(), check: z.boolean() })
  .describe('what the caller may do: change entries and opt-ins, import the DNCM file, check people')
