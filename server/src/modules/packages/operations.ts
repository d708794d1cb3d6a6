import { defineOperations } from '../../http/openapi-catalogue'

const P = '/api/v1/orgs/{slug}/requests/{id}/packages'

/** The answer package operations in the OpenAPI document (decision 0026). */
export const packageOperations = defineOperations({
  tag: {
    name: 'answer packages',
    description:
      'Answer packages: the zip with the person’s data a connector run built for an access or portability ' +
      'request, stored encrypted and handed over through a single-use download link.',
  },
  operations: {
    [`GET ${P}`]: {
      operationId: 'listRequestPackages',
      description:
        'The packages of a request, newest first, with their size and link state; never their content.',
    },
    [`POST ${P}/{packageId}/link`]: {
      operationId: 'issuePackageLink',
      summary: 'Issue a new single-use download link',
      description:
        'Issues a new single-use download link for the agent to send to the subject; the previous link stops ' +
        'working. The link expires after the organisation’s download link validity.',
    },
    [`DELETE ${P}/{packageId}`]: {
      operationId: 'deletePackageContent',
      description:
        'Deletes the package content now (its link stops working); the record of the package stays.',
    },
  },
})
