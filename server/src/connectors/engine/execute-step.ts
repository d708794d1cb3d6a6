import type { AppContext } from '../../context'
import type { SearchIdentity } from '../../domain/datasets/identity-values'
import type { DatasetDocument } from '../../domain/datasets/schema'
import {
  type HoldRule,
  planErasure,
  planRectification,
  planRestriction,
  type WritePlan,
} from '../../domain/datasets/write-plan'
import type { Driver } from '../driver'
import { applyWritePlan } from './apply-plan'
import { type DatasetRead, readDataset } from './read-dataset'
import { decodeValues, encodeValues } from './row-codec'
import { type RunRow, type StepRow, updateStep } from './run-repository'
import { describePlan, describeRead } from './step-result'

export interface RunInput {
  /** Rectification: the new values, per collection and field. */
  changes?: { collection: string; field: string; value: unknown }[]
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

function planFor(env: StepEnvironment, read: DatasetRead): WritePlan & { manual?: string[] } {
  const found = new Map(read.collections.map((c) => [c.collection, c.rows]))
  switch (env.run.action) {
    case 'erasure':
      return planErasure(env.document, found, { holds: env.holds, today: env.today, hash: env.hash })
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
 * after a crash - so a rerun never plans or writes a second, different change. A step marked done is never rerun.
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
      plan = planFor(env, read)
      result = { ...describeRead(env.document, read), ...describePlan(plan, null) }
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
    await updateStep(ctx.db, step.id, {
      status: 'done',
      result: { ...result, ...describePlan(plan, applied) },
      finished_at: new Date(),
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
