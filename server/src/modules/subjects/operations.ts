import { defineOperations } from '../../http/openapi-catalogue'

const S = '/api/v1/orgs/{slug}/subjects'

/** The subject index operations in the OpenAPI document (decision 0026). */
export const subjectOperations = defineOperations({
  tag: {
    name: 'data subjects',
    description:
      'The identity index: the people the organisation holds data on, with their identities (stored encrypted, ' +
      'found through keyed hashes), relationships and lifecycle events. Requests are matched against it.',
  },
  operations: {
    [`GET ${S}`]: {
      operationId: 'listSubjects',
      description:
        'Data subjects newest first, paged with limit and offset (`total` counts every match). `q` finds a person ' +
        'by e-mail, phone in any format, national register number with or without punctuation, customer or file ' +
        'number (exact matches through the keyed hash) or the start of a name; `interpretedAs` says how q was read.',
    },
    [`POST ${S}`]: {
      operationId: 'createSubject',
      description:
        'Adds a person with identities, relationships and events in one call. Identities are checked (national ' +
        'register number check digits, e-mail, phone) and refused (409) when another subject already has them.',
      requestExample: {
        name: 'Jan Peeters',
        language: 'nl',
        identities: [
          { kind: 'email', value: 'jan.peeters@example.be' },
          { kind: 'phone', value: '+32 470 12 34 56' },
          { kind: 'customer_number', value: 'C-10442', systemKey: 'webshop' },
        ],
        relationships: [{ relationship: 'client', startedOn: '2021-03-15' }],
        events: [{ kind: 'last_contact', occurredOn: '2026-11-02' }],
      },
    },
    [`GET ${S}/{id}`]: {
      operationId: 'getSubject',
      description: 'One person with identities (national register numbers masked), relationships and events.',
    },
    [`PATCH ${S}/{id}`]: {
      operationId: 'updateSubject',
      description: 'Changes the name or the preferred language of a person; send at least one of them.',
    },
    [`DELETE ${S}/{id}`]: {
      operationId: 'deleteSubject',
      description: 'Erases the person from the index with their identities, relationships and events.',
    },
    [`POST ${S}/{id}/identities`]: {
      operationId: 'addSubjectIdentity',
      description:
        'Adds an identity. A customer or file number names the register system it belongs to (`systemKey`). An ' +
        'identity another subject already has is refused (409).',
      requestExample: { kind: 'national_number', value: '85.07.30-033.28' },
    },
    [`DELETE ${S}/{id}/identities/{identityId}`]: {
      operationId: 'removeSubjectIdentity',
      description: 'Removes one identity of the person.',
    },
    [`POST ${S}/{id}/relationships`]: {
      operationId: 'addSubjectRelationship',
      description:
        'Records a relationship (client, debtor, employee...; ideally a subject category key of the register) ' +
        'with its start and end dates.',
    },
    [`PATCH ${S}/{id}/relationships/{relationshipId}`]: {
      operationId: 'updateSubjectRelationship',
      description: 'Changes the dates or the note of a relationship, e.g. to record that it ended.',
    },
    [`DELETE ${S}/{id}/relationships/{relationshipId}`]: {
      operationId: 'removeSubjectRelationship',
      description: 'Removes a relationship recorded by mistake (to record its end, set endedOn instead).',
    },
    [`POST ${S}/{id}/events`]: {
      operationId: 'addSubjectEvent',
      description: 'Records a lifecycle event with its date: contract start or end, last contact, dispute...',
    },
    [`DELETE ${S}/{id}/events/{eventId}`]: {
      operationId: 'removeSubjectEvent',
      description: 'Removes a lifecycle event recorded by mistake.',
    },
    [`POST ${S}/import`]: {
      operationId: 'importSubjects',
      description:
        'Imports people from a CSV file sent as the body (text/csv). Every line is checked on its own: bad lines ' +
        'are reported with line, column and message, good lines are saved; a line naming the identity of an ' +
        'existing subject is merged into it. dryRun=true only reports. The route summary lists the columns.',
    },
  },
})
