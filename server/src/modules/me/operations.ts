import { defineOperations } from '../../http/openapi-catalogue'

/** The signed-in user's own operations in the OpenAPI document (decision 0026). */
export const meOperations = defineOperations({
  tag: { name: 'me', description: 'The signed-in user: profile, password and two-step verification.' },
  operations: {
    'GET /api/v1/me': {
      operationId: 'getMe',
      access: 'session',
      description:
        'The signed-in user with their organisations, role and the scopes it holds, and the `csrfToken` to send ' +
        'in X-CSRF-Token on every write made with the session cookie.',
    },
    'PATCH /api/v1/me': {
      operationId: 'updateMe',
      access: 'session',
      refusals: [422],
      description:
        'Changes your display name, the language of the UI and of the mail you receive, or whether you receive ' +
        'the weekly digest of your pending actions in the action plan (`actionDigest`).',
    },
    'POST /api/v1/me/password': {
      operationId: 'changeMyPassword',
      access: 'session',
      refusals: [422],
      description:
        'Changes your password after checking the current one (`wrong_password`); your other sessions end.',
    },
    'POST /api/v1/me/totp/setup': {
      operationId: 'startMyTotpSetup',
      access: 'session',
      refusals: [409],
      description:
        'Creates a new secret for an authenticator app and answers it with an otpauth URI and QR code. Nothing ' +
        'changes until POST /api/v1/me/totp/enable confirms a first code.',
    },
    'POST /api/v1/me/totp/enable': {
      operationId: 'enableMyTotp',
      access: 'session',
      refusals: [409, 422],
      description:
        'Turns two-step verification on once a first code from the app matches the secret of the setup.',
    },
    'POST /api/v1/me/totp/disable': {
      operationId: 'disableMyTotp',
      access: 'session',
      refusals: [422],
      description: 'Turns two-step verification off; needs your current password.',
    },
  },
})
