import { MysqlIntrospector } from './discovery/introspect-mysql'
import { PostgresIntrospector } from './discovery/introspect-postgres'
import type { ConnectionSettings, Driver } from './driver'
import { withDeclaredReferences } from './sql/declared-references'
import { sqlEndpoint } from './sql/endpoint'
import { MysqlDriver } from './sql/mysql-driver'
import { PostgresDriver } from './sql/postgres-driver'

/** A driver for a PostgreSQL or MySQL/MariaDB connection; nothing connects until the first call. */
export function openSqlDriver(settings: ConnectionSettings): Driver {
  switch (settings.kind) {
    case 'postgres': {
      const endpoint = sqlEndpoint(settings)
      return withDeclaredReferences(new PostgresDriver(endpoint), () => new PostgresIntrospector(endpoint))
    }
    case 'mysql': {
      const endpoint = sqlEndpoint(settings)
      return withDeclaredReferences(new MysqlDriver(endpoint), () => new MysqlIntrospector(endpoint))
    }
    default:
      throw new Error(`Not a SQL connection: ${settings.kind}`)
  }
}
