import type { TxContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { RegisterDocument } from '../../domain/register/schema'
import { type DataSubjectRequest, formatDate, REQUEST_TYPE_INFO } from '../../domain/requests'
import { queueMail } from '../../mail/outbox'
import type { ClientRoute } from '../client-routing'
import type { Organization } from '../organizations'
import { readIntake } from './attachments'
import type { JournalEntry } from './journal'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Where a forwarded request goes: the activity's name for the mail, and the client of the Processors page. */
export interface ForwardTarget {
  activityName: string | null
  /** A client of the Processors page: its contact for requests and its language. */
  client?: ClientRoute | undefined
}

/**
 * Art. 28(3)(e): the request goes to the controller's contact - a client's contact for requests, in the client's
 * language, or the e-mail address the register gives - recorded with the outbox message; otherwise the record says
 * it must be forwarded by hand.
 */
export async function forwardToController(
  ctx: TxContext,
  org: Organization,
  register: RegisterDocument,
  request: DataSubjectRequest,
  target: ForwardTarget,
  at: Date,
): Promise<{ entry: JournalEntry; mailId: string | null }> {
  const forwarding = request.forwarding
  if (!forwarding) throw new Error('not forwarded')
  const { client, activityName } = target
  const contact = (client ? client.requestsEmail : forwarding.controller.contact)?.trim()
  const facts = {
    controller: forwarding.controller.name,
    activityKey: forwarding.activityKey,
    // A client whose contract has ended can still be forwarded to (a request about its data may come after); the
    // history says so.
    ...(client ? { clientId: client.id, clientStatus: client.status } : {}),
  }
  if (!contact || !EMAIL.test(contact)) {
    return {
      entry: { action: 'request.forwarding_manual', at, data: { ...facts, contact: contact ?? null } },
      mailId: null,
    }
  }
  const language = client?.language ?? org.defaultLanguage
  const intake = await readIntake(ctx.db, ctx.encryption, org.id, request.id)
  const mailId = await queueMail(ctx.db, ctx.encryption, {
    organizationId: org.id,
    to: contact,
    language,
    template: 'request-forwarded',
    params: {
      processorName: register.organization.legalName ?? register.organization.name,
      controllerName: forwarding.controller.name,
      reference: request.reference,
      receivedOn: formatDate(toBrusselsDate(request.receivedAt)),
      types: request.types.map((t) => REQUEST_TYPE_INFO[t].label[language]),
      activityName,
      subjectName: request.subject.name ?? null,
      subjectEmail: request.subject.email ?? null,
      subjectAddress: [...(request.subject.postalAddress ?? [])],
      details: intake?.details ?? null,
      replyTo:
        register.notice.requestEmail ??
        register.organization.dpo?.email ??
        register.organization.email ??
        null,
    },
  })
  return {
    entry: {
      action: 'request.forwarding_sent',
      at,
      data: { ...facts, to: contact, language, outboxId: mailId },
    },
    mailId,
  }
}
