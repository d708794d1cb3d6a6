import { z } from 'zod'
import { defineActions, type Grant, permissions } from '../../auth/policy'

/**
 * Dataset files and their connections. Discovery needs the write scope also to poll (GET discoveries/{id}): its
 * proposal is a draft of the connected schema - tables and columns the organisation may not describe, categories
 * guessed from sampled values - that only whoever may start one sees (see the role matrix).
 */
export const datasetActions = defineActions('dataset', {
  read: 'connectors:read',
  save: 'connectors:write',
  delete: 'connectors:write',
  discover: 'connectors:write',
})

/** A dataset's connection: its options and encrypted secret, and the check that it works. */
export const connectionActions = defineActions('connection', {
  write: 'connectors:write',
  check: 'connectors:write',
})

/** What the caller may do with the organisation's datasets (the list) and with one dataset. */
export function datasetPermissions(grant: Grant) {
  return permissions(grant, {
    save: datasetActions.save,
    delete: datasetActions.delete,
    discover: datasetActions.discover,
    connect: connectionActions.write,
    checkConnection: connectionActions.check,
  })
}

export const datasetCanSchema = z
  .object({
    save: z.boolean(),
    delete: z.boolean(),
    discover: z.boolean(),
    connect: z.boolean(),
    checkConnection: z.boolean(),
  })
  .describe(
    'what the caller may do: save (upload or replace a file), delete, discover a schema, set the connection, check it',
  )
