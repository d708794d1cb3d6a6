import { defineOperations } from '../../http/openapi-catalogue'

/** The outbox operations in the OpenAPI document (decision 0026). */
export const outboxOperations = defineOperations({
  tag: {
    name: 'outbox',
    description:
      'The mail the organisation sends (acknowledgements, letters, invitations) and its delivery state.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/outbox': {
      operationId: 'listOutboxMessages',
      description:
        'Mail newest first with its status. Pages by cursor: pass the id of the last mail shown as `before`. ' +
        '`smtpConfigured` false means mail is held until an SMTP server is configured.',
    },
    'GET /api/v1/orgs/{slug}/outbox/{id}': {
      operationId: 'getOutboxMessage',
      description:
        'One mail with its recipient, subject, text and delivery attempts (while its body is kept).',
    },
    'POST /api/v1/orgs/{slug}/outbox/{id}/retry': {
      operationId: 'retryOutboxMessage',
      description:
        'Queues a failed, held or unconfirmed mail for delivery again; a mail in another state, or whose text was ' +
        'already deleted, is refused (409 mail_not_retryable). `can.retry` on each mail says beforehand.',
    },
  },
})
