import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/**
 * Marketing suppression and the DNCM list (decisions 0033, 0058), with scopes of their own held by the roles that
 * hold the subject scopes: the list is about people and their identifiers. Reading and checking need
 * suppression:read (an app asking "may we call?" with a token); changing the list, opt-ins and importing the DNCM
 * file need suppression:write.
 */
export const suppressionActions = defineActions('suppression', {
  read: 'suppression:read',
  check: 'suppression:read',
  write: 'suppression:write',
  import: 'suppression:write',
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
