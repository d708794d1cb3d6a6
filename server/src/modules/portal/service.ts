import type { AppContext } from '../../context'
import { hashToken } from '../../crypto/tokens'
import { toBrusselsDate } from '../../domain/brussels-time'
import { type DataSubjectRequest, type LetterKind, requestTimeline } from '../../domain/requests'
import { outboxStatuses } from '../../mail/outbox'
import { findPublishedNotice, latestPublishedNotice, listPublishedNotices } from '../notices'
import type { Organization } from '../organizations'
import { deadlineOptions, findOrganizationBySlug } from '../organizations'
import {
  findRequestByStatusToken,
  listRequestEvents,
  type PortalSubmission,
  requestOf,
  submitPortalRequest,
  VERIFY_HOURS,
  verifyPortalRequest,
} from '../requests'

/**
 * What the public pages (/p/{slug}/...) read and do, through the public faces of organizations, notices and
 * requests: the portal holds no data of its own besides the notice subscriptions.
 */

export { VERIFY_HOURS }

/** The organisation a public page belongs to; undefined for an unknown slug. */
export function portalOrganization(ctx: Pick<AppContext, 'db'>, slug: string) {
  return findOrganizationBySlug(ctx.db, slug)
}

export const latestNotice = latestPublishedNotice
export const noticeVersion = findPublishedNotice
export const noticeVersions = listPublishedNotices

/** A request sent through the public form (the requester then confirms the address by e-mail). */
export function submitRequest(ctx: AppContext, org: Organization, form: PortalSubmission) {
  return submitPortalRequest(ctx, org, form)
}

/** The requester's click on the confirmation link. */
export function confirmRequestAddress(ctx: AppContext, org: Organization, token: string) {
  return verifyPortalRequest(ctx, org, token)
}

export interface RequestStatus {
  request: DataSubjectRequest
  timeline: ReturnType<typeof requestTimeline>
  letters: { kind: LetterKind; date: string; delivery: LetterDelivery }[]
}

/**
 * How a letter left, as far as Custos knows: handed to the mail server (`sent`), written but still in the
 * outbox - no SMTP server yet, a retry pending or failed (`waiting`) - or to be printed and posted (`post`).
 */
export type LetterDelivery = 'sent' | 'waiting' | 'post'

/** What the status page shows the holder of a status link: the request, its deadlines and the letters sent. */
export async function requestStatus(
  ctx: AppContext,
  org: Organization,
  token: string,
  now = new Date(),
): Promise<RequestStatus | undefined> {
  const row = await findRequestByStatusToken(ctx.db, org.id, hashToken(token))
  if (!row) return undefined
  const request = requestOf(ctx.encryption, row)
  const events = await listRequestEvents(ctx.db, ctx.encryption, org.id, row.id, 'request.letter_queued')
  type LetterData = { kind?: LetterKind; spec?: { date?: string }; outboxId?: string | null }
  const outboxIds = events.flatMap((event) => {
    const outboxId = (event.data as LetterData).outboxId
    return outboxId ? [outboxId] : []
  })
  const mails = new Map((await outboxStatuses(ctx.db, org.id, outboxIds)).map((m) => [m.id, m.status]))
  const letters = events.flatMap((event) => {
    const data = event.data as LetterData
    if (!data.kind) return []
    const delivery: LetterDelivery = !data.outboxId
      ? 'post'
      : mails.get(data.outboxId) === 'sent'
        ? 'sent'
        : 'waiting'
    return [{ kind: data.kind, date: data.spec?.date ?? toBrusselsDate(event.at), delivery }]
  })
  return { request, timeline: requestTimeline(request, now, deadlineOptions(org)), letters }
}
