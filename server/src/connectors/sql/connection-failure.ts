import { ConnectorTargetError } from '../network/target-error'
import { NotInCatalogue } from './table-columns'

/** Network errors: the answer (or silence) of a port, never shown to users. */
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
  'EPIPE',
  'EPROTO',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'HANDSHAKE_NO_SSL_SUPPORT',
])

/** MySQL/MariaDB refusals while signing in: they name roles, hosts and databases. */
const MYSQL_SIGN_IN = new Set([
  'ER_ACCESS_DENIED_ERROR',
  'ER_ACCESS_DENIED_NO_PASSWORD_ERROR',
  'ER_DBACCESS_DENIED_ERROR',
  'ER_BAD_DB_ERROR',
  'ER_HOST_NOT_PRIVILEGED',
  'ER_HOST_IS_BLOCKED',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_NOT_SUPPORTED_AUTH_MODE',
  'ER_ACCOUNT_HAS_BEEN_LOCKED',
  'ER_MUST_CHANGE_PASSWORD_LOGIN',
])

/**
 * Whether an error is a statement the server refused on a working connection (a table or column that is gone, a
 * privilege the connection's user lacks): a table or column the catalogue does not have, an SQLSTATE of PostgreSQL
 * or an `ER_` code of MySQL/MariaDB, and no failure to connect.
 */
export function isStatementFailure(error: unknown): boolean {
  if (error instanceof NotInCatalogue) return true
  if (!(error instanceof Error) || isConnectionFailure(error)) return false
  const code = String((error as { code?: unknown }).code ?? '')
  return /^42[0-9A-Z]{3}$/.test(code) || MYSQL_REFUSED_READ.has(code)
}

/**
 * MySQL/MariaDB refusals of a statement that name a table, column or privilege (what the wording says to check).
 * PostgreSQL's are its SQLSTATE class 42 (42P01 no such table, 42703 no such column, 42501 no privilege). A
 * cancelled query, a deadlock or a full disk is none of these: it stays an internal error.
 */
const MYSQL_REFUSED_READ = new Set([
  'ER_NO_SUCH_TABLE',
  'ER_BAD_TABLE_ERROR',
  'ER_BAD_FIELD_ERROR',
  'ER_TABLEACCESS_DENIED_ERROR',
  'ER_COLUMNACCESS_DENIED_ERROR',
  'ER_SPECIFIC_ACCESS_DENIED_ERROR',
  'ER_PARSE_ERROR',
])

/**
 * Whether an error is a failure to reach or sign in to the server (as opposed to a statement that failed on a
 * working connection): PostgreSQL classes 08 (connection), 28 (authorisation), 3D000 (no such database), 53300
 * (too many connections), 57P0x (shutting down); MySQL sign-in errors and fatal errors; network errors; timeouts.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof ConnectorTargetError) return true
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure)
  if (!(error instanceof Error)) return false
  if (error.cause && isConnectionFailure(error.cause)) return true
  const code = String((error as { code?: unknown }).code ?? '')
  if (NETWORK.has(code) || MYSQL_SIGN_IN.has(code)) return true
  if (/^(08|28)/.test(code) || ['3D000', '53300'].includes(code) || /^57P0/.test(code)) return true
  if ((error as { fatal?: unknown }).fatal === true) return true
  if (code.startsWith('ERR_TLS') || /CERT|SSL/.test(code)) return true
  return /timeout expired|Connection terminated|does not support SSL|connect ETIMEDOUT|self[- ]signed certificate/i.test(
    error.message,
  )
}
