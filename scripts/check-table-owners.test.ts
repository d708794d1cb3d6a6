import { describe, expect, it } from 'vitest'
import {
  areaOf,
  checkTableOwners,
  sqlTemplates,
  tableReferences,
  tablesOfSchema,
} from './check-table-owners.mjs'

const schema = `
export interface DB {
  organizations: OrganizationsTable
  requests: RequestsTable
  request_events: RequestEventsTable
  audit_events: AuditEventsTable
}
`
const tables = tablesOfSchema(schema)
const owners = {
  organizations: 'modules/organizations',
  requests: 'modules/requests',
  request_events: 'modules/requests',
  audit_events: ['audit', 'modules/audit'],
}

/** Fixture sources, one per way a file can name a table. */
const files = {
  ownTable: {
    path: 'server/src/modules/requests/repository.ts',
    source: `export const find = (db) => db.selectFrom('requests as r').innerJoin('request_events as e', 'e.request_id', 'r.id')`,
  },
  kyselyRead: {
    path: 'server/src/modules/retention/sweep.ts',
    source: `const open = await trx\n  .selectFrom(\n    'requests'\n  )\n  .select('id')`,
  },
  join: {
    path: 'server/src/modules/retention/holds.ts',
    source: `db.selectFrom('legal_holds').leftJoin('organizations as o', 'o.id', 'legal_holds.organization_id')`,
  },
  sqlTemplate: {
    path: 'server/src/modules/retention/own-data.ts',
    source:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source text holding an sql template
      'await sql`DELETE FROM audit_events a WHERE a.id IN (${sql.join(ids.map((i) => sql`${i}`))}) AND ${x}`.execute(db)',
  },
  sharedOwner: {
    path: 'server/src/audit/audit-log.ts',
    source: `trx.insertInto('audit_events').values(row)`,
  },
  proseOnly: {
    path: 'server/src/modules/consent/notes.ts',
    source: `// reads the subject from requests, never from audit_events directly\nconst label = 'from requests'`,
  },
  infrastructure: {
    path: 'server/src/cli/request-run-action.ts',
    source: `ctx.db.updateTable('requests').set({ state })`,
  },
}

describe('table owners (decision 0098)', () => {
  it('reads the tables of the DB interface', () => {
    expect(tables).toEqual(['organizations', 'requests', 'request_events', 'audit_events'])
  })

  it('names the area of a file: a module, or the first folder of server/src', () => {
    expect(areaOf('server/src/modules/retention/sweep.ts')).toBe('modules/retention')
    expect(areaOf('server/src/modules/requests/repository/outbox.ts')).toBe('modules/requests')
    expect(areaOf('server/src/connectors/engine/retention-holds.ts')).toBe('connectors')
    expect(areaOf('server/src/main.ts')).toBe('src')
  })

  it('finds tables in Kysely calls, aliases and joins, and in sql templates - not in comments or strings', () => {
    expect(tableReferences(files.ownTable.source, tables)).toEqual(['request_events', 'requests'])
    expect(tableReferences(files.kyselyRead.source, tables)).toEqual(['requests'])
    expect(tableReferences(files.join.source, tables)).toEqual(['organizations'])
    expect(tableReferences(files.sqlTemplate.source, tables)).toEqual(['audit_events'])
    expect(tableReferences(files.proseOnly.source, tables)).toEqual([])
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source text holding an sql template
    expect(sqlTemplates('sql<{ n: number }>`select count(*) from requests where id = ${id}`')).toEqual([
      'select count(*) from requests where id =  ? ',
    ])
  })

  it('accepts an owner (or one of its folders) querying its own tables', () => {
    const own = [files.ownTable, files.sharedOwner, files.proseOnly]
    expect(checkTableOwners({ tables, owners, debt: [], files: own })).toEqual([])
  })

  it('fails on another area querying a table it does not own', () => {
    const problems = checkTableOwners({
      tables,
      owners,
      debt: [],
      files: [files.kyselyRead, files.join, files.sqlTemplate, files.infrastructure],
    })
    expect(problems).toEqual([
      'server/src/modules/retention/sweep.ts: queries requests, a table of modules/requests; ask the owner through its face',
      'server/src/modules/retention/holds.ts: queries organizations, a table of modules/organizations; ask the owner through its face',
      'server/src/modules/retention/own-data.ts: queries audit_events, a table of audit + modules/audit; ask the owner through its face',
      'server/src/cli/request-run-action.ts: queries requests, a table of modules/requests; ask the owner through its face',
    ])
  })

  it('accepts a listed debt, but not the same table from another file, and not a debt that is gone', () => {
    const debt = [
      { file: 'server/src/modules/retention/sweep.ts', table: 'requests' },
      { file: 'server/src/modules/retention/gone.ts', table: 'requests' },
    ]
    const elsewhere = { path: 'server/src/modules/retention/new-file.ts', source: files.kyselyRead.source }
    expect(checkTableOwners({ tables, owners, debt, files: [files.kyselyRead, elsewhere] })).toEqual([
      'server/src/modules/retention/new-file.ts: queries requests, a table of modules/requests; ask the owner through its face',
      'server/src/modules/retention/gone.ts: requests is listed as debt but no longer queried there; remove the entry',
    ])
  })

  it('fails on a table without owner and on an owner of no table', () => {
    const { requests: _dropped, ...partial } = owners
    expect(
      checkTableOwners({ tables, owners: { ...partial, reqeusts: 'modules/requests' }, debt: [], files: [] }),
    ).toEqual([
      'requests: no owner in scripts/table-owners.json',
      'reqeusts: owned in scripts/table-owners.json but not a table',
    ])
  })
})
