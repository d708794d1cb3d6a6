/** Public face of the audit module: reading the audit log (writing it is audit/audit-log, shared by all). */

export { auditOperations } from './operations'
export { auditActions } from './policy'
export { registerAuditRoutes } from './routes'
