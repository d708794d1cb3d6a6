import { randomUUID } from 'node:crypto'
import { type Actor, systemActor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { safeEqual } from '../../crypto/tokens'
import type { SubprocessorChangeRow, SubprocessorVendor } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { Conflict, DomainError, NotFound } from '../../domain/errors'
import { formatDate } from '../../domain/requests/format'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import { contactsOf } from '../client-routing'
import { findOrganizationById, type Organization } from '../organizations'
import { deleteEntry, KIND_BY_NAME, loadRegister, saveEntry } from '../register'
import {
  confirmedSubscribers,
  dueChanges,
  findChange,
  insertChange,
  insertObjection,
  listObjections,
  lockChange,
  objectionDaysOf,
  setChangeStatus,
} from './change-repository'
import { findClient, listClients } from './client-repository'
import { objectionSignature, objectionUrl, subprocessorsPageUrl } from './links'
import { unsubscribeUrl } from './subscribers'

const DAY_MS = 86_400_000
const PAGE_ACTOR = systemActor('sub-processor page')
const CHANGES_ACTOR = systemActor('sub-processor changes')

export interface ChangeInput {
  kind: 'add' | 'remove'
  vendor: SubprocessorVendor
  note?: string | undefined
  /** Days to object; the organisation's setting (default 7) when absent. */
  windowDays?: number | undefined
}

/**
 * Announces a sub-processor change: every active client (at its notification address, in its language) and every
 * confirmed subscriber is mailed through the outbox in the same transaction; clients get a signed link to object.
 * The change takes effect when the window has passed (the `processors.changes` job), not before.
 */
export async function announceChange(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: ChangeInput,
  now: Date = new Date(),
) {
  if (input.kind === 'remove') {
    const existing = (await loadRegister(ctx, org)).vendors.find((v) => v.key === input.vendor.key)
    if (!existing) throw new NotFound('register_entry')
  }
  const windowDays = input.windowDays ?? (await objectionDaysOf(ctx.db, org.id))
  const id = randomUUID()
  const effectiveAt = new Date(now.getTime() + windowDays * DAY_MS)
  const clients = (await listClients(ctx.db, org.id)).filter((c) => c.status === 'active')
  const subscribers = await confirmedSubscribers(ctx.db, org.id)
  const organizationName = org.legalName || org.name
  const base = {
    organizationName,
    kind: input.kind,
    vendorName: input.vendor.name,
    vendorCountry: input.vendor.country,
    services: input.vendor.services ?? null,
    note: input.note?.trim() ? input.note.trim() : null,
    effectiveDate: formatDate(toBrusselsDate(effectiveAt)),
    windowDays,
    pageUrl: subprocessorsPageUrl(ctx, org.slug),
  }
  const { change, mailIds } = await inTransaction(ctx, async (ctx) => {
    const change = await insertChange(ctx.db, {
      id,
      organizationId: org.id,
      kind: input.kind,
      vendor: input.vendor,
      note: input.note ?? '',
      windowDays,
      announcedAt: now,
      effectiveAt,
    })
    const mailIds: string[] = []
    for (const client of clients) {
      const contacts = contactsOf(ctx.encryption, client)
      mailIds.push(
        await queueMail(ctx.db, ctx.encryption, {
          organizationId: org.id,
          to: contacts.email,
          language: client.language,
          template: 'subprocessor-change',
          params: {
            ...base,
            recipientName: client.name,
            objectUrl: objectionUrl(ctx, org.slug, id, `client:${client.id}`, client.language),
            unsubscribeUrl: null,
          },
        }),
      )
    }
    for (const s of subscribers) {
      mailIds.push(
        await queueMail(ctx.db, ctx.encryption, {
          organizationId: org.id,
          to: s.email,
          language: s.language,
          template: 'subprocessor-change',
          params: {
            ...base,
            recipientName: null,
            objectUrl: null,
            unsubscribeUrl: unsubscribeUrl(ctx, org.slug, s.id, s.language),
          },
        }),
      )
    }
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.change_announced',
      targetType: 'processor',
      targetId: id,
      summary: {
        kind: input.kind,
        vendor: input.vendor.key,
        windowDays,
        effectiveAt: effectiveAt.toISOString(),
        clientsNotified: clients.length,
        subscribersNotified: subscribers.length,
      },
    })
    return { change, mailIds }
  })
  await dispatchQueuedMail(ctx, mailIds)
  return { change, clientsNotified: clients.length, subscribersNotified: subscribers.length }
}

export async function changesWithObjections(
  ctx: AppContext,
  org: Organization,
  changes: SubprocessorChangeRow[],
) {
  const objections = await listObjections(
    ctx.db,
    org.id,
    changes.map((c) => c.id),
  )
  const clients = new Map((await listClients(ctx.db, org.id)).map((c) => [c.id, c.name]))
  return changes.map((change) => ({
    change,
    objections: objections
      .filter((o) => o.change_id === change.id)
      .map((o) => ({ ...o, client_name: o.client_id ? (clients.get(o.client_id) ?? null) : null })),
  }))
}

