import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import type { Language } from '../src/db/schema'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { readAttachment } from '../src/modules/requests/attachments'
import { emailLookupKey } from '../src/modules/requests/personal'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { storedMails } from './support/outbox'
import { sampleRegister } from './support/register'

let ipCounter = 0
/** A fresh client address per submission: the form allows five a minute per address. */
const freshIp = () => `10.77.${Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`

interface FilePart {
  field?: string
  filename: string
  contentType: string
  content: Buffer
}

/** A multipart/form-data body as a browser builds it (an unchosen file input sends an empty part). */
function multipart(fields: Record<string, string | string[]>, file?: FilePart) {
  const boundary = `----CustosTest${randomBytes(8).toString('hex')}`
  const chunks: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`,
          'utf8',
        ),
      )
    }
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'idDocument'}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
        'utf8',
      ),
      file.content,
      Buffer.from('\r\n', 'utf8'),
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'))
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** A small PNG: the signature and an IHDR chunk (the server looks at the signature only). */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('masked identity card'),
])
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

describe('public request form: optional identity document', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let po: ReturnType<typeof asUser>

  const submit = (
    fields: Record<string, string | string[]>,
    file?: FilePart,
    lang: Language = 'nl',
    ip = freshIp(),
  ) => {
    const body = multipart(fields, file)
    return app.inject({
      method: 'POST',
      url: `/p/${org.slug}/request?lang=${lang}`,
      payload: body.payload,
      headers: { 'content-type': body.contentType },
      remoteAddress: ip,
    })
  }
  const person = (email: string) => ({ name: 'Lotte Claes', email, types: ['access'], details: '' })
  const requestOf = (email: string) =>
    t.ctx.db
      .selectFrom('requests')
      .selectAll()
      .where('requester_email_key', '=', emailLookupKey(t.ctx.encryption, email))
      .executeTakeFirst()
  const attachmentsOf = (requestId: string) =>
    t.ctx.db
      .selectFrom('request_attachments')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('kind', '=', 'id_document')
      .execute()
  const verificationToken = async (email: string) => {
    const [mail] = (await storedMails(t.ctx, email)).filter((m) => m.template === 'request-verification')
    if (!mail) throw new Error(`No verification mail to ${email}`)
    return /verify\?token=([\w-]+)/.exec(mail.text_body ?? '')?.[1] ?? ''
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Identiteit BV')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('offers the upload as optional, with masking guidance and the reason, in nl, fr and en', async () => {
    const expected: Record<Language, string[]> = {
      nl: [
        'Kopie van uw identiteitsbewijs',
        'uw foto en uw rijksregisternummer onleesbaar',
        'minimale gegevensverwerking',
      ],
      fr: [
        'Copie de votre pièce d’identité',
        'votre photo et votre numéro de registre national',
        'minimisation des données',
      ],
      en: [
        'Copy of your identity document',
        'your photo and your national register number unreadable',
        'data minimisation',
      ],
    }
    for (const language of ['nl', 'fr', 'en'] as Language[]) {
      const res = await app.inject({ method: 'GET', url: `/p/${org.slug}/request?lang=${language}` })
      expect(res.statusCode).toBe(200)
      expect(res.body).toContain('enctype="multipart/form-data"')
      const input = /<input type="file"[^>]*>/.exec(res.body)?.[0] ?? ''
      expect(input).toContain('id="idDocument"')
      expect(input).toContain('accept="application/pdf,image/jpeg,image/png')
      expect(input).toContain('aria-describedby="idDocument-help"')
      expect(input).not.toContain('required')
      expect(res.body).toContain('<label for="idDocument">')
      for (const text of expected[language]) expect(res.body).toContain(text.replace(/'/g, '&#39;'))
    }
  })

  it('accepts a multipart form without a file (the empty part browsers send) and stores no document', async () => {
    const email = 'zonder.bestand@example.be'
    const res = await submit(person(email), {
      filename: '',
      contentType: 'application/octet-stream',
      content: Buffer.alloc(0),
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.body).toContain('Kijk in uw mailbox')
    const request = await requestOf(email)
    expect(request).toBeDefined()
    expect(await attachmentsOf(request?.id ?? '')).toEqual([])
  })

  it('stores the document encrypted, shows it to staff until the decision, then erases it', async () => {
    const email = 'lotte.claes@example.be'
    const res = await submit(person(email), {
      filename: 'Lotte Claes ID.png',
      contentType: 'image/png',
      content: PNG,
    })
    expect(res.statusCode, res.body).toBe(200)
    const request = await requestOf(email)
    const [stored] = await attachmentsOf(request?.id ?? '')
    expect(stored).toMatchObject({
      kind: 'id_document',
      filename: 'identity-document.png',
      content_type: 'image/png',
      size_bytes: PNG.length,
      delete_after_decision: true,
      deleted_at: null,
    })
    // Encrypted at rest: neither the bytes nor their base64 appear in the stored column.
    const sealed = stored?.content_encrypted ?? ''
    expect(sealed).not.toBe('')
    expect(sealed).not.toContain(PNG.toString('base64'))
    expect(sealed).not.toContain('masked identity card')
    const opened = await readAttachment(
      t.ctx.db,
      t.ctx.encryption,
      org.id,
      request?.id ?? '',
      stored?.id ?? '',
    )
    expect(opened?.content?.equals(PNG)).toBe(true)

    const url = `/api/v1/orgs/${org.slug}/requests/${request?.id}`
    const before = (await po('GET', url)).json()
    expect(before.attachments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: stored?.id,
          kind: 'id_document',
          deleteAfterDecision: true,
          deletedAt: null,
        }),
      ]),
    )
    expect(before.events.map((e: { kind: string }) => e.kind)).toContain('request.attachment_added')
    const download = await po('GET', `${url}/attachments/${stored?.id}`)
    expect(download.statusCode).toBe(200)
    expect(download.rawPayload.equals(PNG)).toBe(true)
    expect(download.headers['x-original-content-type']).toBe('image/png')

    // The subject confirms the address; the agent answers; the document goes right after the decision.
    const verified = await app.inject({
      method: 'GET',
      url: `/p/${org.slug}/request/verify?token=${await verificationToken(email)}`,
    })
    expect(verified.statusCode, verified.body).toBe(200)
    expect((await po('GET', url)).json().attachments).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: stored?.id, deletedAt: null })]),
    )
    const completed = await po('POST', `${url}/actions/complete`, {
      details: { access: { delivery: 'download' } },
    })
    expect(completed.statusCode, completed.body).toBe(200)
    const [erased] = await attachmentsOf(request?.id ?? '')
    expect(erased?.content_encrypted).toBeNull()
    expect(erased?.deleted_at).toBeInstanceOf(Date)
    const after = completed.json()
    expect(after.attachments).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: stored?.id, deletedAt: expect.any(String) })]),
    )
    expect(after.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'request.id_documents_erased',
          data: expect.objectContaining({ count: 1 }),
        }),
      ]),
    )
    expect((await po('GET', `${url}/attachments/${stored?.id}`)).statusCode).toBe(404)
  })

  it('accepts a PDF whose browser declared another type: the bytes decide', async () => {
    const email = 'pdf.scan@example.be'
    const res = await submit(person(email), {
      filename: 'scan.bin',
      contentType: 'application/octet-stream',
      content: PDF,
    })
    expect(res.statusCode, res.body).toBe(200)
    const [stored] = await attachmentsOf((await requestOf(email))?.id ?? '')
    expect(stored).toMatchObject({ content_type: 'application/pdf', filename: 'identity-document.pdf' })
  })

  it('refuses a file that only claims to be a PDF, with the form again and nothing stored', async () => {
    const email = 'fake.pdf@example.be'
    const res = await submit(
      person(email),
      {
        filename: 'id.pdf',
        contentType: 'application/pdf',
        content: Buffer.from('<html><script>alert(1)</script>'),
      },
      'fr',
    )
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.body).toContain('Ce fichier n’est pas un PDF, un JPEG ou un PNG.'.replace(/'/g, '&#39;'))
    expect(res.body).toContain('href="#idDocument"')
    expect(res.body).toContain('value="Lotte Claes"')
    expect(await requestOf(email)).toBeUndefined()
  })

  it('refuses a file over 5 MB with the form again and nothing stored', async () => {
    const email = 'too.big@example.be'
    const content = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)])
    const res = await submit(
      person(email),
      { filename: 'big.pdf', contentType: 'application/pdf', content },
      'en',
    )
    expect(res.statusCode).toBe(413)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.body).toContain('The file is larger than 5 MB.')
    expect(await requestOf(email)).toBeUndefined()
    const rows = await t.ctx.db
      .selectFrom('request_attachments')
      .select('id')
      .where('size_bytes', '>', 5_000_000)
      .execute()
    expect(rows).toEqual([])
  })

  it('asks to choose the file again when the form comes back for another reason', async () => {
    const res = await submit(
      { name: '', email: 'again@example.be', types: ['access'] },
      {
        filename: 'id.png',
        contentType: 'image/png',
        content: PNG,
      },
    )
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('Vul uw naam in.')
    expect(res.body).toContain('Kies het bestand opnieuw')
    expect(await requestOf('again@example.be')).toBeUndefined()
  })

  it('never answers random files or broken multipart bodies with a server error', async () => {
    const statuses = new Set<number>()
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.string({ maxLength: 60 }),
        fc.constantFrom('application/pdf', 'image/png', 'text/html', 'application/octet-stream', ''),
        async (bytes, filename, contentType) => {
          const res = await submit(person(`fuzz.${ipCounter}@example.be`), {
            filename: filename.replace(/["\r\n]/g, '_'),
            contentType: contentType || 'application/octet-stream',
            content: Buffer.from(bytes),
          })
          statuses.add(res.statusCode)
          expect(res.statusCode, res.body).toBeLessThan(500)
        },
      ),
      { numRuns: 40 },
    )
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, withPrefix) => {
        const boundary = 'xYzBoundary'
        const prefix = Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="idDocument"; filename="a.pdf"\r\n\r\n`,
        )
        const res = await app.inject({
          method: 'POST',
          url: `/p/${org.slug}/request`,
          payload: withPrefix ? Buffer.concat([prefix, Buffer.from(bytes)]) : Buffer.from(bytes),
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
          remoteAddress: freshIp(),
        })
        statuses.add(res.statusCode)
        expect(res.statusCode, res.body).toBeLessThan(500)
      }),
      { numRuns: 40 },
    )
    // Two files, a file in a text field, a missing boundary: refused, never a 500.
    const twoFiles = multipart(person('two@example.be'), {
      filename: 'a.png',
      contentType: 'image/png',
      content: PNG,
    })
    const boundary = twoFiles.contentType.split('boundary=')[1] ?? ''
    const closing = Buffer.from(`--${boundary}--\r\n`)
    const extra = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="other"; filename="b.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      PNG,
      Buffer.from('\r\n'),
      closing,
    ])
    const secondFile = Buffer.concat([
      twoFiles.payload.subarray(0, twoFiles.payload.length - closing.length),
      extra,
    ])
    for (const [payload, type] of [
      [secondFile, twoFiles.contentType],
      [
        multipart(
          { types: 'access' },
          { field: 'name', filename: 'n.png', contentType: 'image/png', content: PNG },
        ).payload,
        'multipart/form-data; boundary=nope',
      ],
      [Buffer.from('name=x'), 'multipart/form-data'],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/p/${org.slug}/request`,
        payload,
        headers: { 'content-type': type },
        remoteAddress: freshIp(),
      })
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400)
      expect(res.statusCode, res.body).toBeLessThan(500)
    }
    expect([...statuses].every((s) => s < 500)).toBe(true)
  })
})
