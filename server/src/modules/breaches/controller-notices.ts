import type { Actor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import { controllerNotice, type LetterLanguage } from '../../domain/breaches'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import { resolveRegister } from '../../domain/register/resolve'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { draftOrganisation } from './draft-context'
import { recordControllersNotified, requireReasonIfLate } from './notifications'
import { findBreach, insertEvent, listTimeline } from './repository'
import { factsOf } from './stored'

export interface ControllerNoticeRun {
  /** The clients written to now, each once. */
  sent: { name: string; email: string; language: LetterLanguage }[]
  /** Clients written to before for this breach (not again). */
  alreadyNotified: string[]
  /** Clients without an e-mail address in the record (inform them another way). */
  withoutEmail: string[]
}

/** The e-mail addresses a notice of this breach already went to (kept with each sending's timeline entry). */
async function alreadySent(ctx: AppContext, organizationId: string, breachId: string): Promise<Set<string>> {
  const sent = new Set<string>()
  for (const e of await listTimeline(ctx.db, organizationId, breachId)) {
    if (e.data.key === 'controller_notices_sent')
      for (const r of e.data.recipients) sent.add(r.email.toLowerCase())
  }
  return sent
}

/**
 * A processor's notice to each controller (client) concerned (Art. 33(2)): one e-mail each, in the client's
 * language (else the organisation's), through the outbox, with what the controller needs for its own notification.
 * The first sending stops the processor's clock (after its hours only with the reasons for the delay); a client
 * added to the record later gets its notice by sending again - nobody gets it twice.
 */
export async function sendControllerNotices(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: { delayReason?: string | undefined },
  now = new Date(),
): Promise<ControllerNoticeRun> {
  const breach = await findBreach(ctx.db, org.id, id)
  if (!breach) throw new NotFound('breach')
  if (breach.status === 'closed') throw new Conflict('breach_closed', 'The breach is closed.')
  if (breach.role !== 'processor' || !breach.controllers_due_at) {
    throw new Conflict('breach_role_mismatch', 'Only a processor’s breach has controllers to inform.')
  }
  const facts = factsOf(breach)
  if (facts.controllers.length === 0) {
    throw new InvalidInput(
      [{ path: 'breach.controllers', code: 'required', message: 'Name the clients concerned first.' }],
      'The breach names no client (controller) to inform.',
    )
  }
  if (!breach.controllers_notified_at) {
    requireReasonIfLate(breach.controllers_due_at, now, input.delayReason ?? breach.delay_reason)
  }
  const before = await alreadySent(ctx, org.id, id)
  const run: ControllerNoticeRun = { sent: [], alreadyNotified: [], withoutEmail: [] }
  const todo: { name: string; email: string; language: LetterLanguage }[] = []
  for (const c of facts.controllers) {
    if (!c.email) run.withoutEmail.push(c.name)
    else if (before.has(c.email.toLowerCase())) run.alreadyNotified.push(c.name)
    else todo.push({ name: c.name, email: c.email, language: c.language ?? org.defaultLanguage })
  }
  if (todo.length === 0) return run

  const register = resolveRegister(await loadRegister(ctx, org))
  const organisation = draftOrganisation(org)
  const queued: string[] = []
  await inTransaction(ctx, async (ctx) => {
    for (const client of todo) {
      const notice = controllerNotice(
        facts,
        organisation,
        breach.reference,
        {
          dataCategories: facts.dataCategories.map((k) =>
            register.labelOf('data_category', k, client.language),
          ),
          subjectCategories: facts.subjectCategories.map((k) =>
            register.labelOf('subject_category', k, client.language),
          ),
        },
        client.language,
        client.name,
        breach.aware_at,
      )
      queued.push(
        await queueMail(ctx.db, ctx.encryption, {
          organizationId: org.id,
          to: client.email,
          language: client.language,
          template: 'breach-letter',
          params: {
            subject: notice.subject,
            greeting: notice.greeting,
            paragraphs: notice.paragraphs,
            closing: notice.closing,
            signature: notice.signature,
          },
        }),
      )
      run.sent.push(client)
    }
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'controller_notices_sent',
      at: now,
      decidedBy: null,
      recordedBy: actor.label,
      data: {
        key: 'controller_notices_sent',
        recipients: todo.map((c) => ({ name: c.name, email: c.email })),
      },
    })
  })
  if (!breach.controllers_notified_at) {
    await recordControllersNotified(ctx, actor, org, id, { notifiedAt: now.toISOString(), ...input }, now)
  }
  await dispatchQueuedMail(ctx, queued)
  return run
}
