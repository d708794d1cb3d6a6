import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { executeRun, RunBusyError } from '../../connectors/engine/execute-run'
import { readStepData } from '../../connectors/engine/execute-step'
import { findRunById, listSteps, updateStep } from '../../connectors/engine/run-repository'
import { type AppContext, inTransaction } from '../../context'
import type { ProcessorContractEndRow } from '../../db/schema'
import { Conflict, NotFound } from '../../domain/errors'
import type { PackageSystem } from '../../domain/packages'
import {
  type ContractEndChoice,
  type ContractEndOutcome,
  collectionOutcomes,
  totalsOf,
} from '../../domain/processors/contract-end'
import { contractEndCertificate } from '../../domain/processors/destruction-certificate'
import { buildReturnPackage } from '../../domain/processors/return-package'
import type { Language } from '../../domain/register/localized'
import { textIn } from '../../domain/register/localized'
import { resolveRegister } from '../../domain/register/resolve'
import { renderFormPdf } from '../../lib/pdf/form-pdf'
import { startRun } from '../connector-runs'
import { listDatasets } from '../datasets'
import { findOrganizationById, type Organization } from '../organizations'
import { issuePackageLink, type PackageLink, storePackage } from '../packages'
import { loadRegister } from '../register'
import { findClient, updateClient } from './client-repository'
import { contractEndJob } from './contract-end-job'
import { storedContractEndOutcome } from './contract-end-stored'
import {
  deleteContractEnd,
  findContractEnd,
  findContractEndById,
  insertContractEnd,
  listContractEnds,
  restartContractEnd,
  updateContractEnd,
} from './contract-ends-repository'

/**
 * The end of a contract with a client (Art. 28(3)(g) GDPR, issue 20 item 4, decision 0050): the client's choice is
 * recorded and carried out by the connector engine - a return exports the client's rows (every dataset that names
 * a clientField, and the rows hanging off them) into an encrypted answer package with a download link; a destroy
 * erases them through the same erasure as a request (retention rules and shared rows respected) and yields a
 * certificate of destruction.
 */

const ACTOR = systemActor('contract end')

export interface EndContractInput {
  choice: ContractEndChoice
  /** The day the client made its choice (ISO date). */
  decidedOn: string
  note?: string | undefined
}

/** Records the client's choice and starts the run; the job carries it out (or the caller, with queue: false). */
export async function endContract(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  clientId: string,
  input: EndContractInput,
  options: { queue?: boolean } = {},
): Promise<ProcessorContractEndRow> {
  const client = await findClient(ctx.db, org.id, clientId)
  if (!client) throw new NotFound('processor_client')
  const reference = client.system_reference
  if (!reference)
    throw new Conflict(
      'client_reference_missing',
      'The client has no system reference: set the value that marks its rows (the datasets’ clientField) first.',
    )
  const datasets = (await listDatasets(ctx.db, org.id)).filter((d) =>
    d.document.collections.some((c) => c.clientField !== undefined),
  )
  if (datasets.length === 0)
    throw new Conflict(
      'no_client_datasets',
      'No dataset names a clientField: the rows of one client cannot be found.',
    )
  // The end is recorded first: the unique index on a client's running end (migration 0043) lets one of two
  // simultaneous requests through; the other is refused before any run exists.
  const id = randomUUID()
  await claimEnd(ctx, {
    id,
    organizationId: org.id,
    clientId: client.id,
    clientName: client.name,
    choice: input.choice,
    decidedOn: input.decidedOn,
    note: input.note ?? '',
    reference,
    requestedBy: actor.label,
  })
  let runId: string
  try {
    runId = await startRun(ctx, actor, org, {
      action: input.choice === 'return' ? 'access' : 'erasure',
      dryRun: false,
      identities: [{ kind: 'client', value: reference }],
      datasets: datasets.map((d) => d.key),
      queue: false,
    })
  } catch (error) {
    // Refused (a legal hold, no dataset): nothing was started, so nothing is recorded.
    await deleteContractEnd(ctx.db, id)
    throw error
  }
  const row = await inTransaction(ctx, async (ctx) => {
    const row = await updateContractEnd(ctx.db, id, { run_id: runId })
    if (!row) throw new NotFound('contract_end')
    if (client.status !== 'ended') await updateClient(ctx.db, org.id, client.id, { status: 'ended' })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.contract_end_started',
      targetType: 'processor',
      targetId: id,
      summary: {
        client: client.name,
        choice: input.choice,
        decidedOn: input.decidedOn,
        runId,
        datasets: datasets.map((d) => d.key),
      },
    })
    return row
  })
  if (options.queue !== false) await ctx.jobs.send(contractEndJob, { id })
  return row
}

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

/** A unique violation of the one-running-end-per-client index (migration 0043): another end is under way. */
function isRunningTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown }
  return (
    code === '23505' && (constraint === undefined || constraint === 'processor_contract_ends_one_running')
  )
}

