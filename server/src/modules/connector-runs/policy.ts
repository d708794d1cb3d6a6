import { defineActions, type PolicyAction } from '../../auth/policy'
import { requestActions } from '../requests'
import type { CONNECTOR_ACTIONS } from './schemas'

type ConnectorAction = (typeof CONNECTOR_ACTIONS)[number]

/**
 * Connector runs seen on their own (starting one for a request is a request action: request:run, request:erase,
 * request:rectify). `retry` resumes a run that was allowed when it started. `search` looks for a person in every
 * described system without a request (always a dry run) and needs the connectors' write scope, like discovery.
 */
export const runActions = defineActions('run', {
  read: 'requests:read',
  retry: 'requests:write',
  search: 'connectors:write',
})

/** The request action a run for a request is: reading, or erasing or correcting the person's data in the systems. */
export function startRunAction(run: { action: ConnectorAction; dryRun: boolean }): PolicyAction {
  if (run.dryRun) return requestActions.run
  switch (run.action) {
    case 'erasure':
      return requestActions.erase
    case 'rectification':
    case 'restriction':
      return requestActions.rectify
    default:
      return requestActions.run
  }
}
