import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { withAudit } from '../src/audit/audit-log'
import { verifyAuditChain } from '../src/audit/verify'
import type { Database } from '../src/db/database'
import { createTestDatabase } from './support/database'

describe('audit log hash chain (Art. 5(2) accountability: tamper-evident history)', () => {
  let database: Database
  beforeAll(async () => {
    database = await createTestDatabase()
    for (let i = 0; i < 6; i++) {
      await withAudit(database.db, systemActor('test'), async () => ({
        result: null,
        audit: {
          organizationId: null,
          action: 'test.event',
          targetType: 'test',
          targetId: String(i),
          summary: { i },
        },
      }))
    }
  })
  afterAll(() => database.close())

  it('verifies an untouched chain, appended by concurrent transactions', async () => {
    await Promise.all(
      [1, 2, 3, 4].map((i) =>
        withAudit(database.db, systemActor('test'), async () => ({
          result: null,
          audit: {
            organizationId: null,
            action: 'test.parallel',
            targetType: 'test',
            targetId: null,
            summary: { i },
          },
        })),
      ),
    )
    const report = await verifyAuditChain(database.db)
    expect(report).toEqual({ ok: true, checked: 10, problems: [] })
  })

  it('detects an edited summary, then a deleted row, then a deleted newest row', async () => {
    await sql`update audit_events set summary = '{"i": 99}' where seq = 3`.execute(database.db)
    expect((await verifyAuditChain(database.db)).problems).toContainEqual({ kind: 'altered', seq: 3 })

    await sql`delete from audit_events where seq = 5`.execute(database.db)
    const afterDelete = await verifyAuditChain(database.db)
    expect(afterDelete.problems).toContainEqual({ kind: 'missing', seq: 5 })
    expect(afterDelete.problems).toContainEqual({ kind: 'broken-link', seq: 6 })

    await sql`delete from audit_events where seq = (select max(seq) from audit_events)`.execute(database.db)
    const afterTail = await verifyAuditChain(database.db)
    expect(afterTail.problems.some((p) => p.kind === 'head-mismatch')).toBe(true)
    expect(afterTail.ok).toBe(false)
  })
})
