import { defineOperations } from '../../http/openapi-catalogue'

/** The audit log operations in the OpenAPI document (decision 0026). */
export const auditOperations = defineOperations({
  tag: {
    name: 'audit',
    description: 'The audit log: every change, who made it (member or API token) and when, in a hash chain.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/audit-events': {
      operationId: 'listAuditEvents',
      description:
        'Audit events newest first, filtered by action, actor and period. Pages by cursor: pass the answer’s ' +
        '`nextBefore` as `before` for the next page; null means there is no more.',
    },
    'GET /api/v1/orgs/{slug}/audit-events/export': {
      operationId: 'exportAuditEvents',
      description:
        'The events matching the same filters as the list, as one CSV or JSON file for an auditor.',
    },
    'GET /api/v1/orgs/{slug}/audit-events/verification': {
      operationId: 'verifyAuditChain',
      description:
        'Recomputes the hash chain of the audit log and says whether it is intact; `checked` counts the events ' +
        'of this organisation.',
    },
  },
})
