import { Readable } from 'node:stream'
import MailComposer from 'nodemailer/lib/mail-composer'
import { parseConnectionUrl } from 'nodemailer/lib/shared'
import SMTPConnection from 'nodemailer/lib/smtp-connection'

export interface OutgoingMail {
  /** The sender: an address as written (`Name <a@b>`), or a display name and address. */
  from: string | { name: string; address: string }
  replyTo?: string
  to: string
  subject: string
  text: string
  html: string
  messageId: string
  headers: Record<string, string>
}

/**
 * The mail's content, handed to the SMTP connection only once the server has accepted the envelope and said
 * "go ahead" (354). When the content has been written, `beforeEnd` runs; only when it has resolved does the
 * stream end, which sends the final "." that completes the mail. A failure of `beforeEnd` aborts the session,
 * and a server drops a mail whose "." never came.
 */
class GatedContent extends Readable {
  private written = false
  private ending = false

  constructor(
    private readonly content: Buffer,
    private readonly beforeEnd: () => Promise<void>,
  ) {
    super()
  }

  override _read() {
    if (!this.written) {
      this.written = true
      this.push(this.content)
      return
    }
    if (this.ending) return
    this.ending = true
    this.beforeEnd().then(
      () => this.push(null),
      (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
    )
  }
}

function run<T>(work: (done: (error: Error | null | undefined, value?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    work((error, value) => (error ? reject(error) : resolve(value as T))),
  )
}

/**
 * Delivers one mail over its own SMTP session (the URL's host, port, TLS and credentials, as nodemailer reads
 * them). `beforeEnd` is the last moment before the server is told the mail is complete: what it records is
 * true of every mail the server may have accepted.
 */
export async function deliverOverSmtp(
  smtpUrl: string,
  mail: OutgoingMail,
  beforeEnd: () => Promise<void>,
): Promise<void> {
  const node = new MailComposer({ ...mail }).compile()
  const envelope = node.getEnvelope()
  const content = await node.build()
  const options = parseConnectionUrl(smtpUrl)
  const connection = new SMTPConnection({
    ...options,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  })
  const failed = new Promise<never>((_, reject) => connection.once('error', reject))
  failed.catch(() => undefined)
  try {
    await Promise.race([run<void>((done) => connection.connect((error) => done(error))), failed])
    const auth = options.auth as { user?: string; pass?: string } | undefined
    // `allowsAuth` (the server offers AUTH) is not in the type declarations.
    if (auth?.user && (connection as unknown as { allowsAuth?: boolean }).allowsAuth) {
      await Promise.race([
        run<void>((done) =>
          connection.login({ credentials: { user: auth.user ?? '', pass: auth.pass ?? '' } }, (error) =>
            done(error),
          ),
        ),
        failed,
      ])
    }
    await Promise.race([
      run<unknown>((done) =>
        connection.send(
          { from: envelope.from === false ? '' : envelope.from, to: envelope.to },
          new GatedContent(content, beforeEnd),
          (error, info) => done(error, info),
        ),
      ),
      failed,
    ])
  } finally {
    connection.close()
  }
}
