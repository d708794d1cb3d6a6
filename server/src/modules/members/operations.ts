import { defineOperations } from '../../http/openapi-catalogue'

/** The membership operations in the OpenAPI document (decision 0026). */
export const memberOperations = defineOperations({
  tag: {
    name: 'members',
    description: 'The people of an organisation and their role: owner, privacy_officer, agent or auditor.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/members': {
      operationId: 'listMembers',
      description: 'Members with their role, and what the caller may do to each (`can`).',
    },
    'POST /api/v1/orgs/{slug}/members': {
      operationId: 'addMember',
      description:
        'Adds a member with a role. An address without an account gets an invitation e-mail to choose a ' +
        'password; a person already a member is refused.',
    },
    'PATCH /api/v1/orgs/{slug}/members/{userId}': {
      operationId: 'changeMemberRole',
      description:
        'Gives a member another role. The organisation always keeps an owner: the last one cannot be given another role.',
    },
    'DELETE /api/v1/orgs/{slug}/members/{userId}': {
      operationId: 'removeMember',
      description: 'Removes a member from the organisation; the last owner cannot be removed.',
    },
  },
})
