import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
  /** Decoded Subject header. */
  subject: string
  messageId: string
}

export interface TestSmtpServer {
  /** smtp://user:password@127.0.0.1:port (any credentials are accepted). */
  url: string
  password: string
  received: ReceivedMail[]
  /** How many messages were refused (with `reject`). */
  rejected: number
  close(): Promise<void>
}

export interface TestSmtpOptions {
  /** Refuse every message with this SMTP reply, e.g. { code: 451, message: 'Try again later' }. */
  reject?: { code: number; message: string }
}

/** A real SMTP server (the `smtp-server` package) on an ephemeral local port that keeps what it receives. */
export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const password = `pw-${Math.random().toString(36).slice(2)}`
  const state = { received: [] as ReceivedMail[], rejected: 0 }
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username })
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (options.reject) {
          state.rejected++
          const error = Object.assign(new Error(options.reject.message), {
            responseCode: options.reject.code,
          })
          callback(error)
          return
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        const headers = parseHeaders(raw)
        state.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: decodeMimeWords(headers.get('subject') ?? ''),
          messageId: headers.get('message-id') ?? '',
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://custos:${password}@127.0.0.1:${port}`,
    password,
    get received() {
      return state.received
    },
    get rejected() {
      return state.rejected
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function parseHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? ''
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const headers = new Map<string, string>()
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

/** Decodes RFC 2047 encoded words (UTF-8, Q or B), as nodemailer writes non-ASCII subjects. */
function decodeMimeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g,
      (_match, _charset: string, encoding: string, text: string) => {
        if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8')
        const bytes: number[] = []
        for (let i = 0; i < text.length; i++) {
          const char = text[i] as string
          if (char === '_') bytes.push(0x20)
          else if (char === '=' && i + 2 < text.length) {
            bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16))
            i += 2
          } else bytes.push(char.charCodeAt(0))
        }
        return Buffer.from(bytes).toString('utf8')
      },
    )
}

/**
 * The plain-text part of a received mail, decoded (quoted-printable, base64 or as is): what a reader's mail client
 * shows, read from the bytes the SMTP server got rather than from the outbox.
 */
export function receivedText(raw: string): string {
  const headerEnd = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ')
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head)?.[1]
  const parts = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw]
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/)
    const partHead = part.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
    if (!/content-type:\s*text\/plain/i.test(partHead)) continue
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '')
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(partHead)?.[1]?.toLowerCase()
    if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    if (encoding === 'quoted-printable') {
      const joined = body.replace(/=\r?\n/g, '')
      const bytes: number[] = []
      for (let i = 0; i < joined.length; i++) {
        const char = joined[i] as string
        if (char === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
          bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16))
          i += 2
        } else bytes.push(...Buffer.from(char, 'utf8'))
      }
      return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n')
    }
    return body.replace(/\r\n/g, '\n')
  }
  throw new Error('The mail has no text/plain part')
}
