/** Public face of the outbox module: the organisation's view of the mails it sent or queued. */

export { outboxOperations } from './operations'
export { outboxActions, outboxMessagePermissions } from './policy'
export type { OutboxMessage, OutboxMessageSummary } from './repository'
export { registerOutboxRoutes } from './routes'
export { isRetryable, outboxMessage, outboxOf, retryMessage } from './service'
