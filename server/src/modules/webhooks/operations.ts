import { defineOperations } from '../../http/openapi-catalogue'

/** The webhook operations in the OpenAPI document (decisions 0026, 0027). */
export const webhookOperations = defineOperations({
  tag: {
    name: 'webhooks',
    description:
      'Endpoints that receive the organisation’s events as signed JSON (Standard Webhooks: webhook-id, ' +
      'webhook-timestamp, webhook-signature), retried with backoff, with a delivery log. Managing them needs the ' +
      'api_tokens scopes. See docs/api.md for the events and how to verify a signature.',
  },
  operations: {
    'GET /api/v1/orgs/{slug}/webhooks': {
      operationId: 'listWebhookEndpoints',
      description:
        'The endpoints of the organisation (never their secrets), the event types one can subscribe to, the ' +
        'number of attempts per delivery, and whether the caller may change endpoints.',
    },
    'POST /api/v1/orgs/{slug}/webhooks': {
      operationId: 'createWebhookEndpoint',
      description:
        'Registers an endpoint and answers its signing secret (`whsec_...`) once; it is stored encrypted. The ' +
        'URL’s host must be in the installation’s network allow-list (CUSTOS_CONNECTOR_ALLOW), or every delivery ' +
        'is refused and logged as such.',
      requestExample: {
        url: 'https://crm.example.be/hooks/custos',
        description: 'CRM',
        eventTypes: ['request.received', 'request.completed'],
      },
    },
    'GET /api/v1/orgs/{slug}/webhooks/{id}': {
      operationId: 'getWebhookEndpoint',
      description: 'One endpoint, without its secret.',
    },
    'PATCH /api/v1/orgs/{slug}/webhooks/{id}': {
      operationId: 'updateWebhookEndpoint',
      description:
        'Changes the URL, description, events or enabled flag. `enabled: true` on an endpoint switched off after ' +
        'failed deliveries resumes its waiting deliveries.',
      requestExample: { enabled: true },
    },
    'DELETE /api/v1/orgs/{slug}/webhooks/{id}': {
      operationId: 'deleteWebhookEndpoint',
      description: 'Deletes the endpoint and its delivery log; nothing more is sent to it.',
    },
    'POST /api/v1/orgs/{slug}/webhooks/{id}/secret': {
      operationId: 'rotateWebhookSecret',
      description:
        'Replaces the signing secret and answers the new one once. The replaced secret keeps signing next to the ' +
        'new one for `overlapHours` (default 24): each delivery then carries two signatures in `webhook-signature`, ' +
        'so the receiver can switch to the new secret without refusing a delivery; `previousSecretUntil` says ' +
        'until when. `overlapHours: 0` stops the old secret at once (a secret that leaked).',
      requestExample: { overlapHours: 24 },
    },
    'POST /api/v1/orgs/{slug}/webhooks/{id}/test': {
      operationId: 'sendWebhookTestEvent',
      description:
        'Sends a `webhook.test` event to this endpoint now (enabled or not) and answers its delivery with the ' +
        'attempt’s outcome; a retryable failure is retried like any delivery.',
    },
    'GET /api/v1/orgs/{slug}/webhooks/{id}/deliveries': {
      operationId: 'listWebhookDeliveries',
      description:
        'The latest 100 deliveries of the endpoint, newest first: event type, status (pending, delivered, ' +
        'failed, refused), attempts with their outcome and response code, and the next attempt.',
    },
  },
})
