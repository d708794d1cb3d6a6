import { type AppContext, inTransaction } from '../../context'
import { type LegalHoldOf, planErasure } from '../../domain/datasets/erasure-plan'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import type { DatasetDocument } from '../../domain/datasets/schema'
import { anyShared, type SharedRows } from '../../domain/datasets/shared-rows'
import {
  type HoldRule,
  planRectification,
  planRestriction,
  type WritePlan,
} from '../../domain/datasets/write-plan'
import type { Driver } from '../driver'
import { applyWritePlan } from './apply-plan'
import { legalHoldsOfStep, type RunLegalHold } from './legal-holds'
import { type DatasetRead, readDataset } from './read-dataset'
import { recordHeldRows } from './retention-holds'
import { decodeValues, encodeValues } from './row-codec'
import { findAppliedErasure, type RunRow, type StepRow, updateStep } from './run-repository'
import { findSharedRows } from './shared-check'
import { describePlan, describeRead, emptyResult } from './step-result'

export interface RunInput {
  /** Rectification: the new values, per collection and field. */
  changes?: { collection: string; field: string; value: unknown }[]
  /** Erasure: the legal holds whose rows are kept (resolved when the run started; issue 16, decision 0053). */
  legalHolds?: RunLegalHold[]
}

export interface StepEnvironment {
  run: RunRow
  step: StepRow
  document: DatasetDocument
  identities: readonly SearchIdentity[]
  input: RunInput
  holds: ReadonlyMap<string, HoldRule>
  today: string
  hash: (value: string) => string
  openDriver: () => Driver
  /** Test hook: called after the plan is stored and before anything is written. */
  beforeWrite?: (step: StepRow) => Promise<void>
}

const dataContext = (stepId: string) => `run-step-data:${stepId}`
const planContext = (stepId: string) => `run-step-plan:${stepId}`

export function readStepData(
  ctx: AppContext,
  step: Pick<StepRow, 'id' | 'data_encrypted'>,
): DatasetRead | null {
  if (!step.data_encrypted) return null
  return decodeValues<DatasetRead>(ctx.encryption.decrypt(step.data_encrypted, dataContext(step.id)))
}

function planFor(
  env: StepEnvironment,
  read: DatasetRead,
  shared: SharedRows | undefined,
  legalHold?: LegalHoldOf,
): WritePlan & { manual?: string[] } {
  const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
  switch (env.run.action) {
    case 'erasure':
      return planErasure(env.document, found, {
        holds: env.holds,
        today: env.today,
        hash: env.hash,
        ...(shared ? { shared } : {}),
        ...(legalHold ? { legalHold } : {}),
      })
    case 'rectification':
      return planRectification(env.document, found, env.input.changes ?? [])
    case 'restriction':
      return planRestriction(env.document, found)
    default:
      return { collections: [] }
  }
}

/**
 * Runs one dataset of a run. Reads always start afresh; a write plan, once stored, is what gets applied - also
 * after a crash - so a rerun never plans or writes a second, different change. A step marked done is never rerun,
 * and a new erasure run of a request whose erasure was already applied to the dataset recognises that recorded
 * plan and does nothing (its result names the earlier run).
 */
export async function executeStep(ctx: AppContext, env: StepEnvironment): Promise<void> {
  const { run, step } = env
  if (step.status === 'done' || step.status === 'manual') return
  await updateStep(ctx.db, step.id, {
    attempts: step.attempts + 1,
    started_at: step.started_at ?? new Date(),
    error: null,
  })
  const driver = env.openDriver()
  let stored = step.status === 'planned' && step.plan_encrypted !== null
  let result: Record<string, unknown> = step.result ?? {}
  try {
    let plan: (WritePlan & { manual?: string[] }) | null =
      step.status === 'planned' && step.plan_encrypted
        ? decodeValues(ctx.encryption.decrypt(step.plan_encrypted, planContext(step.id)))
        : null
    if (!plan && run.action === 'erasure') {
      // Idempotence by design: an erasure this request already applied to this dataset is not searched again.
      const previous = await findAppliedErasure(ctx.db, run, step.dataset_key)
      if (previous) {
        await updateStep(ctx.db, step.id, {
          status: 'done',
          result: { ...emptyResult(), alreadyErased: previous },
          finished_at: new Date(),
        })
        return
      }
    }
    if (!plan) {
      const read = await readDataset(driver, env.document, env.identities)
      if (run.action === 'access' || run.action === 'portability') {
        await updateStep(ctx.db, step.id, {
          status: 'done',
          data_encrypted: ctx.encryption.encrypt(encodeValues(read), dataContext(step.id)),
          result: describeRead(env.document, read),
          finished_at: new Date(),
        })
        return
      }
      // Rows a legal hold keeps (a held system or collection, a held person's rows): withheld, the rest erased.
      const legalHold =
        run.action === 'erasure' && env.input.legalHolds?.length
          ? await legalHoldsOfStep(driver, env.document, step, env.input.legalHolds)
          : undefined
      plan = planFor(env, read, undefined, legalHold)
      // Erasure: which of the rows it would change other records still refer to (one query per referring
      // collection), then - when some are - the plan again with that knowledge.
      const kinds = [...new Set(env.identities.map((i) => i.kind))]
      // Rows a legal hold keeps are checked as if the hold were not there: one that other people's records share
      // is not recorded to be erased when the hold ends (decision 0090).
      const check =
        run.action === 'erasure'
          ? await findSharedRows(
              driver,
              env.document,
              read,
              kinds,
              legalHold ? planFor(env, read, undefined) : plan,
            )
          : undefined
      if (check && anyShared(check.shared)) plan = planFor(env, read, check.shared, legalHold)
      result = {
        ...describeRead(env.document, read),
        ...describePlan(plan, null),
        ...(check ? { sharedQueries: check.queries } : {}),
      }
      if (run.dry_run) {
        await updateStep(ctx.db, step.id, { status: 'done', result, finished_at: new Date() })
        return
      }
      await updateStep(ctx.db, step.id, {
        status: 'planned',
        plan_encrypted: ctx.encryption.encrypt(encodeValues(plan), planContext(step.id)),
        result,
      })
      stored = true
    }
    await env.beforeWrite?.(step)
    const applied = await applyWritePlan(driver, env.document, plan)
    const done = plan
    // The rows kept under a retention rule or a legal hold are recorded with the step's completion, in one
    // transaction.
    await inTransaction(ctx, async (ctx) => {
      await recordHeldRows(ctx.db, ctx.encryption, run, step, done, env.today)
      await updateStep(ctx.db, step.id, {
        status: 'done',
        result: { ...result, ...describePlan(done, applied) },
        finished_at: new Date(),
      })
    })
  } catch (error) {
    await updateStep(ctx.db, step.id, {
      status: stored ? 'planned' : 'failed',
      error: error instanceof Error ? error.message.slice(0, 2000) : String(error),
    })
    throw error
  } finally {
    await driver.close()
  }
}
