import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { ProcessorContractEndRow } from '../../db/schema'
import { Conflict, NotFound } from '../../domain/errors'
import type { ContractEndChoice, ContractEndOutcome } from '../../domain/processors/contract-end'
import { startRun } from '../connector-runs'
import { listDatasets } from '../datasets'
import type { Organization } from '../organizations'
import { findClient, updateClient } from './client-repository'
import { contractEndJob } from './contract-end-job'
import { storedContractEndOutcome } from './contract-end-stored'
import {
  deleteContractEnd,
  findContractEnd,
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
