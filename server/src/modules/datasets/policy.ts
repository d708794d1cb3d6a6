import { defineActions } from '../../auth/policy'

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
