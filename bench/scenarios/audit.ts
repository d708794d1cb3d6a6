import { sql } from 'kysely'
import { systemActor } from '../../server/src/audit/actor'
import { type AuditEntry, recordAudit } from '../../server/src/audit/audit-log'
import { verifyAuditChain } from '../../server/src/audit/verify'
import { inTransaction } from '../../server/src/context'
import type { BenchEnvironment } from '../context'
import { concurrent, type Measurement, measure, sequential, timed } from '../measure'
import type { Profile } from '../profile'

const actor = systemActor('benchmark')

function entry(env: BenchEnvironment, n: number): AuditEntry {
  return {
    organizationId: env.org.id,
    action: 'organization.updated',
    targetType: 'organization',
    targetId: String(n),
    summary: { n, note: 'benchmark append' },
  }
}

/** One business transaction with its audit event: the real recordAudit (advisory lock, chain head, insert). */
async function append(env: BenchEnvironment, n: number): Promise<null> {
  await inTransaction(env.ctx, (ctx) => recordAudit(ctx.db, actor, entry(env, n)))
  return null
}

async function chainLength(env: BenchEnvironment): Promise<number> {
  const result = await sql<{
    seq: number
  }>`select coalesce(max(seq), 0)::int as seq from audit_events`.execute(env.ctx.db)
  return result.rows[0]?.seq ?? 0
}

/** Grows the chain to exactly `target` events, 100 events per transaction (still through recordAudit). */
async function seedChain(env: BenchEnvironment, target: number): Promise<void> {
  let length = await chainLength(env)
  while (length < target) {
    const size = Math.min(100, target - length)
    const first = length
    await inTransaction(env.ctx, async (ctx) => {
      for (let i = 0; i < size; i += 1) await recordAudit(ctx.db, actor, entry(env, first + i))
    })
    length += size
  }
}

async function assertChainIntact(env: BenchEnvironment, expected?: number): Promise<number> {
  const report = await verifyAuditChain(env.ctx.db)
  if (!report.ok || (expected !== undefined && report.checked !== expected)) {
    throw new Error(
      `Audit chain check failed: ${JSON.stringify({ ...report, problems: report.problems.length })}`,
    )
  }
  return report.checked
}

/** verifyAuditChain over a chain of exactly `verifyEvents` events, then sequential and concurrent appends. */
export async function auditScenarios(
  env: BenchEnvironment,
  profile: Profile,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const { backend } = env
  const results: Measurement[] = []

  log(`seeding the audit chain to ${profile.verifyEvents} events`)
  await seedChain(env, profile.verifyEvents)
  log('verifyAuditChain')
  results.push(
    await measure({
      scenario: `audit verify (${profile.verifyEvents.toLocaleString('en')} events)`,
      backend,
      unit: 'events/s',
      runs: profile.runs,
      warmupRuns: 1,
      latencyOf: 'one verification',
      run: async () => {
        const { result: checked, ms } = await timed(() => assertChainIntact(env, profile.verifyEvents))
        return { ops: checked, latenciesMs: [ms] }
      },
    }),
  )

  let n = 0
  log(`audit append, sequential (${profile.appends} per run)`)
  results.push(
    await measure({
      scenario: 'audit append, 1 writer',
      backend,
      unit: 'events/s',
      runs: profile.runs,
      warmupRuns: 1,
      latencyOf: 'one transaction',
      run: () => sequential(profile.appends, () => append(env, n++)),
    }),
  )

  const writers = 4
  log(`audit append, ${writers} concurrent writers (${profile.appends} per run)`)
  results.push(
    await measure({
      scenario: `audit append, ${writers} writers`,
      backend,
      unit: 'events/s',
      runs: profile.runs,
      warmupRuns: 1,
      latencyOf: 'one transaction, incl. lock wait',
      run: () => concurrent(writers, profile.appends / writers, () => append(env, n++)),
    }),
  )

  const total = await assertChainIntact(env)
  log(`chain intact after the appends (${total} events)`)
  return results
}
