import { defineOperations } from '../../http/openapi-catalogue'

/** The organisation operations in the OpenAPI document (decision 0026). */
export const organizationOperations = defineOperations({
  tag: {
    name: 'organizations',
    description:
      'Organisations (tenants): the profile the privacy notice and letters use, and the settings of the request ' +
      'workflow. Every other path lives under /api/v1/orgs/{slug}.',
  },
  operations: {
    'GET /api/v1/orgs': {
      operationId: 'listMyOrganizations',
      access: 'session',
      description: 'The organisations the signed-in user belongs to, each with their role.',
    },
    'POST /api/v1/orgs': {
      operationId: 'createOrganization',
      access: 'session',
      description:
        'Creates an organisation with the caller as its owner. Only installation admins may, unless the ' +
        'installation sets CUSTOS_ORG_CREATION=any-user; a slug already in use is refused.',
    },
    'GET /api/v1/orgs/{slug}': {
      operationId: 'getOrganization',
      description:
        'The organisation profile: names, enterprise number, address, privacy contact and languages.',
    },
    'PATCH /api/v1/orgs/{slug}': {
      operationId: 'updateOrganization',
      description:
        'Changes the fields sent and leaves the others. The enterprise number is checked (KBO/BCE check digits, ' +
        'field errors `invalid_enterprise_number`, `enterprise_number_checksum`). The change is audited.',
    },
    'PUT /api/v1/orgs/{slug}/slug': {
      operationId: 'changeOrganizationSlug',
      description:
        'Gives the organisation a new slug (owners only). Its old public addresses (/p/{old}/..., the cookie ' +
        'banner script /c/{old}.js) answer 308 to the new ones, and no other organisation can take the old slug; ' +
        'a slug in use or used before by another organisation is refused (409 `slug_taken`). API paths use the ' +
        'new slug at once. Audited as a profile change.',
    },
    'GET /api/v1/orgs/{slug}/settings/requests': {
      operationId: 'getRequestSettings',
      description:
        'How deadlines of data subject requests are counted and followed: when the clock starts, how many days ' +
        'before the deadline a request is at risk, when reminders go out, and how long download links work.',
    },
    'PATCH /api/v1/orgs/{slug}/settings/requests': {
      operationId: 'updateRequestSettings',
      description:
        'Changes the settings sent and leaves the others; the audit log keeps each changed value before and after.',
    },
  },
})
