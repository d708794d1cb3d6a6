import { defineOperations } from '../../http/openapi-catalogue'

const O = '/api/v1/orgs/{slug}'

/** The connector run operations in the OpenAPI document (decision 0026). */
export const connectorRunOperations = defineOperations({
  tag: {
    name: 'connectors',
    description:
      'Connector runs: for a request, find, export, correct, restrict or erase the person’s data in every system ' +
      'a dataset describes. Runs work in the background; poll them.',
  },
  operations: {
    [`POST ${O}/requests/{id}/runs`]: {
      operationId: 'startRequestRun',
      summary: 'Run the connectors for a request',
      description:
        'Starts a run in the background (202) that finds, exports, corrects, restricts or erases the person’s ' +
        'data in every described system; dryRun only shows what would happen. Refused (409) while the ' +
        'requester’s identity is not confirmed (`identity_not_confirmed`, a dry run is possible) or when no ' +
        'dataset exists (`no_datasets`). Poll GET /runs/{runId}.',
    },
    [`GET ${O}/requests/{id}/runs`]: {
      operationId: 'listRequestRuns',
      description: 'The connector runs of a request, newest first, with what each found and changed.',
    },
    [`POST ${O}/runs`]: {
      operationId: 'startSearchRun',
      summary: 'Search every described system for a person without a request',
      description:
        'Starts a dry run without a request (202): shows what an access or erasure would read or change for the ' +
        'identities given. Nothing is changed.',
    },
    [`GET ${O}/runs/{runId}`]: {
      operationId: 'getRun',
      description: 'One connector run: its status, progress per dataset and results.',
    },
    [`POST ${O}/runs/{runId}/retry`]: {
      operationId: 'retryRun',
      refusals: [409],
      description:
        'Retries a failed run (409 `not_failed` otherwise): finished datasets are skipped, stored changes are ' +
        'applied as planned.',
    },
  },
})
