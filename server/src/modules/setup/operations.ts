import { defineOperations } from '../../http/openapi-catalogue'

/** The first-run set-up in the OpenAPI document (decision 0026, decision 0038). */
export const setupOperations = defineOperations({
  tag: {
    name: 'setup',
    description:
      'First-run set-up: while an installation has no account, the web UI asks for the set-up code printed by ' +
      '`custos start` (and kept in the file setup-code of the data directory) and creates the first account and ' +
      'its organisation.',
  },
  operations: {
    'GET /api/v1/setup': {
      operationId: 'getSetupState',
      access: 'public',
      description: 'Whether the installation still waits for its first-run set-up (it has no account yet).',
    },
    'POST /api/v1/setup': {
      operationId: 'completeSetup',
      access: 'public',
      refusals: [409, 422],
      description:
        'Creates the first account (an installation administrator) and its organisation (the account is its ' +
        'owner) and signs it in (sets the `custos_session` cookie). Needs the set-up code: a wrong one is refused ' +
        'with `invalid_setup_code` (field `body.setupCode`); it works once, and once set-up is done every call ' +
        'answers 409 `setup_done`. The route is rate limited (5 a minute per address).',
    },
  },
})