export async function withdrawChange(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  return inTransaction(ctx, async (ctx) => {
    const locked = await lockChange(ctx.db, id)
    if (!locked || locked.organization_id !== org.id) throw new NotFound('subprocessor_change')
    if (locked.status !== 'announced')
      throw new Conflict('change_not_announced', 'Only an announced change can be withdrawn.', {
        params: { status: locked.status },
      })
    const row = await setChangeStatus(ctx.db, id, { status: 'withdrawn' })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.change_withdrawn',
      targetType: 'processor',
      targetId: id,
      summary: { kind: locked.kind, vendor: locked.vendor.key },
    })
    return row as SubprocessorChangeRow
  })
}

export type ObjectionLink =
  | { status: 'invalid' }
  | { status: 'closed'; change: SubprocessorChangeRow }
  | { status: 'open' | 'recorded' | 'already'; change: SubprocessorChangeRow; clientName: string }

/** What a signed objection link points to: the change and the client, while the window is open. */
export async function objectionLink(
  ctx: AppContext,
  org: Organization,
  link: { changeId: string; recipient: string; signature: string },
  now: Date = new Date(),
): Promise<ObjectionLink> {
  const match = /^client:([0-9a-f-]{36})$/.exec(link.recipient)
  if (!match?.[1] || !/^[0-9a-f-]{36}$/.test(link.changeId)) return { status: 'invalid' }
  if (!safeEqual(link.signature, objectionSignature(ctx, link.changeId, link.recipient)))
    return { status: 'invalid' }
  const change = await findChange(ctx.db, org.id, link.changeId)
  const client = await findClient(ctx.db, org.id, match[1])
  if (!change || !client) return { status: 'invalid' }
  if (change.status !== 'announced' || change.effective_at <= now) return { status: 'closed', change }
  const [already] = (await listObjections(ctx.db, org.id, [change.id])).filter(
    (o) => o.recipient === link.recipient,
  )
  return { status: already ? 'already' : 'open', change, clientName: client.name }
}

/** Records a client's objection with its reason (once per client and change) while the window is open. */
export async function recordObjection(
  ctx: AppContext,
  org: Organization,
  link: { changeId: string; recipient: string; signature: string },
  reason: string,
  now: Date = new Date(),
): Promise<ObjectionLink> {
  const found = await objectionLink(ctx, org, link, now)
  if (found.status !== 'open') return found
  const clientId = link.recipient.slice('client:'.length)
  const recorded = await inTransaction(ctx, async (ctx) => {
    const locked = await lockChange(ctx.db, link.changeId)
    if (locked?.status !== 'announced' || locked.effective_at <= now) return false
    const inserted = await insertObjection(ctx.db, {
      organizationId: org.id,
      changeId: link.changeId,
      recipient: link.recipient,
      clientId,
      reason,
    })
    if (inserted)
      await recordAudit(ctx.db, PAGE_ACTOR, {
        organizationId: org.id,
        action: 'processor.change_objected',
        targetType: 'processor',
        targetId: link.changeId,
        summary: { clientId, client: found.clientName, vendor: locked.vendor.key },
      })
    return inserted
  })
  return { ...found, status: recorded ? 'recorded' : 'already' }
}

/**
 * The changes whose objection window has closed by `now` take effect: an addition puts the vendor in the register
 * as a sub-processor (a new entry, or the existing one's role), a removal deletes its register entry. A removal the
 * register refuses (the vendor is still referenced) stays announced with the reason, and is tried again.
 */
export async function applyDueChanges(ctx: AppContext, now: Date = new Date()): Promise<number> {
  const vendorKind = KIND_BY_NAME.get('vendor')
  if (!vendorKind) throw new Error('The register has no vendor kind')
  let applied = 0
  for (const due of await dueChanges(ctx.db, now)) {
    const org = await findOrganizationById(ctx.db, due.organization_id)
    if (!org) continue
    let error: string | null = null
    try {
      const existing = (await loadRegister(ctx, org)).vendors.find((v) => v.key === due.vendor.key)
      if (due.kind === 'add') {
        const data = {
          ...(existing ?? {}),
          key: due.vendor.key,
          name: due.vendor.name,
          country: due.vendor.country,
          ...(due.vendor.services ? { services: due.vendor.services } : {}),
          role: 'sub_processor' as const,
          dpa: existing?.dpa ?? { signed: false },
        }
        await saveEntry(
          ctx,
          CHANGES_ACTOR,
          org,
          vendorKind,
          data,
          existing ? 'update' : 'create',
          due.vendor.key,
        )
      } else if (existing) {
        await deleteEntry(ctx, CHANGES_ACTOR, org, vendorKind, due.vendor.key)
      }
    } catch (err) {
      if (!(err instanceof DomainError)) throw err
      error = `${err.code}: ${err.message}`
    }
    const done = await inTransaction(ctx, async (ctx) => {
      const locked = await lockChange(ctx.db, due.id)
      if (locked?.status !== 'announced') return false
      if (error !== null) {
        if (locked.apply_error !== error) await setChangeStatus(ctx.db, due.id, { apply_error: error })
        return false
      }
      await setChangeStatus(ctx.db, due.id, { status: 'effective', applied_at: now, apply_error: null })
      await recordAudit(ctx.db, CHANGES_ACTOR, {
        organizationId: due.organization_id,
        action: 'processor.change_effective',
        targetType: 'processor',
        targetId: due.id,
        summary: { kind: due.kind, vendor: due.vendor.key, effectiveAt: due.effective_at.toISOString() },
      })
      return true
    })
    if (done) applied++
  }
  return applied
}