const alreadyRunning = () =>
  new Conflict('contract_end_running', 'The end of this contract is already being carried out.')

async function claimEnd(ctx: AppContext, row: Parameters<typeof insertContractEnd>[1]) {
  try {
    await inTransaction(ctx, async (tx) => {
      // A claim whose run never started (the process stopped in between) does not block for ever.
      await tx.db
        .updateTable('processor_contract_ends')
        .set({ status: 'failed', error: 'Interrupted before its run started.' })
        .where('client_id', '=', row.clientId)
        .where('status', '=', 'running')
        .where('run_id', 'is', null)
        .where('created_at', '<', new Date(Date.now() - 10 * 60_000))
        .execute()
      await insertContractEnd(tx.db, row)
    })
  } catch (error) {
    if (isRunningTaken(error)) throw alreadyRunning()
    throw error
  }
}

/**
 * Tries a failed end again: the same run resumes where it stopped (a destroy's certificate then covers every
 * system of the one run). Refused while another end of the client's contract is under way.
 */
export async function retryContractEnd(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  options: { queue?: boolean } = {},
): Promise<ProcessorContractEndRow> {
  const end = await findContractEnd(ctx.db, org.id, id)
  if (!end) throw new NotFound('contract_end')
  if (end.status !== 'failed' || !end.run_id)
    throw new Conflict('not_failed', 'Only an end of contract that failed can be tried again.', {
      params: { status: end.status },
    })
  let row: ProcessorContractEndRow | undefined
  try {
    row = await inTransaction(ctx, async (tx) => {
      const row = await restartContractEnd(tx.db, org.id, id)
      if (row)
        await recordAudit(tx.db, actor, {
          organizationId: org.id,
          action: 'processor.contract_end_retried',
          targetType: 'processor',
          targetId: id,
          summary: { client: end.client_name, choice: end.choice, runId: end.run_id, error: end.error },
        })
      return row
    })
  } catch (error) {
    if (isRunningTaken(error)) throw alreadyRunning()
    throw error
  }
  // Someone else retried it at the same moment.
  if (!row) throw alreadyRunning()
  if (options.queue !== false) await ctx.jobs.send(contractEndJob, { id })
  return row
}

export function outcomeOf(end: ProcessorContractEndRow): ContractEndOutcome | null {
  return end.outcome === null ? null : storedContractEndOutcome.read(end.outcome, end.id)
}

export function contractEndsOf(ctx: AppContext, org: Organization, clientId?: string) {
  return listContractEnds(ctx.db, org.id, clientId)
}

async function completedEnd(ctx: AppContext, org: Organization, id: string, choice: ContractEndChoice) {
  const end = await findContractEnd(ctx.db, org.id, id)
  if (!end) throw new NotFound('contract_end')
  if (end.status !== 'completed' || end.choice !== choice)
    throw new Conflict('contract_end_not_done', `Only a completed ${choice} has this.`, {
      params: { status: end.status, choice: end.choice },
    })
  return end
}

/** A new download link for the package of a completed return (the previous link stops working). */
export async function returnPackageLink(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
): Promise<PackageLink> {
  const end = await completedEnd(ctx, org, id, 'return')
  if (!end.package_id) throw new Conflict('contract_end_not_done', 'This return found no data to package.')
  return issuePackageLink(ctx, end.package_id, { actor, organizationId: org.id })
}

/** The certificate of destruction of a completed destroy, as a PDF in nl, fr or en. */
export async function contractEndCertificatePdf(
  ctx: AppContext,
  org: Organization,
  id: string,
  language: Language,
  now = new Date(),
): Promise<{ pdf: Buffer; filename: string }> {
  const end = await completedEnd(ctx, org, id, 'destroy')
  const outcome = outcomeOf(end)
  if (!outcome) throw new Conflict('contract_end_not_done', 'The outcome was not recorded.')
  const [register, client] = await Promise.all([
    loadRegister(ctx, org),
    end.client_id ? findClient(ctx.db, org.id, end.client_id) : Promise.resolve(undefined),
  ])
  const place = [org.postalCode, org.city].filter(Boolean).join(' ')
  const address = [org.street, place].filter(Boolean).join(', ')
  const name = org.legalName || org.name
  const ruleNames = new Map(
    register.retentionRules.map((r) => [r.key, textIn(r.name, language) ?? r.key] as const),
  )
  const certificate = contractEndCertificate(
    {
      processor: { name, enterpriseNumber: org.enterpriseNumber, address: address || null },
      client: {
        name: end.client_name,
        enterpriseNumber: client?.enterprise_number ?? null,
        reference: end.reference,
      },
      decidedOn: end.decided_on,
      requestedBy: end.requested_by,
      outcome,
      ruleNames,
      issuedAt: now,
    },
    language,
  )
  return {
    pdf: await renderFormPdf(certificate, name),
    filename: `destruction-certificate-${end.client_name}-${end.decided_on}-${language}.pdf`.replace(
      /[^A-Za-z0-9._-]/g,
      '_',
    ),
  }
}
