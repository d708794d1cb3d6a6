import { defineOperations } from '../../http/openapi-catalogue'

/** The DPIA operations in the OpenAPI document (decision 0037). */
export const dpiaOperations = defineOperations({
  tag: {
    name: 'dpia',
    description:
      'Data protection impact assessments (Art. 35 GDPR): the screening of each activity against the nine WP248 ' +
      'criteria and the GBA’s list, suggested from the register and confirmed by a person; stale when the activity ' +
      'changed since. See docs/dpia.md.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/dpia/screenings': {
      operationId: 'listDpiaScreenings',
      description:
        'Every activity with the criteria the register suggests (and why), the screening a person confirmed, its ' +
        'result (required, recommended, not required) and whether it is stale.',
    },
    'GET /api/v1/orgs/{slug}/dpia/screenings/{activityKey}': {
      operationId: 'getDpiaScreening',
      description: 'The screening of one activity: suggestion, confirmation, staleness.',
    },
    'PUT /api/v1/orgs/{slug}/dpia/screenings/{activityKey}': {
      operationId: 'confirmDpiaScreening',
      description:
        'Confirms the screening on the activity’s current register version; the result follows from the ' +
        'criteria (two or more: required; one: recommended) and GBA list items (any: required). Closes the ' +
        'action-plan actions asking for it.',
    },
  },
})
