import type { Encryption } from '../crypto/encryption'

/**
 * An outbox message's personal data at rest: the recipient and subject line (the envelope, kept as long as the
 * message) and the text and HTML bodies (purged a configurable time after delivery). Each is encrypted with the
 * message id bound as context, so a value copied to another row does not decrypt.
 */
export interface MailEnvelope {
  to: string
  subject: string
  /** The From display name: the organisation the mail is sent for (absent: the installation's sender as set). */
  fromName?: string
  /** Where replies go: the organisation's privacy contact (the sender address itself takes no replies). */
  replyTo?: string
}

export interface MailBody {
  text: string
  html: string
}

const envelopeContext = (id: string) => `outbox.envelope:${id}`
const bodyContext = (id: string) => `outbox.body:${id}`

export function sealEnvelope(encryption: Encryption, id: string, envelope: MailEnvelope): string {
  return encryption.encrypt(
    JSON.stringify({
      to: envelope.to,
      subject: envelope.subject,
      ...(envelope.fromName ? { fromName: envelope.fromName } : {}),
      ...(envelope.replyTo ? { replyTo: envelope.replyTo } : {}),
    }),
    envelopeContext(id),
  )
}

export function sealBody(encryption: Encryption, id: string, body: MailBody): string {
  return encryption.encrypt(JSON.stringify({ text: body.text, html: body.html }), bodyContext(id))
}

export function openEnvelope(encryption: Encryption, id: string, sealed: string): MailEnvelope {
  const value = JSON.parse(encryption.decrypt(sealed, envelopeContext(id))) as Partial<MailEnvelope>
  return {
    to: String(value.to ?? ''),
    subject: String(value.subject ?? ''),
    ...(typeof value.fromName === 'string' && value.fromName ? { fromName: value.fromName } : {}),
    ...(typeof value.replyTo === 'string' && value.replyTo ? { replyTo: value.replyTo } : {}),
  }
}

export function openBody(encryption: Encryption, id: string, sealed: string): MailBody {
  const value = JSON.parse(encryption.decrypt(sealed, bodyContext(id))) as Partial<MailBody>
  return { text: String(value.text ?? ''), html: String(value.html ?? '') }
}
