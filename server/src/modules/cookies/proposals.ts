import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type { ScanResult } from '../../domain/cookies/findings'
import {
  type AcceptRefusal,
  type ProposalChoice,
  withProposal,
  withServiceOrigin,
} from '../../domain/cookies/proposal-accept'
import { inInventory, proposalsFromScan } from '../../domain/cookies/proposals'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import { storeInventoryVersion } from './inventory'
import {
  decideProposal,
  lockProposal,
  proposalsWithStatus,
  type StoredProposal,
  upsertProposals,
} from './proposal-repository'
import { latestInventory } from './repository'

/** After a completed scan: what it saw outside the inventory becomes a proposal (dismissed ones stay dismissed). */
export async function proposeFromScan(
  ctx: AppContext,
  org: Organization,
  scanId: string,
  result: ScanResult,
) {
  const latest = await latestInventory(ctx.db, org.id)
  const drafts = proposalsFromScan(result, latest?.inventory ?? { services: [] }, org.name)
  await upsertProposals(ctx.db, org.id, scanId, drafts)
}

/**
 * The open proposals (those the inventory lists by now, added by hand, are left out) and the dismissed ones, so
 * that a person sees what will not be proposed again.
 */
export async function proposalsOf(ctx: AppContext, org: Organization) {
  const [latest, open, dismissed] = await Promise.all([
    latestInventory(ctx.db, org.id),
    proposalsWithStatus(ctx.db, org.id, 'open'),
    proposalsWithStatus(ctx.db, org.id, 'dismissed'),
  ])
  const inventory = latest?.inventory ?? { services: [] }
  return {
    open: open
      .filter((p) => !inInventory(inventory, p))
      .map((p) => ({ ...p, suggestion: withServiceOrigin(inventory, p.suggestion) })),
    dismissed,
  }
}

async function openProposal(tx: TxContext, org: Organization, id: string) {
  const proposal = await lockProposal(tx.db, org.id, id)
  if (!proposal) throw new NotFound('cookie_proposal')
  if (proposal.status !== 'open')
    throw new Conflict('proposal_decided', `This proposal was already ${proposal.status}.`, {
      params: { status: proposal.status },
    })
  return proposal
}

/**
 * Adds the proposal to the inventory as a new version (the banner asks every visitor again), with the category,
 * purpose and duration the person chose over the suggested ones.
 */
export async function acceptProposal(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  choice: ProposalChoice,
): Promise<{ proposal: StoredProposal; version: number }> {
  return inTransaction(ctx, async (ctx) => {
    const proposal = await openProposal(ctx, org, id)
    const note = `Added from the cookie scan: ${proposal.subject}`
    const version = await storeInventoryVersion(
      ctx,
      actor,
      org,
      (latest) => {
        if (inInventory(latest, proposal))
          throw new Conflict('already_in_inventory', `${proposal.subject} is in the inventory already.`)
        const suggestion = withServiceOrigin(latest, proposal.suggestion)
        const outcome = withProposal(latest, { ...proposal, suggestion }, choice)
        if ('inventory' in outcome) return outcome.inventory
        throw new InvalidInput([refusalIssue(outcome.refused)])
      },
      note,
    )
    const decided = await decideProposal(ctx.db, proposal.id, {
      status: 'accepted',
      by: actor.type === 'user' ? actor.id : null,
      inventoryVersion: version,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'cookie_proposal.accepted',
      targetType: 'cookie_proposal',
      targetId: proposal.id,
      summary: { kind: proposal.kind, subject: proposal.subject, version },
    })
    return { proposal: decided, version }
  })
}

const REFUSAL_TEXT: Record<AcceptRefusal['field'], (r: AcceptRefusal) => string> = {
  category: (r) =>
    r.service
      ? `The service ${r.service.name} is in the category ${r.service.category}; its cookies are too.`
      : 'The catalogue does not know it: choose its category.',
  provider: () => 'A third party the catalogue does not know sets it: say which company (the provider).',
  thirdCountry: (r) =>
    r.code === 'required'
      ? "Say where the provider keeps the data: a country outside the EU/EEA, or 'none'."
      : `${r.params?.value} is in the EU/EEA: choose 'none'.`,
  purpose: () => 'The declaration tells visitors what each cookie is for: give its purpose.',
  duration: () => 'The declaration tells visitors how long each cookie is kept: give its duration.',
  name: (r) =>
    r.code === 'too_big'
      ? `Longer than ${MAX_NAME_TEXT} characters: give a pattern with * that matches it.`
      : r.params?.other
        ? `The pattern ${r.params.value} also covers ${r.params.other}, which the inventory lists already: make it narrower.`
        : r.params?.minimum
          ? `A pattern keeps at least the first ${r.params.minimum} characters of the name before its *, and matches the name.`
          : 'The inventory cannot hold this name: give a pattern with * that matches it.',
  hosts: (r) =>
    `The inventory cannot hold the host ${r.params?.value}: add the service by hand on the Cookies page.`,
  serviceId: (r) =>
    r.service
      ? `The service ${r.service.name} holds ${r.params?.maximum} ${r.params?.kind} already, the most it can: remove one first.`
      : r.params?.maximum
        ? `The inventory holds ${r.params.maximum} services already, the most it can.`
        : 'The inventory cannot hold this host.',
}
const MAX_NAME_TEXT = 200

/**
 * The 422 field issue of a refused acceptance: body fields, suggestion.serviceId for the service's limits (params.kind
 * says of what: cookies, hosts or services), suggestion.hosts for a host the inventory cannot hold.
 */
function refusalIssue(r: AcceptRefusal) {
  return {
    path: r.field === 'serviceId' || r.field === 'hosts' ? `suggestion.${r.field}` : `body.${r.field}`,
    code: r.code,
    message: REFUSAL_TEXT[r.field](r),
    ...(r.field === 'category' && r.service
      ? { params: { value: r.service.category } }
      : r.params
        ? { params: r.params }
        : {}),
  }
}

/** Dismisses the proposal: the same name or host is not proposed again. */
export async function dismissProposal(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
): Promise<StoredProposal> {
  return inTransaction(ctx, async (ctx) => {
    const proposal = await openProposal(ctx, org, id)
    const decided = await decideProposal(ctx.db, proposal.id, {
      status: 'dismissed',
      by: actor.type === 'user' ? actor.id : null,
      inventoryVersion: null,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'cookie_proposal.dismissed',
      targetType: 'cookie_proposal',
      targetId: proposal.id,
      summary: { kind: proposal.kind, subject: proposal.subject },
    })
    return decided
  })
}
