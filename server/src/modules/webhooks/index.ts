/**
 * Public face of the webhooks module (issue 24, decision 0027): endpoints, the delivery job and its log. Events
 * are emitted by the audit log through events/ (catalogue and outbox), in the transaction of each change.
 */
export {
  ATTEMPT_TIMEOUT_MS,
  type DeliveryOptions,
  deliverNow,
  MAX_ATTEMPTS,
  runDueDeliveries,
} from './delivery'
export { changeEndpoint, createEndpoint, removeEndpoint, rotateSecret } from './endpoints'
export { deliverWebhooksJob, purgeWebhooksJob } from './jobs'
export { webhookOperations } from './operations'
export { webhookActions } from './policy'
export { registerWebhookRoutes } from './routes'
export { signatureOf } from './signature'
export { sendDeliveriesOnCommit } from './wake'
