import type { Transaction } from 'kysely'
import type { AuditAction } from '../../audit/actions'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import type { AppContext } from '../../context'
import type { Encryption } from '../../crypto/encryption'
import type { DB } from '../../db/schema'
import { Conflict } from '../../domain/errors'
import type { RegisterDocument } from '../../domain/register/schema'
import {
  composeLetter,
  type DataSubjectRequest,
  type LetterSpec,
  type RequestEvent,
} from '../../domain/requests'
import { queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { packageLinkForLetter } from '../packages'
import { answerFilesWithContent } from './answer-files'
import { statusUrl } from './links'
import { insertRequestEvents } from './repository'

/**
 * Everything that happens to a request is written twice in the same transaction: in request_events (the
 * request's own history, shown to the agent) and in the audit log (the organisation's hash chain).
 */
export interface JournalEntry {
  action: AuditAction
  at: Date
  /** Kept in the request's history. */
  data: Record<string, unknown>
  /** Kept in the audit log (default: `data`); leave out what the audit log does not need. */
  audit?: Record<string, unknown>
}

export async function journal(
  trx: Transaction<DB>,
  encryption: Encryption,
  actor: Actor,
  organizationId: string,
  request: Pick<DataSubjectRequest, 'id' | 'reference'>,
  entries: readonly JournalEntry[],
) {
  await insertRequestEvents(
    trx,
    encryption,
    entries.map((e) => ({
      organizationId,
      requestId: request.id,
      at: e.at,
      kind: e.action,
      actorLabel: actor.label,
      data: e.data,
    })),
  )
  for (const e of entries) {
    await recordAudit(trx, actor, {
      organizationId,
      action: e.action,
      targetType: 'data_subject_request',
      targetId: request.id,
      summary: { reference: request.reference, ...(e.audit ?? e.data) },
    })
  }
}

/** The domain's events as journal entries. */
export function domainEntries(events: readonly RequestEvent[]): JournalEntry[] {
  return events.map((e) => ({ action: e.action, at: e.at, data: { ...e.summary } }))
}

export interface QueuedLetter {
  mailId: string | null
  /** What the letter_queued event records beside the domain's summary. */
  data: { delivery: 'email' | 'post'; to: string | null; outboxId: string | null; spec: LetterSpec }
}

/**
 * Composes the letter in the subject's language, with the status link (and for a completion letter the download
 * link of the answer package), and queues it in the outbox when the subject has an e-mail address; otherwise it
 * waits to be printed and posted (delivery 'post').
 */
export async function queueLetter(
  trx: Transaction<DB>,
  ctx: Pick<AppContext, 'config' | 'encryption'>,
  org: Organization,
  register: RegisterDocument,
  request: DataSubjectRequest,
  spec: LetterSpec,
): Promise<QueuedLetter> {
  const to = request.subject.email?.trim() || null
  if (!to) return { mailId: null, data: { to, spec, delivery: 'post', outboxId: null } }
  // A completion letter by e-mail carries a fresh link to the stored answer package, and states its last day.
  const files =
    spec.kind === 'completed' || spec.kind === 'partially_refused'
      ? await answerFilesWithContent(trx, ctx.encryption, org.id, request.id)
      : []
  const download = await packageLinkForLetter(
    trx,
    ctx,
    org.id,
    request.id,
    byEmail(spec, files.length),
    files,
  )
  const base = { to, spec: download?.spec ?? spec }
  const letter = composeLetter(base.spec, {
    register,
    links: {
      status: statusUrl(ctx, org, request.id, request.language),
      ...(download ? { download: download.url } : {}),
    },
  })
  const mailId = await queueMail(trx, ctx.encryption, {
    organizationId: org.id,
    to,
    language: request.language,
    template: 'request-letter',
    params: { letter },
  })
  return { mailId, data: { ...base, delivery: 'email', outboxId: mailId } }
}

/**
 * A letter by e-mail cannot carry an enclosure: a copy "enclosed" goes in the download package instead, with the
 * files staff added (the letter then says so and links to it). With nothing to put there the letter would promise
 * an enclosure that is not attached: refused (enclosure_by_email) - choose the download, or send it by post.
 */
function byEmail(spec: LetterSpec, fileCount: number): LetterSpec {
  if (spec.kind !== 'completed' && spec.kind !== 'partially_refused') return spec
  const granted =
    spec.kind === 'completed' ? spec.types : spec.types.filter((t) => !spec.refusedTypes.includes(t))
  const { access, portability } = spec.details
  const accessEnclosed = granted.includes('access') && access?.delivery === 'enclosed' && !access.noData
  const portabilityEnclosed = granted.includes('portability') && portability?.delivery === 'enclosed'
  if (!accessEnclosed && !portabilityEnclosed) return spec
  if (fileCount === 0) {
    const path = accessEnclosed ? 'body.details.access.delivery' : 'body.details.portability.delivery'
    throw new Conflict(
      'enclosure_by_email',
      'The letter goes by e-mail and nothing is attached to the answer: choose the download, add the files, or send it by post.',
      { fields: [{ path, code: 'enclosure_by_email', message: 'Nothing to enclose in an e-mail' }] },
    )
  }
  return {
    ...spec,
    details: {
      ...spec.details,
      ...(accessEnclosed && access ? { access: { ...access, delivery: 'download' as const } } : {}),
      ...(portabilityEnclosed && portability
        ? { portability: { ...portability, delivery: 'download' as const } }
        : {}),
    },
  }
}

/** The journal entries of a transition, the letter's delivery joined to its letter_queued event. */
export function entriesWithLetter(
  events: readonly RequestEvent[],
  letter: QueuedLetter | null,
): JournalEntry[] {
  return domainEntries(events).map((entry) => {
    if (entry.action !== 'request.letter_queued' || letter === null) return entry
    const { delivery, outboxId } = letter.data
    // The audit log keeps how the letter left, not the address or the letter itself.
    return { ...entry, data: { ...entry.data, ...letter.data }, audit: { ...entry.data, delivery, outboxId } }
  })
}
