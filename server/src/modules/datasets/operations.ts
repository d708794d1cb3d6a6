import { defineOperations } from '../../http/openapi-catalogue'

const D = '/api/v1/orgs/{slug}/datasets'

/** The dataset operations in the OpenAPI document (decision 0026). */
export const datasetOperations = defineOperations({
  tag: {
    name: 'datasets',
    description:
      'Dataset files (docs/dataset-file.md) describe where a system keeps personal data and how to find, export, ' +
      'correct or erase it; a connection says how to reach the system. Discovery proposes a file from a database.',
  },
  operations: {
    [`GET ${D}`]: {
      operationId: 'listDatasets',
      description:
        'The datasets with their connection state and register findings, and what the caller may do.',
    },
    [`GET ${D}/{key}`]: {
      operationId: 'getDataset',
      description:
        'One dataset: its file as written, the parsed document and the connection (never the secret).',
    },
    [`PUT ${D}/{key}`]: {
      operationId: 'saveDataset',
      summary: 'Create or replace a dataset from its file',
      description:
        'Creates (201) or replaces (200) a dataset from its file, YAML or JSON text. An invalid file, a key other ' +
        'than the one in the path, or a system or retention rule missing from the register is refused (422) with ' +
        'every problem and its line.',
    },
    [`DELETE ${D}/{key}`]: {
      operationId: 'deleteDataset',
      description: 'Deletes a dataset with its stored connection.',
    },
    [`PUT ${D}/{key}/connection`]: {
      operationId: 'setDatasetConnection',
      summary: 'Set how to reach the system',
      description:
        'Sets the connection options of the dataset’s system. The secret is stored encrypted and never returned: ' +
        'omit it to keep the stored one, send "" to remove it. A password inside a URL is moved into the secret.',
    },
    [`POST ${D}/{key}/connection/check`]: {
      operationId: 'checkDatasetConnection',
      refusals: [409, 422],
      description:
        'Connects to the system now (only to addresses the installation’s CUSTOS_CONNECTOR_ALLOW permits) and ' +
        'reports the outcome, which is kept as the last check.',
    },
    [`POST ${D}/discover`]: {
      operationId: 'discoverDataset',
      summary: 'Propose a dataset file from a database',
      description:
        'Reads a database schema and sample values and proposes a dataset file to review, within the request. ' +
        'Nothing is stored: save the reviewed file with PUT /datasets/{key}. For large databases use POST ' +
        '/datasets/discoveries.',
    },
    [`POST ${D}/discoveries`]: {
      operationId: 'startDatasetDiscovery',
      summary: 'Start a discovery in the background',
      description:
        'The same as POST /datasets/discover, in the background: the connection is checked now (422 naming the ' +
        'options), then poll GET /datasets/discoveries/{id} for its progress and proposal.',
    },
    [`GET ${D}/discoveries/{id}`]: {
      operationId: 'getDatasetDiscovery',
      description:
        'A discovery started with POST /datasets/discoveries: its progress, then its proposal or error.',
    },
  },
})
