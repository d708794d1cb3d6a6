import { sql } from 'kysely'
import type { Actor } from '../../audit/actor'
import { roleMay } from '../../auth/policy'
import { type AppContext, inTransaction } from '../../context'
import { NotFound } from '../../domain/errors'
import { textIn } from '../../domain/register/localized'
import type { RegisterDocument } from '../../domain/register/schema'
import {
  type ActionInputs,
  type CompletionDetails,
  processorRoutes,
  type RequestAction,
  transition,
} from '../../domain/requests'
import { dispatchQueuedMail } from '../../mail/outbox'
import { clientRoute } from '../client-routing'
import { consentPurposesOf, withdrawConsentForRequest } from '../consent'
import type { Organization } from '../organizations'
import { deadlineOptions } from '../organizations'
import { loadRegister } from '../register'
import type { ActionBody } from './action-schemas'
import { type ForwardTarget, forwardToController } from './forwarding'
import type { JournalEntry } from './journal'
import { openRequesterEmail, requestOf } from './personal'
import { requestActions } from './policy'
import { requestProblem, transitionProblem } from './problems'
import { registerChoices, unknownRegisterKeys } from './register-choices'
import { findHandler, lockRequest } from './repository'
import { applyTransition } from './transition'

/** Turns the API body of an action into the domain's input, checking it against the register and the members. */
async function domainInput<A extends RequestAction>(
  ctx: AppContext,
  org: Organization,
  register: RegisterDocument,
  action: A,
  body: ActionBody<A>,
): Promise<{ input: ActionInputs[A]; forwardTo?: ForwardTarget }> {
  const typed = { action, body } as {
    [K in RequestAction]: { action: K; body: ActionBody<K> }
  }[RequestAction]
  switch (typed.action) {
    case 'assign': {
      await checkAssignee(ctx, org, typed.body.assigneeId, 'body.assigneeId')
      return { input: typed.body as ActionInputs[A] }
    }
    case 'forward_to_controller': {
      const { activityKey, client, clientId, controller } = typed.body
      if (clientId !== undefined) return (await toClient(ctx, org, register, clientId, activityKey)) as never
      if (activityKey === undefined) {
        return {
          input: {
            controller: controller as ActionInputs['forward_to_controller']['controller'],
          } as ActionInputs[A],
          forwardTo: { activityName: null },
        }
      }
      const routes = processorRoutes(register, [activityKey])
      if (routes.length === 0) {
        throw requestProblem(
          422,
          'not_processor_activity',
          `The register has no processor activity "${activityKey}" with a client to forward to.`,
          [{ path: 'body.activityKey', message: 'Not a processor activity of the register with a client' }],
        )
      }
      const chosen = client
        ? routes.filter((r) => r.controller.name.toLocaleLowerCase() === client.toLocaleLowerCase())
        : routes
      const [route] = chosen
      if (chosen.length !== 1 || route === undefined) {
        throw requestProblem(
          422,
          client ? 'client_not_of_activity' : 'client_required',
          client
            ? `"${client}" is not a client of the activity "${activityKey}".`
            : `The activity "${activityKey}" is done for several clients: name the client.`,
          [{ path: 'body.client', message: `One of: ${routes.map((r) => r.controller.name).join(', ')}` }],
        )
      }
      return {
        input: { controller: controller ?? route.controller, activityKey } as ActionInputs[A],
        forwardTo: { activityName: textIn(route.activityName, org.defaultLanguage) ?? activityKey },
      }
    }
    case 'complete':
    case 'partially_refuse': {
      const details = typed.body.details as CompletionDetails
      const errors = unknownRegisterKeys(details, registerChoices(register))
      // A withdrawal is recorded in the consent chain: only a purpose someone can consent to can be withdrawn.
      const withdrawn = details.withdrawConsent?.purposes ?? []
      if (withdrawn.length > 0) {
        const consentPurposes = await consentPurposesOf(ctx, org.id, { fresh: true })
        for (const [i, value] of withdrawn.entries()) {
          const path = `body.details.withdrawConsent.purposes.${i}`
          if (!consentPurposes.has(value) && !errors.some((e) => e.path === path))
            errors.push({
              path,
              message: 'Not a purpose of the register with legal basis consent',
              code: 'unknown_purpose',
              value,
            })
        }
      }
      if (errors.length > 0) {
        throw requestProblem(
          422,
          'unknown_register_keys',
          'The answer names data categories, retention rules, activities or purposes the register does not have (a withdrawal names consent purposes).',
          errors,
        )
      }
      return { input: typed.body as unknown as ActionInputs[A] }
    }
    default:
      return { input: typed.body as unknown as ActionInputs[A] }
  }
}

/**
 * Forwarding to a client of the Processors page: the request goes to the client's contact for requests, in the
 * client's language. The subject's letter names the client as the controller who answers; the client's internal
 * contact address is not passed on to the subject.
 */
