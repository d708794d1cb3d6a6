import { defineOperations } from '../../http/openapi-catalogue'

/** The sign-in operations in the OpenAPI document (decision 0026). */
export const authOperations = defineOperations({
  tag: {
    name: 'auth',
    description:
      'Sign-in for the web UI: a session cookie, a second factor when enabled, password reset. Integrations use ' +
      'API tokens instead (see api tokens).',
  },
  operations: {
    'POST /api/v1/auth/login': {
      operationId: 'signIn',
      access: 'public',
      refusals: [422],
      description:
        'Checks the e-mail address and password and sets the `custos_session` cookie. When the account has ' +
        'two-step verification the session waits for its code (`secondFactorPending`) until POST ' +
        '/api/v1/auth/login/totp. A wrong address or password answers 401 `invalid_login` without saying which; ' +
        'repeated failures are throttled (`too_many_sign_in_attempts`) and the route is rate limited.',
    },
    'POST /api/v1/auth/login/totp': {
      operationId: 'completeSignInWithTotp',
      access: 'session',
      refusals: [422],
      description:
        'Completes a sign-in waiting for its second factor with the current code of the authenticator app.',
    },
    'POST /api/v1/auth/logout': {
      operationId: 'signOut',
      access: 'session',
      refusals: [],
      description: 'Ends the current session and clears its cookie.',
    },
    'POST /api/v1/auth/password-reset': {
      operationId: 'requestPasswordReset',
      access: 'public',
      refusals: [],
      description:
        'Queues an e-mail with a single-use reset link when the address belongs to an account. The answer is the ' +
        'same either way, so it does not reveal which addresses have accounts.',
    },
    'POST /api/v1/auth/password-reset/confirm': {
      operationId: 'confirmPasswordReset',
      access: 'public',
      refusals: [422],
      description:
        'Sets a new password with the token of a reset or invitation link; the token works once. The password ' +
        'must be long enough and not a common one (field errors `password_length`, `common_password`).',
    },
  },
})
