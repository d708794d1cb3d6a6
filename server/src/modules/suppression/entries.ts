import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction, type TxContext } from '../../context'
import type {
  OptInChannel,
  SuppressionChannel,
  SuppressionKind,
  SuppressionReason,
  SuppressionSource,
} from '../../db/schema'
import { InvalidInput, NotFound } from '../../domain/errors'
import {
  maskIdentifier,
  normaliseEmail,
  normalisePhoneE164,
  normalisePostalAddress,
} from '../../domain/suppression/normalise'
import { normalisePersonName, robinsonKey } from '../../domain/suppression/robinson'
import type { Organization } from '../organizations'
import { type IdentifierKey, identifierKey } from './keys'
import {
  deleteEntry,
  deleteOptIn,
  type EntryRow,
  insertEntry,
  type OptInRow,
  upsertOptIn,
} from './repository'

export interface EntryInput {
  kind: SuppressionKind
  value: string
  reason: SuppressionReason
  /** Objections and erasures concern every channel; an unsubscribe one channel (default: e-mail). */
  channel?: 'email' | 'phone' | 'post' | undefined
  note?: string | undefined
}

const INVALID_CODE = { email: 'invalid_email', phone: 'invalid_phone', postal: 'invalid' } as const

function normalised(kind: SuppressionKind, value: string, path: string): string {
  const result =
    kind === 'email'
      ? normaliseEmail(value)
      : kind === 'phone'
        ? normalisePhoneE164(value)
        : normalisePostalAddress(value)
  if (!result.ok)
    throw new InvalidInput([
      { path, code: INVALID_CODE[kind], message: `Not a readable ${kind} identifier.` },
    ])
  return result.value
}

function channelOf(input: EntryInput): SuppressionChannel {
  if (input.reason !== 'unsubscribe') return 'all'
  return input.channel ?? 'email'
}

async function addEntryIn(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  input: EntryInput,
  source: SuppressionSource,
  requestId: string | null,
): Promise<EntryRow> {
  const value = normalised(input.kind, input.value, 'body.value')
  const key = await identifierKey(ctx.db, ctx.encryption, org.id)
  const { entry, created } = await insertEntry(ctx.db, {
    organizationId: org.id,
    kind: input.kind,
    hash: key.hash(input.kind, value),
    masked: maskIdentifier(input.kind, value),
    reason: input.reason,
    channel: channelOf(input),
    source,
    requestId,
    note: input.note ?? '',
    createdBy: actor.label,
  })
  if (created)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'suppression.entry_added',
      targetType: 'suppression',
      targetId: entry.id,
      summary: {
        kind: entry.kind,
        masked: entry.masked,
        reason: entry.reason,
        channel: entry.channel,
        source,
      },
    })
  return entry
}

/** Suppresses an identifier: only its keyed hash and a masked form are kept, so it outlives the person's erasure. */
export function addSuppression(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: EntryInput,
  source: SuppressionSource = 'staff',
): Promise<EntryRow> {
  return inTransaction(ctx, (ctx) => addEntryIn(ctx, actor, org, input, source, null))
}

/**
 * A verified objection to direct marketing (Art. 21(2)-(3)) from the request portal: the requester's e-mail
 * address and every phone number the subject index knows of the person go on the suppression list (every
 * channel). A number that cannot be read as a phone number is skipped: there is nothing to match it with.
 */
export async function suppressObjection(
  ctx: TxContext,
  actor: Actor,
  org: Organization,
  input: { email?: string | null | undefined; phones?: readonly string[]; requestId: string },
): Promise<EntryRow[]> {
  const identifiers: { kind: 'email' | 'phone'; value: string }[] = [
    ...(input.email ? [{ kind: 'email' as const, value: input.email }] : []),
    ...(input.phones ?? []).map((value) => ({ kind: 'phone' as const, value })),
  ]
  const rows: EntryRow[] = []
  for (const identifier of identifiers) {
    try {
      rows.push(
        await addEntryIn(
          ctx,
          actor,
          org,
          { ...identifier, reason: 'objection' },
          'portal_request',
          input.requestId,
        ),
      )
    } catch (error) {
      if (!(error instanceof InvalidInput) || identifier.kind === 'email') throw error
    }
  }
  return rows
}

export async function removeSuppression(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await inTransaction(ctx, async (ctx) => {
    const row = await deleteEntry(ctx.db, org.id, id)
    if (!row) throw new NotFound('suppression_entry')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'suppression.entry_removed',
      targetType: 'suppression',
      targetId: id,
      summary: { kind: row.kind, masked: row.masked, reason: row.reason, channel: row.channel },
    })
  })
}

export interface OptInInput {
  /** phone (default): calls despite the DNCM list; post: addressed post despite the Robinson Mail list. */
  channel?: OptInChannel | undefined
  phone?: string | undefined
  /** For post: the person's name and postal address, as the Robinson list holds them. */
  name?: string | undefined
  address?: string | undefined
  givenOn: string
  evidence?: string | undefined
}

function required(value: string | undefined, path: string): string {
  if (value === undefined || value.trim() === '')
    throw new InvalidInput([{ path, code: 'required', message: 'Required.' }])
  return value
}

/** The hash and masked form of what an opt-in is about: a phone number, or a name and postal address. */
function optInIdentifier(key: IdentifierKey, input: OptInInput): { hash: Buffer; masked: string } {
  if ((input.channel ?? 'phone') === 'phone') {
    const value = normalised('phone', required(input.phone, 'body.phone'), 'body.phone')
    return { hash: key.hash('phone', value), masked: maskIdentifier('phone', value) }
  }
  const name = required(input.name, 'body.name')
  const address = normalised('postal', required(input.address, 'body.address'), 'body.address')
  const person = normalisePersonName(name)
  if (person === null)
    throw new InvalidInput([{ path: 'body.name', code: 'invalid', message: 'A name with letters.' }])
  const k = robinsonKey(name, address)
  if (k === null)
    throw new InvalidInput([{ path: 'body.address', code: 'invalid', message: 'Not a readable address.' }])
  const initials = person
    .split(' ')
    .map((w) => `${w.slice(0, 1)}.`)
    .join(' ')
  return { hash: key.hash('robinson', k), masked: `${initials}, ${maskIdentifier('postal', address)}` }
}

/**
 * The holder of a number asked this organisation to call: calls are allowed even while it is on the DNCM list.
 * By post: the person asked for this organisation's post, which is then sent even while they are on the Robinson
 * Mail list.
 */
export function addOptIn(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: OptInInput,
): Promise<OptInRow> {
  return inTransaction(ctx, async (ctx) => {
    const key = await identifierKey(ctx.db, ctx.encryption, org.id)
    const channel = input.channel ?? 'phone'
    const { hash, masked } = optInIdentifier(key, input)
    const row = await upsertOptIn(ctx.db, {
      organizationId: org.id,
      channel,
      hash,
      masked,
      givenOn: input.givenOn,
      evidence: input.evidence ?? '',
      createdBy: actor.label,
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'suppression.opt_in_added',
      targetType: 'suppression',
      targetId: row.id,
      summary: { channel, masked: row.masked, givenOn: row.given_on },
    })
    return row
  })
}

export async function removeOptIn(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await inTransaction(ctx, async (ctx) => {
    const row = await deleteOptIn(ctx.db, org.id, id)
    if (!row) throw new NotFound('opt_in')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'suppression.opt_in_removed',
      targetType: 'suppression',
      targetId: id,
      summary: { masked: row.masked },
    })
  })
}