async function toClient(
  ctx: AppContext,
  org: Organization,
  register: RegisterDocument,
  clientId: string,
  activityKey: string | undefined,
): Promise<{ input: ActionInputs['forward_to_controller']; forwardTo: ForwardTarget }> {
  const client = await clientRoute(ctx, org, register, clientId)
  if (!client) {
    throw requestProblem(422, 'unknown_client', 'The organisation has no client with this id.', [
      { path: 'body.clientId', message: 'Not a client of the Processors page' },
    ])
  }
  if (activityKey !== undefined && !client.activityKeys.includes(activityKey)) {
    throw requestProblem(
      422,
      'client_not_of_activity',
      `"${activityKey}" is not an activity done for ${client.name}.`,
      [{ path: 'body.activityKey', message: `One of: ${client.activityKeys.join(', ') || '(none)'}` }],
    )
  }
  const key = activityKey ?? (client.activityKeys.length === 1 ? client.activityKeys[0] : undefined)
  const activity = key ? register.activities.find((a) => a.key === key) : undefined
  return {
    input: { controller: { name: client.name }, ...(key ? { activityKey: key } : {}) },
    forwardTo: {
      activityName: key ? (textIn(activity?.name, client.language) ?? key) : null,
      client,
    },
  }
}

async function checkAssignee(ctx: AppContext, org: Organization, userId: string | null, path: string) {
  if (userId === null) return
  const handler = await findHandler(ctx.db, org.id, userId)
  if (!handler || !roleMay(handler.role, requestActions.handle)) {
    throw requestProblem(
      422,
      'assignee_not_handler',
      'The assignee must be a member who may handle requests.',
      [{ path, message: 'Not a member who may handle requests' }],
    )
  }
}

/**
 * An erasure's answer names the systems whose data the request's erasure kept under a legal hold on the whole
 * system (decision 0115): as the request's latest erasure run recorded them in its history, never taken from the
 * caller.
 */
async function withLegalHoldKeeps(
  ctx: AppContext,
  org: Organization,
  requestId: string,
  input: ActionInputs['complete'],
): Promise<ActionInputs['complete']> {
  const erasure = input.details.erasure
  if (!erasure) return input
  const latest = await ctx.db
    .selectFrom('request_events')
    .select('data')
    .where('organization_id', '=', org.id)
    .where('request_id', '=', requestId)
    .where('kind', '=', 'request.connectors_completed')
    .where(sql<boolean>`data->>'action' = 'erasure'`)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  const recorded = (latest?.data as { legalHoldSystems?: unknown } | undefined)?.legalHoldSystems
  const systems = Array.isArray(recorded) ? recorded.filter((s): s is string => typeof s === 'string') : []
  const { keptUnderLegalHold: _sent, ...rest } = erasure
  return {
    ...input,
    details: { ...input.details, erasure: systems.length ? { ...rest, keptUnderLegalHold: systems } : rest },
  }
}

/** Runs one action of the workflow on a request. */
export async function performAction<A extends RequestAction>(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  action: A,
  body: ActionBody<A>,
): Promise<void> {
  const register = await loadRegister(ctx, org)
  const { input: given, forwardTo } = await domainInput(ctx, org, register, action, body)
  const input =
    action === 'complete' || action === 'partially_refuse'
      ? ((await withLegalHoldKeeps(ctx, org, id, given as ActionInputs['complete'])) as ActionInputs[A])
      : given
  const { mailIds, withdrawal } = await inTransaction(ctx, async (ctx) => {
    const row = await lockRequest(ctx.db, org.id, id)
    if (!row) throw new NotFound('request')
    const current = requestOf(ctx.encryption, row)
    const at = new Date()
    const result = transition(current, action, at, input, deadlineOptions(org))
    if (!result.ok) throw transitionProblem(result.reason)
    const extra: JournalEntry[] = []
    const mailIds: string[] = []
    if (action === 'forward_to_controller' && result.request.forwarding) {
      const forwarded = await forwardToController(
        ctx,
        org,
        register,
        result.request,
        forwardTo ?? { activityName: null },
        at,
      )
      extra.push(forwarded.entry)
      if (forwarded.mailId) mailIds.push(forwarded.mailId)
    }
    const applied = await applyTransition(ctx, actor, org, register, result, at, {}, extra)
    const decision = result.request.decision
    const purposes =
      (action === 'complete' || action === 'partially_refuse') &&
      result.request.types.includes('withdraw_consent') &&
      !decision?.refusedTypes.includes('withdraw_consent')
        ? (decision?.details?.withdrawConsent?.purposes ?? [])
        : []
    return {
      mailIds: [...applied.mailIds, ...mailIds],
      withdrawal:
        purposes.length > 0
          ? {
              purposes,
              email: openRequesterEmail(ctx.encryption, row),
              subjectId: row.subject_id,
              request: result.request,
            }
          : null,
    }
  })
  // The consent chain is written by its own batched log (decision 0032), once the answer is committed.
  if (withdrawal)
    await withdrawConsentForRequest(ctx, {
      organizationId: org.id,
      person: { email: withdrawal.email, subjectId: withdrawal.subjectId },
      purposes: withdrawal.purposes,
      kind: 'request',
      request: {
        reference: withdrawal.request.reference,
        channel: withdrawal.request.channel,
        language: withdrawal.request.language,
      },
      recordedBy: actor,
    })
  await dispatchQueuedMail(ctx, mailIds)
}

export async function setAssignee(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  assigneeId: string | null,
) {
  await performAction(ctx, actor, org, id, 'assign', { assigneeId })
}
