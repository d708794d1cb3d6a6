/** Public face of the outbox module: the organisation's view of the mails it sent or queued. */

export { outboxOperations } from './operations'
export { outboxActions } from './policy'
export { registerOutboxRoutes } from './routes'
