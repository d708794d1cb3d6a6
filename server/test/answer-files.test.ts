import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { buildPackage } from '../src/domain/packages'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { storePackage } from '../src/modules/packages/service'
import { importRegister } from '../src/modules/register/import'
import { samplePackageInput } from './fixtures/answer-package'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { multipart } from './support/multipart'
import { storedMail } from './support/outbox'
import { sampleRegister } from './support/register'

type Call = ReturnType<typeof asUser>
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1')

/**
 * Answers with files (issue 15, item 4): staff upload copies from manual systems into the answer (multipart,
 * checked, encrypted, scoped, audited); the completion letter's package link carries them and the letter names
 * exactly those; the subject downloads them.
 */
describe('files added to an answer', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let po: Call
  let auditor: Call
  let session: { cookie: string; csrfToken: string }
  const api = (o: Organization = org) => `/api/v1/orgs/${o.slug}/requests`

  const upload = (requestId: string, body: ReturnType<typeof multipart>, o: Organization = org) =>
    app.inject({
      method: 'POST',
      url: `${api(o)}/${requestId}/answer-files`,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': body.contentType,
      },
      payload: body.payload,
    })
  const createRequest = async () => {
    const res = await po('POST', api(), {
      channel: 'email',
      receivedAt: addDays(toBrusselsDate(new Date()), -1),
      subject: { name: 'Élise Peeters', email: 'elise@example.be' },
      types: ['access'],
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id as string
  }

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Bakkerij Peeters')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    other = await createOrg(t.ctx, 'Andere BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    session = await signIn(app, officer.email, officer.password)
    po = asUser(app, session)
    const au = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, au.email, au.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('refuses empty, oversized, badly named, mismatched and malformed uploads, each naming the field', async () => {
    const id = await createRequest()
    const refused = async (body: ReturnType<typeof multipart>, status: number) => {
      const res = await upload(id, body)
      expect(res.statusCode, res.body).not.toBe(500)
      return expectProblem(res, status)
    }
    const fieldCode = async (body: ReturnType<typeof multipart>) =>
      (await refused(body, 422)).errors?.find((e) => e.path === 'body.file')?.code
    expect(await fieldCode(multipart([]))).toBe('file_empty')
    expect(await fieldCode(multipart([{ name: 'file', filename: 'leeg.pdf', content: '' }]))).toBe(
      'file_empty',
    )
    expect(await fieldCode(multipart([{ name: 'file', filename: '', content: PDF }]))).toBe(
      'invalid_file_name',
    )
    expect(await fieldCode(multipart([{ name: 'file', filename: '../..', content: PDF }]))).toBe(
      'invalid_file_name',
    )
    expect(await fieldCode(multipart([{ name: 'file', filename: 'a.exe', content: 'MZ' }]))).toBe(
      'file_type_not_allowed',
    )
    expect(await fieldCode(multipart([{ name: 'file', filename: 'a.png', content: PDF }]))).toBe(
      'file_type_not_allowed',
    )
    const huge = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 10)])
    expect(await fieldCode(multipart([{ name: 'file', filename: 'groot.pdf', content: huge }]))).toBe(
      'file_too_large',
    )
    // Not multipart at all, a cut-off body, two files: client errors, never a 500.
    await refused({ payload: Buffer.from('{}'), contentType: 'application/json' }, 415)
    const cut = multipart([{ name: 'file', filename: 'a.pdf', content: PDF }])
    await refused({ ...cut, payload: cut.payload.subarray(0, cut.payload.length - 20) }, 400)
    await refused({ ...cut, contentType: 'multipart/form-data' }, 400)
    const two = multipart([
      { name: 'file', filename: 'a.pdf', content: PDF },
      { name: 'file', filename: 'b.pdf', content: PDF },
    ])
    expect((await upload(id, two)).statusCode).not.toBe(500)
    // An auditor may not add files; another organisation's request is not found.
    const body = multipart([{ name: 'file', filename: 'a.pdf', content: PDF }])
    expectProblem(
      await auditor('POST', `${api()}/${id}/answer-files`, body.payload, {
        'content-type': body.contentType,
      }),
      403,
    )
    const outsider = await createMember(t.ctx, other, 'owner')
    const theirs = await signIn(app, outsider.email, outsider.password)
    const foreign = await app.inject({
      method: 'POST',
      url: `${api(other)}/${id}/answer-files`,
      headers: { cookie: theirs.cookie, 'x-csrf-token': theirs.csrfToken, 'content-type': body.contentType },
      payload: body.payload,
    })
    expectProblem(foreign, 404)
    const count = await t.ctx.db
      .selectFrom('request_attachments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('request_id', '=', id)
      .where('kind', '=', 'answer')
      .executeTakeFirstOrThrow()
    expect(Number(count.n)).toBeLessThanOrEqual(1)
  })

  it('stores the file encrypted, and the letter names exactly what the download package carries', async () => {
    const id = await createRequest()
    // A package built by a connector run, and two files from manual systems (one named like another).
    const built = buildPackage(samplePackageInput('nl'))
    await storePackage(t.ctx, {
      organizationId: org.id,
      requestId: id,
      runId: null,
      language: 'nl',
      zip: built.zip,
      fileName: built.fileName,
    })
    const added = await upload(
      id,
      multipart([{ name: 'file', filename: 'C:\\scans\\personeelsdossier 2025.pdf', content: PDF }]),
    )
    expect(added.statusCode, added.body).toBe(201)
    expect(added.json()).toMatchObject({
      filename: 'personeelsdossier 2025.pdf',
      contentType: 'application/pdf',
    })
    const csv = 'datum;bedrag\n01/02/2026;12,50\n'
    const second = await upload(id, multipart([{ name: 'file', filename: 'kassa.csv', content: csv }]))
    expect(second.statusCode, second.body).toBe(201)
    const dropped = await upload(id, multipart([{ name: 'file', filename: 'fout.txt', content: 'verkeerd' }]))
    expect((await po('DELETE', `${api()}/${id}/answer-files/${dropped.json().id}`)).statusCode).toBe(204)

    const row = await t.ctx.db
      .selectFrom('request_attachments')
      .selectAll()
      .where('id', '=', added.json().id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ organization_id: org.id, kind: 'answer', size_bytes: PDF.length })
    expect(row.content_encrypted).toMatch(/^v1\./)
    expect(row.content_encrypted).not.toContain(PDF.toString('base64').slice(0, 20))
    const detail = (await po('GET', `${api()}/${id}`)).json()
    expect(detail.attachments.filter((a: { kind: string }) => a.kind === 'answer')).toHaveLength(3)

    const done = await po('POST', `${api()}/${id}/actions/complete`, {
      details: { access: { delivery: 'download' } },
    })
    expect(done.statusCode, done.body).toBe(200)
    const letter = done.json().letters.find((l: { kind: string }) => l.kind === 'completed')
    const mail = await storedMail(t.ctx, letter.outboxId)
    const text = mail.text_body ?? ''
    expect(text).toContain('Het pakket bevat ook deze documenten:')
    expect(text).toContain('bijlagen/personeelsdossier 2025.pdf')
    expect(text).toContain('bijlagen/kassa.csv')
    expect(text).not.toContain('fout.txt')
    const link = new RegExp(`http://custos\\.test(/p/${org.slug}/download/[\\w-]{43})`).exec(text)?.[1]
    expect(link).toBeDefined()

    // The subject downloads one zip: the connector's data and the two files, byte for byte.
    const download = await app.inject({ method: 'POST', url: `${link}?lang=nl`, remoteAddress: '10.9.9.9' })
    expect(download.statusCode).toBe(200)
    const entries = unzipSync(new Uint8Array(download.rawPayload))
    for (const entry of built.entries) expect(Object.keys(entries)).toContain(entry)
    expect(Buffer.from(entries['bijlagen/personeelsdossier 2025.pdf'] ?? []).equals(PDF)).toBe(true)
    expect(Buffer.from(entries['bijlagen/kassa.csv'] ?? []).toString('utf8')).toBe(csv)
    expect(Object.keys(entries)).not.toContain('bijlagen/fout.txt')
    // Only one copy is kept: the package without the files was deleted when the new one was made.
    const live = await t.ctx.db
      .selectFrom('answer_packages')
      .select('id')
      .where('request_id', '=', id)
      .where('content_encrypted', 'is not', null)
      .execute()
    expect(live).toHaveLength(0)

    // Answered: the files can no longer change.
    expectProblem(await upload(id, multipart([{ name: 'file', filename: 'laat.pdf', content: PDF }])), 409)
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('action')
      .where('target_id', '=', id)
      .where('action', 'like', 'answer_file.%')
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'answer_file.added',
      'answer_file.added',
      'answer_file.added',
      'answer_file.removed',
    ])
  })

  it('a copy "enclosed" in an e-mail goes in a package of the files; with no file it is refused', async () => {
    const id = await createRequest()
    // Nothing to enclose: the e-mail would promise an attachment it does not carry.
    const refused = expectProblem(
      await po('POST', `${api()}/${id}/actions/complete`, { details: { access: { delivery: 'enclosed' } } }),
      409,
    )
    expect(refused.code).toBe('enclosure_by_email')
    expect(refused.errors?.[0]?.path).toBe('body.details.access.delivery')
    expect((await po('GET', `${api()}/${id}`)).json().status).toBe('received')

    expect(
      (await upload(id, multipart([{ name: 'file', filename: 'dossier.pdf', content: PDF }]))).statusCode,
    ).toBe(201)
    const done = await po('POST', `${api()}/${id}/actions/complete`, {
      details: { access: { delivery: 'enclosed' } },
    })
    expect(done.statusCode, done.body).toBe(200)
    const letter = done.json().letters.find((l: { kind: string }) => l.kind === 'completed')
    const text = (await storedMail(t.ctx, letter.outboxId)).text_body ?? ''
    expect(text).not.toContain('in een afzonderlijk bericht')
    expect(text).not.toContain('in bijlage bij deze brief')
    expect(text).toContain('bijlagen/dossier.pdf')
    const link = new RegExp(`(/p/${org.slug}/download/[\\w-]{43})`).exec(text)?.[1]
    const download = await app.inject({ method: 'POST', url: `${link}?lang=nl`, remoteAddress: '10.9.9.8' })
    const entries = unzipSync(new Uint8Array(download.rawPayload))
    expect(Object.keys(entries).sort()).toEqual(['README.txt', 'bijlagen/dossier.pdf'])
  })
})
