import { systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { buildPackage } from '../../domain/packages'
import type { RegisterDocument } from '../../domain/register/schema'
import { REQUEST_TYPE_INFO } from '../../domain/requests/request-types'
import { consentProofOfRequester } from '../../modules/consent'
import { listDatasets } from '../../modules/datasets'
import type { Organization } from '../../modules/organizations'
import { storePackage } from '../../modules/packages'
import {
  completeSystemTask,
  findRequest,
  insertTasks,
  journal,
  openRequesterEmail,
} from '../../modules/requests'
import { readStepData } from './execute-step'
import { packageInputFrom } from './package-input'
import { listSteps, type RunRow, type StepRow, updateRun, updateStep } from './run-repository'
import type { PlanSummary, ReadSummary } from './step-result'

const ACTOR = systemActor('connector engine')

const RESTRICT_BY_HAND: Record<'nl' | 'fr' | 'en', (dataset: string, collections: string) => string> = {
  nl: (d, c) => `Verwerking beperken in ${d} (${c}): dit systeem heeft geen vlag voor beperking`,
  fr: (d, c) => `Limiter le traitement dans ${d} (${c}) : ce système n'a pas d'indicateur de limitation`,
  en: (d, c) => `Restrict processing in ${d} (${c}): this system has no restriction flag`,
}

type Totals = ReturnType<typeof runTotals>

/** The proof on a system's checklist task, in the request's language (the request's internal checklist). */
const TASK_PROOF: Record<
  'nl' | 'fr' | 'en',
  (run: string, action: string, dataset: string, t: Totals, already?: string) => string
> = {
  nl: (r, a, d, t, already) =>
    already
      ? `Connectorrun ${r} (${a}, ${d}): al gewist door run ${already}; niets opnieuw gezocht of gewijzigd`
      : `Connectorrun ${r} (${a}, ${d}): ${t.rowsFound} gevonden, ${t.rowsUpdated} gewijzigd, ${t.rowsDeleted} verwijderd, ${t.rowsWithheld} bewaard` +
        (t.rowsShared > 0 ? `, waarvan ${t.rowsShared} gedeeld met andere records (niet gewist)` : '') +
        (t.rowsLegalHold > 0
          ? `, waarvan ${t.rowsLegalHold} bewaard onder een juridische blokkering (niet gewist)`
          : '') +
        (t.rowsHeldNoEnd > 0
          ? `, waarvan ${t.rowsHeldNoEnd} bewaard zonder einddatum (wettelijke termijn of tot een gebeurtenis; niet automatisch gewist)`
          : ''),
  fr: (r, a, d, t, already) =>
    already
      ? `Exécution des connecteurs ${r} (${a}, ${d}) : déjà effacé par l'exécution ${already} ; rien n'a été recherché ni modifié à nouveau`
      : `Exécution des connecteurs ${r} (${a}, ${d}) : ${t.rowsFound} trouvés, ${t.rowsUpdated} modifiés, ${t.rowsDeleted} supprimés, ${t.rowsWithheld} conservés` +
        (t.rowsShared > 0
          ? `, dont ${t.rowsShared} partagés avec d'autres enregistrements (non effacés)`
          : '') +
        (t.rowsLegalHold > 0 ? `, dont ${t.rowsLegalHold} conservés sous gel juridique (non effacés)` : '') +
        (t.rowsHeldNoEnd > 0
          ? `, dont ${t.rowsHeldNoEnd} conservés sans date de fin (durée légale ou jusqu'à un événement\u202f; jamais effacés automatiquement)`
          : ''),
  en: (r, a, d, t, already) =>
    already
      ? `Connector run ${r} (${a}, ${d}): already erased by run ${already}; nothing searched or changed again`
      : `Connector run ${r} (${a}, ${d}): ${t.rowsFound} found, ${t.rowsUpdated} updated, ${t.rowsDeleted} deleted, ${t.rowsWithheld} kept` +
        (t.rowsShared > 0 ? `, of which ${t.rowsShared} shared with other records (not erased)` : '') +
        (t.rowsLegalHold > 0 ? `, of which ${t.rowsLegalHold} kept under a legal hold (not erased)` : '') +
        (t.rowsHeldNoEnd > 0
          ? `, of which ${t.rowsHeldNoEnd} kept with no end date (statutory period or until an event; never erased automatically)`
          : ''),
}

/** Totals over the steps of a run, for lists and the request history. */
function runTotals(steps: readonly StepRow[]) {
  let found = 0
  let updated = 0
  let deleted = 0
  let withheld = 0
  let shared = 0
  let legalHold = 0
  let heldNoEnd = 0
  for (const step of steps) {
    const result = step.result as Partial<ReadSummary & PlanSummary>
    found += (result.read ?? []).reduce((n, c) => n + c.found, 0)
    for (const change of result.changes ?? []) {
      updated += change.updated ?? change.toUpdate
      deleted += change.deleted ?? change.toDelete
      withheld += change.withheld.reduce((n, w) => n + w.rows, 0)
      shared += change.withheld.reduce((n, w) => n + (w.reason.kind === 'shared' ? w.rows : 0), 0)
      legalHold += change.withheld.reduce((n, w) => n + (w.reason.kind === 'legal_hold' ? w.rows : 0), 0)
      heldNoEnd += change.withheld.reduce(
        (n, w) => n + (w.reason.kind === 'retention' && w.reason.until === null ? w.rows : 0),
        0,
      )
    }
  }
  return {
    datasets: steps.length,
    manual: steps.filter((s) => s.status === 'manual').length,
    rowsFound: found,
    rowsUpdated: updated,
    rowsDeleted: deleted,
    rowsWithheld: withheld,
    rowsShared: shared,
    rowsLegalHold: legalHold,
    rowsHeldNoEnd: heldNoEnd,
    alreadyErased: steps.filter((s) => (s.result as Partial<PlanSummary>).alreadyErased).length,
  }
}

/** The systems of the steps whose rows a legal hold on the whole system kept, each once. */
function legalHoldSystems(steps: readonly StepRow[]): string[] {
  const systems = new Set<string>()
  for (const step of steps)
    for (const change of (step.result as Partial<PlanSummary>).changes ?? [])
      if (change.withheld.some((w) => w.reason.kind === 'legal_hold' && w.reason.scope === 'system'))
        systems.add(step.system_key)
  return [...systems].sort()
}

/**
 * Completes a run whose steps are all done: for access and portability, builds the answer package from the rows
 * read (then forgets them), stores it encrypted and records it; writes the outcome to the request's history.
 */
export async function finishRun(
  ctx: AppContext,
  org: Organization,
  run: RunRow,
  register: RegisterDocument,
  now: Date,
): Promise<void> {
  const steps = await listSteps(ctx.db, [run.id])
  const totals = runTotals(steps)
  const request = run.request_id ? await findRequest(ctx.db, run.organization_id, run.request_id) : undefined
  let packageId: string | null = null
  // The consent choices recorded for the person are data about them too (access only: Art. 15).
  const consent =
    run.action === 'access' && !run.dry_run && request
      ? await consentProofOfRequester(ctx, run.organization_id, {
          email: openRequesterEmail(ctx.encryption, request),
          subjectId: request.subject_id,
        })
      : null
  // Nothing found on the person: no package is stored (the letter says no data was found).
  const packaged = totals.rowsFound > 0 || consent !== null
  if ((run.action === 'access' || run.action === 'portability') && !run.dry_run && request && packaged) {
    const datasets = await listDatasets(ctx.db, run.organization_id)
    const read = steps.flatMap((step) => {
      const data = readStepData(ctx, step)
      const dataset = datasets.find((d) => d.key === step.dataset_key)
      return data && dataset ? [{ document: dataset.document, read: data }] : []
    })
    const built = buildPackage(
      packageInputFrom({
        kind: run.action,
        language: request.language,
        now,
        org,
        register,
        request: { reference: request.reference, receivedAt: request.received_at },
        datasets: read,
        consent,
      }),
    )
    const stored = await storePackage(ctx, {
      organizationId: run.organization_id,
      requestId: request.id,
      runId: run.id,
      language: request.language,
      zip: built.zip,
      fileName: built.fileName,
    })
    packageId = stored.id
    for (const step of steps)
      if (step.data_encrypted) await updateStep(ctx.db, step.id, { data_encrypted: null })
  }
  const noData = (run.action === 'access' || run.action === 'portability') && !packaged
  if (noData)
    for (const step of steps)
      if (step.data_encrypted) await updateStep(ctx.db, step.id, { data_encrypted: null })
  const summary = { ...totals, ...(packageId ? { packageId } : {}), ...(noData ? { noData: true } : {}) }
  await inTransaction(ctx, async (ctx) => {
    await updateRun(ctx.db, run.id, { status: 'completed', finished_at: new Date(), error: null, summary })
    const held = legalHoldSystems(steps)
    const data = {
      runId: run.id,
      action: run.action,
      dryRun: run.dry_run,
      ...summary,
      // The systems whose rows a hold on the whole system kept (decision 0115): the answer letter names them.
      ...(held.length ? { legalHoldSystems: held } : {}),
    }
    if (request && !run.dry_run) {
      // The checklist task of each system the engine handled is done, with the run as its proof.
      for (const step of steps.filter((s) => s.status === 'done')) {
        const counts = runTotals([step])
        await completeSystemTask(ctx.db, request.id, step.system_key, {
          by: ACTOR.label,
          proof: TASK_PROOF[request.language](
            run.id,
            REQUEST_TYPE_INFO[run.action].label[request.language],
            step.dataset_key,
            counts,
            (step.result as Partial<PlanSummary>).alreadyErased?.runId,
          ).slice(0, 2000),
        })
      }
    }
    if (request && !run.dry_run && run.action === 'restriction') {
      // Collections without a restriction flag field: an agent restricts them by hand.
      const manual = steps.flatMap((step) => {
        const collections = (step.result as Partial<PlanSummary>).manual ?? []
        return collections.length > 0 ? [{ step, collections }] : []
      })
      await insertTasks(
        ctx.db,
        run.organization_id,
        request.id,
        manual.map(({ step, collections }) => ({
          systemKey: step.system_key,
          title: RESTRICT_BY_HAND[request.language](step.dataset_key, collections.join(', ')).slice(0, 500),
        })),
      )
    }
    if (request) {
      await journal(ctx.db, ctx.encryption, ACTOR, run.organization_id, request, [
        {
          action: run.dry_run ? 'request.connectors_dry_run' : 'request.connectors_completed',
          at: new Date(),
          data,
        },
      ])
    } else {
      await recordAudit(ctx.db, ACTOR, {
        organizationId: run.organization_id,
        action: 'connector_run.completed',
        targetType: 'connector_run',
        targetId: run.id,
        summary: data,
      })
    }
  })
}
