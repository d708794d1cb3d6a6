import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import type { Organization } from '../src/modules/organizations'
import { importDncmFile, importRobinsonFile } from '../src/modules/suppression'
import { currentDncmImport, currentRobinsonImport } from '../src/modules/suppression/repository'
import { createTestContext, type TestContext } from './support/context'
import { createOrg } from './support/factories'
import { waitFor } from './support/wait'

const onPostgres = process.env.CUSTOS_TEST_DATABASE === 'postgres'
/** The audit chain's transaction lock (audit/audit-log): every import takes it last, just before its commit. */
const AUDIT_CHAIN_LOCK = 7301001

function robinsonFile(first: number, count: number): string {
  const lines = ['voornaam;naam;straat;huisnummer;postcode;gemeente']
  for (let i = first; i < first + count; i++) lines.push(`Jan${i};Peeters;Kerkstraat;${i};9000;Gent`)
  return `${lines.join('\r\n')}\r\n`
}

function dncmFile(first: number, count: number, day: string): string {
  const date = day.split('-').reverse().join('/')
  const lines = ['telefoonnummer;inschrijvingsdatum']
  for (let i = first; i < first + count; i++) lines.push(`0470${String(i).padStart(6, '0')};${date}`)
  return `${lines.join('\r\n')}\r\n`
}

async function* bytes(text: string) {
  yield Buffer.from(text, 'utf8')
}

/**
 * Review m8: an import replaces the organisation's list in one transaction, so two imports at once must leave one
 * list - the one committed last - never both. To make "at once" certain, the test holds the audit chain's lock that
 * each import takes just before its commit: both have then inserted their file (and, without the serialisation,
 * deleted what they could see of the other - nothing, as it is uncommitted) before either commits. Only PostgreSQL
 * runs two transactions at once; the embedded database runs them one after the other.
 */
describe.skipIf(!onPostgres)('suppression lists: two imports at once leave one list (PostgreSQL)', () => {
  let t: TestContext
  let org: Organization
  let blocker: pg.Client

  beforeAll(async () => {
    t = await createTestContext()
    org = await createOrg(t.ctx, 'Twee Tegelijk NV')
    // A list before: the organisation's suppression key exists (creating it would serialise the first imports by
    // itself), and the old list must be gone too.
    await importRobinsonFile(t.ctx, systemActor('test'), org, bytes(robinsonFile(5001, 50)), {
      fileName: 'old.csv',
    })
    blocker = new pg.Client(t.ctx.database.connection)
    await blocker.connect()
  })
  afterAll(async () => {
    await blocker.end()
    await t.close()
  })

  /** Runs both imports while the audit lock is held, releases it once both wait on a lock, and answers both. */
  async function atOnce<T>(a: () => Promise<T>, b: () => Promise<T>): Promise<T[]> {
    await blocker.query('select pg_advisory_lock($1)', [AUDIT_CHAIN_LOCK])
    const running = [a(), b()]
    try {
      await waitFor(async () => {
        const { rows } = await blocker.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
        )
        return (rows[0]?.n ?? 0) >= 2
      }, 30_000)
    } finally {
      await blocker.query('select pg_advisory_unlock($1)', [AUDIT_CHAIN_LOCK])
    }
    return Promise.all(running)
  }

  it('Robinson: two files imported at once leave only the list of the import that committed last', async () => {
    const actor = systemActor('test')
    const [a, b] = await atOnce(
      () => importRobinsonFile(t.ctx, actor, org, bytes(robinsonFile(1, 300)), { fileName: 'a.csv' }),
      () => importRobinsonFile(t.ctx, actor, org, bytes(robinsonFile(1001, 200)), { fileName: 'b.csv' }),
    )
    expect(a?.consultation.entries).toBe(300)
    expect(b?.consultation.entries).toBe(200)
    const lists = await t.ctx.db
      .selectFrom('robinson_entries')
      .select(['import_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('organization_id', '=', org.id)
      .groupBy('import_id')
      .execute()
    expect(lists).toHaveLength(1)
    const kept = lists[0]?.import_id === a?.consultation.id ? 300 : 200
    expect(Number(lists[0]?.n)).toBe(kept)
    // The import named as the list in use is the one whose list is kept (review R1), whichever started first.
    expect((await currentRobinsonImport(t.ctx.db, org.id))?.id).toBe(lists[0]?.import_id)
  })

  it('DNCM: two files imported at once leave only the list of the import that committed last', async () => {
    const actor = systemActor('test')
    const day = toBrusselsDate(new Date())
    const [a, b] = await atOnce(
      () =>
        importDncmFile(t.ctx, actor, org, bytes(dncmFile(0, 300, day)), { fileName: 'a.txt', fileDate: day }),
      () =>
        importDncmFile(t.ctx, actor, org, bytes(dncmFile(5000, 200, day)), {
          fileName: 'b.txt',
          fileDate: day,
        }),
    )
    expect(a?.consultation.numbers).toBe(300)
    expect(b?.consultation.numbers).toBe(200)
    const lists = await t.ctx.db
      .selectFrom('dncm_numbers')
      .select(['import_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('organization_id', '=', org.id)
      .groupBy('import_id')
      .execute()
    expect(lists).toHaveLength(1)
    const kept = lists[0]?.import_id === a?.consultation.id ? 300 : 200
    expect(Number(lists[0]?.n)).toBe(kept)
    expect((await currentDncmImport(t.ctx.db, org.id))?.id).toBe(lists[0]?.import_id)
  })
})
