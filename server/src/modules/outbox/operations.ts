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
    'GET /api/v1/installation/mail': {
      operationId: 'getMailSettings',
      access: 'session',
      description:
        'Where mail goes: the server set on the settings page (`source` settings), CUSTOS_SMTP_URL (environment) ' +
        'or none (mail is held in the outbox). The password is never returned, only whether one is set. ' +
        'Installation admins only (403 installation_admin_required).',
    },
    'PUT /api/v1/installation/mail': {
      operationId: 'saveMailSettings',
      access: 'session',
      description:
        'Sets the SMTP server and sender address; the URL with its credentials is stored encrypted and overrides ' +
        'CUSTOS_SMTP_URL and CUSTOS_MAIL_FROM. Left out, the password stored before is kept (same user). Mail ' +
        "held while there was no server is sent. Each organisation's mail goes out under its own name from this " +
        'address.',
      requestExample: {
        host: 'smtp.example.be',
        port: 587,
        security: 'starttls',
        user: 'custos@example.be',
        password: 'app-password',
        mailFrom: 'Privacy <privacy@example.be>',
      },
    },
    'DELETE /api/v1/installation/mail': {
      operationId: 'removeMailSettings',
      access: 'session',
      description: 'Forgets the server set here: CUSTOS_SMTP_URL applies again, or mail is held.',
    },
    'POST /api/v1/installation/mail/test': {
      operationId: 'sendTestMail',
      access: 'session',
      description:
        'Sends a test mail at once over the configured server, signed by the organisation named (one you are a ' +
        'member of) and with its name as sender, and answers whether the server accepted it (409 ' +
        "smtp_test_failed with the server's reason otherwise, credentials masked).",
      requestExample: { to: 'me@example.be', language: 'nl', organization: 'bakkerij-peeters' },
    },
    'GET /api/v1/installation/outbox': {
      operationId: 'listInstallationMail',
      access: 'session',
      description:
        'The 50 latest mails of no organisation - password resets - with their text while it is kept, so that an ' +
        'installation admin can pass on a reset link while no mail server is configured.',
    },
  },
})
