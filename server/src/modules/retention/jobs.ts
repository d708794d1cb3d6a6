import { z } from 'zod'
import { type Actor, systemActor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { tryAdvisoryLock } from '../../db/advisory-lock'
import { Conflict } from '../../domain/errors'
import { defineJob } from '../../jobs/define-job'
import { type Organization, toOrganization } from '../organizations'
import { sweepEndedHolds } from './ended-holds'
import { runRetention, type SweepOptions } from './sweep'

/** The advisory lock scope of an organisation's sweeps: `(hashtext('custos.retention'), hashtext(org id))`. */
export const RETENTION_LOCK_SCOPE = 'custos.retention'

/** Organisations whose sweep runs in this process now. */
const sweeping = new Set<string>()

/**
 * Runs `work` as the one sweep of the organisation, or refuses at once (409 `retention_sweep_running`) while
 * another sweep of it runs - the nightly job in a worker process, "run now" in any web process, the command line.
 * Two sweeps at once would resume the same open run and apply its batch twice (review M3).
 *
 * Why two guards: on PostgreSQL the lock is a session advisory lock on a connection of its own
 * (db/advisory-lock), which every process sees and which goes with a process that dies, so nothing is left to
 * expire - a lock row would need a heartbeat and an expiry, and a live sweep slower than the expiry would lose it.
 * The embedded database (PGlite) is one PostgreSQL session shared by every connection of the process, so an
 * advisory lock taken there is granted again to whoever asks and excludes nothing; but only one process can open
 * it (db/data-dir-lock), so there the set of this process is the whole truth. The set is also checked on
 * PostgreSQL, where it only answers sooner.
 */
export async function withOrganizationSweepLock<T>(
  ctx: AppContext,
  organizationId: string,
  work: () => Promise<T>,
): Promise<T> {
  const refused = () =>
    new Conflict(
      'retention_sweep_running',
      'A sweep of this organisation is running (the nightly job or another "run now"); wait for it to end.',
    )
  if (sweeping.has(organizationId)) throw refused()
  sweeping.add(organizationId)
  try {
    const lock =
      ctx.database.kind === 'postgres'
        ? await tryAdvisoryLock(ctx.database.connection, RETENTION_LOCK_SCOPE, organizationId)
        : undefined
    if (lock === null) throw refused()
    try {
      return await work()
    } finally {
      await lock?.release()
    }
  } finally {
    sweeping.delete(organizationId)
  }
}

/**
 * One organisation's sweeps, as the daily job runs them: every approved rule (rules not approved are only planned,
 * a run over its ceiling pauses, an unfinished run resumes), then the rows an erasure kept under a rule whose period
 * has ended. A dry run only counts. The job and the "Run sweep now" action both come here, under the
 * organisation's sweep lock.
 */
export async function sweepOrganization(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  options: Pick<SweepOptions, 'dryRun' | 'today'> = {},
) {
  const ran = await sweepOrganizationIf(ctx, actor, org, options, async () => true)
  if (!ran) throw new Error('unreachable: the sweep always begins')
  return ran
}

/**
 * As sweepOrganization, but once the organisation's lock is held `begin` decides whether to go on (a queued "run
 * now" request is taken then, so that it stays queued while another sweep holds the lock); null: it did not.
 */
export function sweepOrganizationIf(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  options: Pick<SweepOptions, 'dryRun' | 'today'>,
  begin: () => Promise<boolean>,
) {
  return withOrganizationSweepLock(ctx, org.id, async () => {
    if (!(await begin())) return null
    const outcomes = await runRetention(ctx, actor, org, options)
    // Rows an erasure kept under a retention rule whose period has now ended.
    const ended = options.dryRun
      ? []
      : await sweepEndedHolds(ctx, actor, org, options.today ? { today: options.today } : {})
    return { outcomes, ended }
  })
}

/**
 * Daily: the retention sweeps of every organisation with an approved rule. Rules not approved are only planned
 * (nothing changes); a run over its ceiling pauses; an unfinished run (a crash) resumes where it stopped.
 */
export const retentionSweepJob = defineJob({
  name: 'retention.sweep',
  version: 1,
  schema: z.object({}),
  retryLimit: 2,
  retryDelaySeconds: 600,
  retryBackoff: true,
  policy: 'short',
  cron: '15 2 * * *',
  async run(_data, ctx) {
    const orgs = await ctx.db
      .selectFrom('organizations')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb(
            'id',
            'in',
            eb
              .selectFrom('retention_policies')
              .select('organization_id')
              .where('approved_at', 'is not', null),
          ),
          eb(
            'id',
            'in',
            eb.selectFrom('retention_holds').select('organization_id').where('released_at', 'is', null),
          ),
        ]),
      )
      .execute()
    for (const org of orgs.map(toOrganization)) {
      try {
        const { outcomes } = await sweepOrganization(ctx, systemActor('retention sweeps'), org)
        ctx.logger.info(
          { org: org.slug, outcomes: outcomes.map((o) => `${o.rule}/${o.collection}: ${o.outcome}`) },
          'Retention sweeps',
        )
      } catch (error) {
        if (error instanceof Conflict && error.code === 'retention_sweep_running') {
          ctx.logger.warn(
            { org: org.slug },
            'Retention sweeps skipped: a sweep of this organisation is running',
          )
          continue
        }
        ctx.logger.error({ err: error, org: org.slug }, 'Retention sweep failed; it resumes on the next run')
      }
    }
  },
})
