import { defineOperations } from '../../http/openapi-catalogue'

/** The sample organisations in the OpenAPI document (decision 0026, decision 0046). */
export const sampleOperations = defineOperations({
  tag: {
    name: 'samples',
    description:
      'Sample organisations: a separate organisation built from one of the example registers, with invented ' +
      'people and requests, to explore Custos without touching your own organisation.',
  },
  operations: {
    'POST /api/v1/samples': {
      operationId: 'createSampleOrganization',
      access: 'session',
      refusals: [409],
      description:
        'Builds a sample organisation from an example register (liberoo, the-invoice-managers, contactexpert) ' +
        'with you as its owner: named as a sample in the language asked ("Voorbeeld - Liberoo"), its own slug ' +
        '(voorbeeld-liberoo, -2, ...), the example register, six invented people in the subject index and three ' +
        'requests (recent, close to the deadline, past it). Its mail is held in its outbox, never sent. Who may ' +
        'create organisations may create samples (installation admins, unless CUSTOS_ORG_CREATION=any-user).',
    },
    'DELETE /api/v1/orgs/{slug}': {
      operationId: 'deleteSampleOrganization',
      refusals: [409],
      description:
        'Deletes a sample organisation with everything in it (owners). Any other organisation is refused with ' +
        '409 `not_a_sample`. The deletion is recorded in the installation audit log.',
    },
  },
})
