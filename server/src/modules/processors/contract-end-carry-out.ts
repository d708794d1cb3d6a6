import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { executeRun, RunBusyError } from '../../connectors/engine/execute-run'
import { readStepData } from '../../connectors/engine/execute-step'
import { findRunById, listSteps, updateStep } from '../../connectors/engine/run-repository'
import { type AppContext, inTransaction } from '../../context'
import type { ProcessorContractEndRow } from '../../db/schema'
import type { PackageSystem } from '../../domain/packages'
import { type ContractEndOutcome, collectionOutcomes, totalsOf } from '../../domain/processors/contract-end'
import { buildReturnPackage } from '../../domain/processors/return-package'
import type { Language } from '../../domain/register/localized'
import { resolveRegister } from '../../domain/register/resolve'
import { listDatasets } from '../datasets'
import { findOrganizationById } from '../organizations'
import { storePackage } from '../packages'
import { loadRegister } from '../register'
import { findClient } from './client-repository'
import { storedContractEndOutcome } from './contract-end-stored'
import { findContractEndById, updateContractEnd } from './contract-ends-repository'

/** The system's label in the audit log for what a contract end's job does. */
const ACTOR = systemActor('contract end')

/**
 * Carries a contract end out: runs the engine (resuming what a crash left), then sums up each system's outcome,
 * builds the return package (return) and records the end as completed. Safe to call again.
 */
export async function completeContractEnd(ctx: AppContext, id: string, now = new Date()): Promise<void> {
  const end = await findContractEndById(ctx.db, id)
  if (end?.status !== 'running' || !end.run_id) return
  const runId = end.run_id
  try {
    await carryOut(ctx, { ...end, run_id: runId }, now)
  } catch (error) {
    // Another process holds the run: the job tries again once its lease is over.
    if (error instanceof RunBusyError) throw error
    // Anything else ends this attempt: the end shows failed with the error, and a person retries it
    // (retryContractEnd), which resumes the same run - finished systems are not done twice.
    await failEnd(ctx, end.id, error instanceof Error ? error.message : String(error))
    ctx.logger.warn({ err: error, contractEnd: end.id }, 'end of contract failed')
  }
}

async function failEnd(ctx: AppContext, id: string, error: string) {
  await updateContractEnd(
    ctx.db,
    id,
    { status: 'failed', error: error.slice(0, 2000) },
    { onlyIf: 'running' },
  )
}

async function carryOut(
  ctx: AppContext,
  end: ProcessorContractEndRow & { run_id: string },
  now: Date,
): Promise<void> {
  await executeRun(ctx, end.run_id)
  const run = await findRunById(ctx.db, end.run_id)
  if (run?.status === 'failed') {
    await failEnd(ctx, end.id, run.error ?? `The run ${run.id} failed.`)
    return
  }
  // Not finished (a step waits for someone): the end stays running, and says so.
  if (run?.status !== 'completed') return
  const org = await findOrganizationById(ctx.db, end.organization_id)
  if (!org) return
  const [steps, datasets, register, client] = await Promise.all([
    listSteps(ctx.db, [run.id]),
    listDatasets(ctx.db, org.id),
    loadRegister(ctx, org),
    end.client_id ? findClient(ctx.db, org.id, end.client_id) : Promise.resolve(undefined),
  ])
  const resolved = resolveRegister(register)
  const language: Language = client?.language ?? org.defaultLanguage
  const outcome: ContractEndOutcome = {
    runId: run.id,
    startedAt: (run.started_at ?? run.created_at).toISOString(),
    finishedAt: (run.finished_at ?? now).toISOString(),
    systems: steps.map((step) => {
      const dataset = datasets.find((d) => d.key === step.dataset_key)
      return {
        dataset: step.dataset_key,
        datasetName: dataset?.name ?? step.dataset_key,
        system: step.system_key,
        systemName: resolved.system(step.system_key)?.name ?? step.system_key,
        collections: collectionOutcomes(step.result as Parameters<typeof collectionOutcomes>[0]),
      }
    }),
  }
  // A return whose package was stored before a crash keeps that package (the rows are only in it now).
  let packageId: string | null = end.package_id
  if (end.choice === 'return' && packageId === null) {
    const systems: PackageSystem[] = steps.flatMap((step) => {
      const read = readStepData(ctx, step)
      const dataset = datasets.find((d) => d.key === step.dataset_key)
      if (!read || !dataset) return []
      return [
        {
          datasetKey: dataset.key,
          datasetName: dataset.name,
          systemKey: step.system_key,
          systemName: resolved.system(step.system_key)?.name ?? dataset.name,
          collections: read.collections
            .filter((c) => c.rows.length > 0)
            .map((c) => {
              const collection = dataset.document.collections.find((x) => x.name === c.collection)
              return {
                name: c.collection,
                fields: (collection?.fields ?? []).map((f) => ({
                  name: f.name,
                  provided: f.provided,
                  ...(f.category
                    ? {
                        category: f.category,
                        categoryLabel: resolved.labelOf('data_category', f.category, language),
                      }
                    : {}),
                })),
                rows: c.rows,
              }
            }),
        },
      ]
    })
    const built = buildReturnPackage({
      language,
      generatedAt: now,
      processor: { name: org.legalName || org.name, enterpriseNumber: org.enterpriseNumber },
      client: { name: end.client_name, reference: end.reference },
      decidedOn: end.decided_on,
      systems,
    })
    packageId = (
      await storePackage(ctx, {
        organizationId: org.id,
        requestId: null,
        runId: run.id,
        language,
        zip: built.zip,
        fileName: built.fileName,
      })
    ).id
    // The rows now live in the sealed package only: the package is recorded on the end in the same transaction
    // that clears the run's copy, so a crash in between cannot leave an empty package for a retried job.
    const stored = packageId
    await inTransaction(ctx, async (tx) => {
      await updateContractEnd(tx.db, end.id, { package_id: stored })
      for (const step of steps)
        if (step.data_encrypted) await updateStep(tx.db, step.id, { data_encrypted: null })
    })
  }
  await inTransaction(ctx, async (ctx) => {
    await updateContractEnd(ctx.db, end.id, {
      status: 'completed',
      outcome: storedContractEndOutcome.serialize(outcome),
      package_id: packageId,
      error: null,
      completed_at: now,
    })
    await recordAudit(ctx.db, ACTOR, {
      organizationId: org.id,
      action: 'processor.contract_end_completed',
      targetType: 'processor',
      targetId: end.id,
      summary: {
        client: end.client_name,
        choice: end.choice,
        runId: run.id,
        packageId,
        ...totalsOf(outcome),
      },
    })
  })
}
