import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { executeRun } from '../../connectors/engine/execute-run'
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
import { contractEndJob } from './contract-end-job'
import { storedContractEndOutcome } from './contract-end-stored'
import {
  findContractEnd,
  findContractEndById,
  findRunningEnd,
  insertContractEnd,
  listContractEnds,
  updateContractEnd,
} from './contract-ends-repository'
import { findClient, updateClient } from './repository'

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
  if (await findRunningEnd(ctx.db, org.id, client.id))
    throw new Conflict('contract_end_running', 'The end of this contract is already being carried out.')
  const runId = await startRun(ctx, actor, org, {
    action: input.choice === 'return' ? 'access' : 'erasure',
    dryRun: false,
    identities: [{ kind: 'client', value: reference }],
    datasets: datasets.map((d) => d.key),
    queue: false,
  })
  const id = randomUUID()
  const row = await inTransaction(ctx, async (ctx) => {
    const row = await insertContractEnd(ctx.db, {
      id,
      organizationId: org.id,
      clientId: client.id,
      clientName: client.name,
      choice: input.choice,
      decidedOn: input.decidedOn,
      note: input.note ?? '',
      reference,
      runId,
      requestedBy: actor.label,
    })
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
  if (!end || end.status === 'completed' || !end.run_id) return
  try {
    await executeRun(ctx, end.run_id)
  } catch (error) {
    await updateContractEnd(ctx.db, end.id, {
      status: 'failed',
      error: (error instanceof Error ? error.message : String(error)).slice(0, 2000),
    })
    throw error
  }
  const run = await findRunById(ctx.db, end.run_id)
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
