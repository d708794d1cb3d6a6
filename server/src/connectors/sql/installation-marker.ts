/**
 * Every Custos database holds the table custos_installation (migration 0007). A connector refuses a database that
 * has it, whatever address led there: PostgreSQL shows every table in pg_class to every role, so the check needs
 * no privilege; MySQL/MariaDB only lists tables the role may see (Custos never lives there - a second line).
 * Both look at the database the connection reached: pg_class is per database, and on MySQL/MariaDB the check is
 * limited to the connection's default database (every schema when it has none), so a marked database elsewhere on
 * the same server does not refuse a connection to an unmarked one.
 */
export const INSTALLATION_MARKER = 'custos_installation'

export const PG_MARKER_SQL = `select exists (select 1 from pg_catalog.pg_class where relname = '${INSTALLATION_MARKER}') as marked`

export const MYSQL_MARKER_SQL = `select count(*) as marked from information_schema.TABLES where TABLE_NAME = '${INSTALLATION_MARKER}' and TABLE_SCHEMA = coalesce(database(), TABLE_SCHEMA)`
