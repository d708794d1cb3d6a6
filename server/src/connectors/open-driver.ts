import type { ConnectionSettings, Driver } from './driver'
import { sqlEndpoint } from './sql/endpoint'
import { MysqlDriver } from './sql/mysql-driver'
import { PostgresDriver } from './sql/postgres-driver'

/** A driver for a PostgreSQL or MySQL/MariaDB connection; nothing connects until the first call. */
export function openSqlDriver(settings: ConnectionSettings): Driver {
  switch (settings.kind) {
    case 'postgres':
      return new PostgresDriver(sqlEndpoint(settings))
    case 'mysql':
      return new MysqlDriver(sqlEndpoint(settings))
    default:
      throw new Error(`Not a SQL connection: ${settings.kind}`)
  }
}
