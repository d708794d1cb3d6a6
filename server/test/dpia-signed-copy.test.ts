import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, type Session, signIn } from './support/http'
import { multipart } from './support/multipart'
import { sampleRegister } from './support/register'

type Call = ReturnType<typeof asUser>
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const risk = (s: number, l: number) => ({
  sources: ['An employee'],
  threats: ['Look-up'],
  impacts: ['Fraud'],
  initial: { severity: s, likelihood: l },
  residual: { severity: 2, likelihood: 2 },
})
const complete = {
  context: { overview: 'Inbound calls of customers, scored for priority.' },
  risks: { illegitimate_access: risk(4, 3), unwanted_modification: risk(2, 2), disappearance: risk(3, 3) },
  dpoOpinion: 'Favourable, provided the masking is in place before go-live.',
  peopleViews: 'Works council heard.',
}

/**
 * The signed copy of a decided DPIA version (issue 21 item 2, decision 0091): uploaded as multipart, checked as a
 * PDF, sealed with its SHA-256 and who uploaded it, in the audit log, downloaded byte for byte, replaced only
 * explicitly with the earlier copy kept, and invisible to another organisation.
 */
describe('signed copies of a DPIA decision', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let officerSession: Session
  let outsiderSession: Session
  let officer: Call
  let auditor: Call
  let outsider: Call
  let signed: Buffer
  let firstId = ''
  const base = (o: Organization = org) => `/api/v1/orgs/${o.slug}/dpia/assessments/callcenter`

  const upload = (
    parts: Parameters<typeof multipart>[0],
    version: number | string = 1,
    session: Session = officerSession,
    o: Organization = org,
  ) => {
    const body = multipart(parts)
    return app.inject({
      method: 'POST',
      url: `${base(o)}/signed-copies?version=${version}`,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': body.contentType,
      },
      payload: body.payload,
    })
  }
  const file = (content: Buffer | string, filename = 'DPIA callcenter getekend.pdf') => ({
    name: 'file',
    filename,
    type: 'application/pdf',
    content,
  })
  const fieldCodes = (res: Awaited<ReturnType<typeof upload>>, status: number, code: string) => {
    const body = expectProblem(res, status) as { code: string; errors?: { path: string; code: string }[] }
    expect(body.code).toBe(code)
    return (body.errors ?? []).map((e) => `${e.path}:${e.code}`)
  }
  const uploads = () =>
    t.ctx.db
      .selectFrom('audit_events')
      .select(['summary', 'organization_id'])
      .where('action', '=', 'dpia.signed_copy_uploaded')
      .orderBy('seq')
      .execute()

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Callcenter BV')
    other = await createOrg(t.ctx, 'Ander Kantoor')
    const base = sampleRegister('Callcenter BV')
    const bookkeeping = base.activities?.[0]
    if (!bookkeeping || !base.organization) throw new Error('sample register without activity')
    const register = registerDocumentSchema.parse({
      ...base,
      organization: { ...base.organization, dpo: { appointed: true, name: 'Els Peeters' } },
      activities: [bookkeeping, { ...bookkeeping, key: 'callcenter' }],
    })
    await importRegister(t.ctx, systemActor('test'), org, register, { mode: 'merge', dryRun: false })
    await importRegister(t.ctx, systemActor('test'), other, register, { mode: 'merge', dryRun: false })
    const m = await createMember(t.ctx, org, 'privacy_officer')
    officerSession = await signIn(app, m.email, m.password)
    officer = asUser(app, officerSession)
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    const o = await createMember(t.ctx, other, 'owner')
    outsiderSession = await signIn(app, o.email, o.password)
    outsider = asUser(app, outsiderSession)

    expect((await officer('PUT', base_(), complete)).statusCode).toBe(200)
    const decided = await officer('POST', `${base_()}/decision`, {
      decision: 'validated',
      reason: 'Acceptable.',
    })
    expect(decided.statusCode, decided.body).toBe(200)
    // The DPO signs Custos's PDF with an eID: an incremental update appended to the decided PDF.
    const pdf = await officer('GET', `${base_()}/signed.pdf?version=1`)
    expect(pdf.statusCode).toBe(200)
    signed = Buffer.concat([pdf.rawPayload, Buffer.from('\n1 0 obj << /Type /Sig >> endobj\n%%EOF\n')])
    // A draft after the decision: version 2.
    expect(
      (await officer('PUT', base_(), { ...complete, peopleViews: 'Works council heard again.' })).statusCode,
    ).toBe(200)
  })
  const base_ = () => base()
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('refuses what is not a PDF of a decided version, naming the field, and stores nothing', async () => {
    expect(fieldCodes(await upload([file(Buffer.alloc(0))]), 422, 'invalid_input')).toEqual([
      'body.file:file_empty',
    ])
    expect(fieldCodes(await upload([]), 422, 'invalid_input')).toEqual(['body.file:file_empty'])
    expect(
      fieldCodes(
        await upload([file(Buffer.from('PK\u0003\u0004 word/document.xml'), 'dpia.pdf')]),
        422,
        'invalid_input',
      ),
    ).toEqual(['body.file:file_not_pdf'])
    expect(
      fieldCodes(await upload([file(signed.subarray(0, signed.length - 2000))]), 422, 'invalid_input'),
    ).toEqual(['body.file:pdf_incomplete'])
    const huge = Buffer.concat([signed, Buffer.alloc(20 * 1024 * 1024)])
    expect(fieldCodes(await upload([file(huge)]), 422, 'invalid_input')).toEqual(['body.file:file_too_large'])
    expect(fieldCodes(await upload([file(signed)], 2), 409, 'dpia_version_not_decided')).toEqual([
      'querystring.version:dpia_version_not_decided',
    ])
    expectProblem(await upload([file(signed)], 9), 404)
    // Not a number: refused by the route's schema before anything is read.
    expect(fieldCodes(await upload([file(signed)], 'x'), 400, 'schema_mismatch')).toEqual([
      'querystring.version:invalid_type',
    ])
    // More form fields than the upload takes (note and replaces): named as such, not as a file too large (R12).
    const crowded = await upload([
      { name: 'note', type: 'text/plain', content: 'n' },
      { name: 'replaces', type: 'text/plain', content: 'r' },
      { name: 'signer', type: 'text/plain', content: 's' },
      file(signed),
    ])
    expect(fieldCodes(crowded, 400, 'too_many_form_parts')).toEqual(['body:too_many_form_parts'])
    expect(crowded.json().params).toEqual({ files: 1, fields: 2 })
    expect(fieldCodes(await upload([file(signed), file(signed)]), 400, 'too_many_form_parts')).toEqual([
      'body:too_many_form_parts',
    ])
    const json = await officer('POST', `${base()}/signed-copies?version=1`, { file: 'x' })
    expect(json.statusCode, json.body).toBe(415)
    expect(await uploads()).toEqual([])
    expect(await t.ctx.db.selectFrom('dpia_signed_copies').select('id').execute()).toEqual([])
  })

  it('keeps the copy of a validated version with its SHA-256, who and when, in the audit log, byte for byte', async () => {
    const res = await upload([
      { name: 'note', type: 'text/plain', content: 'Signed by Els Peeters (DPO) with her eID.' },
      file(signed, 'C:\\Scans\\DPIA callcenter getekend.PDF'),
    ])
    expect(res.statusCode, res.body).toBe(201)
    const copy = res.json()
    firstId = copy.id
    expect(copy).toMatchObject({
      filename: 'DPIA callcenter getekend.pdf',
      sizeBytes: signed.length,
      sha256: sha(signed),
      note: 'Signed by Els Peeters (DPO) with her eID.',
      replacedBy: null,
    })
    expect(copy.uploadedBy).toMatch(/@/)
    const events = await uploads()
    expect(events).toEqual([
      {
        organization_id: org.id,
        summary: expect.objectContaining({
          activity: 'callcenter',
          version: 1,
          copyId: firstId,
          sha256: sha(signed),
          sizeBytes: signed.length,
          replaces: null,
        }),
      },
    ])
    // Sealed at rest: the stored text is not the PDF.
    const stored = await t.ctx.db
      .selectFrom('dpia_signed_copies')
      .select('content_encrypted')
      .executeTakeFirstOrThrow()
    expect(stored.content_encrypted).not.toContain('%PDF')

    // Listed with its version for everyone who reads the DPIA; downloaded as it was uploaded.
    const page = (await auditor('GET', `${base()}?version=1`)).json()
    expect(page.can).toEqual({ write: false, attach: false })
    const v1 = page.versions.find((v: { version: number }) => v.version === 1)
    expect(v1.signedCopies).toEqual([copy])
    expect(page.versions.find((v: { version: number }) => v.version === 2).signedCopies).toEqual([])
    const download = await auditor('GET', `${base()}/signed-copies/${firstId}`)
    expect(download.statusCode, download.body).toBe(200)
    expect(download.headers['content-type']).toBe('application/pdf')
    expect(download.headers['x-custos-sha256']).toBe(sha(signed))
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="dpia-callcenter-v1-signed-/,
    )
    expect(Buffer.compare(download.rawPayload, signed)).toBe(0)
  })

  it('replaces the copy only when the upload names it; the earlier one stays in the history', async () => {
    const rescanned = Buffer.concat([signed, Buffer.from('% rescanned\n%%EOF\n')])
    expect(fieldCodes(await upload([file(rescanned)]), 409, 'signed_copy_exists')).toEqual([
      'body.replaces:signed_copy_exists',
    ])
    expect(
      fieldCodes(
        await upload([
          { name: 'replaces', type: 'text/plain', content: '00000000-0000-4000-8000-000000000000' },
          file(rescanned),
        ]),
        409,
        'signed_copy_exists',
      ),
    ).toEqual(['body.replaces:signed_copy_exists'])
    // The fields after the file are read as well as those before it (R12: a note arriving after the file's
    // bytes were read was dropped). The body comes in two pieces, the second one only after the event loop has
    // run everything the first one set off - as a field behind a large file arrives over a network.
    const body = multipart([
      file(rescanned),
      { name: 'replaces', type: 'text/plain', content: firstId },
      { name: 'note', type: 'text/plain', content: 'Rescanned at 600 dpi; same signatures.' },
    ])
    const cut = body.payload.indexOf('Rescanned at') + 5
    let pushed = 0
    const streamed = new Readable({
      read() {
        pushed++
        if (pushed === 1) this.push(body.payload.subarray(0, cut))
        else if (pushed === 2)
          setImmediate(() => {
            this.push(body.payload.subarray(cut))
            this.push(null)
          })
      },
    })
    const res = await app.inject({
      method: 'POST',
      url: `${base()}/signed-copies?version=1`,
      headers: {
        cookie: officerSession.cookie,
        'x-csrf-token': officerSession.csrfToken,
        'content-type': body.contentType,
      },
      payload: streamed,
    })
    expect(res.statusCode, res.body).toBe(201)
    const second = res.json()
    expect(second.note).toBe('Rescanned at 600 dpi; same signatures.')
    // The same replacement sent twice: the second names a copy that is no longer the current one.
    expect(
      fieldCodes(
        await upload([{ name: 'replaces', type: 'text/plain', content: firstId }, file(rescanned)]),
        409,
        'signed_copy_exists',
      ),
    ).toEqual(['body.replaces:signed_copy_exists'])
    const v1 = (await officer('GET', `${base()}?version=1`))
      .json()
      .versions.find((v: { version: number }) => v.version === 1)
    expect(
      v1.signedCopies.map((c: { id: string; replacedBy: string | null }) => [c.id, c.replacedBy]),
    ).toEqual([
      [second.id, null],
      [firstId, second.id],
    ])
    const earlier = await officer('GET', `${base()}/signed-copies/${firstId}`)
    expect(Buffer.compare(earlier.rawPayload, signed)).toBe(0)
    const events = await uploads()
    expect(events.at(-1)?.summary).toMatchObject({
      copyId: second.id,
      sha256: sha(rescanned),
      replaces: firstId,
      replacedSha256: sha(signed),
    })
  })

  it('is for those who may decide; another organisation can neither read nor upload', async () => {
    const refused = await (async () => {
      const s = await signIn(app, ...(await memberOf('auditor')))
      return upload([file(signed)], 1, s)
    })()
    expect(expectProblem(refused, 403)).toMatchObject({ code: 'forbidden' })
    // Another organisation's owner: not found on this organisation, and this copy is not found on theirs.
    expectProblem(await upload([file(signed)], 1, outsiderSession), 404)
    expectProblem(await outsider('GET', `${base()}/signed-copies/${firstId}`), 404)
    expectProblem(await outsider('GET', `${base(other)}/signed-copies/${firstId}`), 404)
    expectProblem(await officer('GET', `${base()}/signed-copies/00000000-0000-4000-8000-000000000000`), 404)
    // Their own DPIA of the same activity key has no copy, and uploading to it changes nothing here.
    expect((await outsider('PUT', base(other), complete)).statusCode).toBe(200)
    expect(
      (await outsider('POST', `${base(other)}/decision`, { decision: 'refused', reason: 'Not yet.' }))
        .statusCode,
    ).toBe(200)
    const theirs = await upload([file(signed)], 1, outsiderSession, other)
    expect(theirs.statusCode, theirs.body).toBe(201)
    expectProblem(await officer('GET', `${base()}/signed-copies/${theirs.json().id}`), 404)
    const mine = (await officer('GET', `${base()}?version=1`))
      .json()
      .versions.find((v: { version: number }) => v.version === 1)
    expect(mine.signedCopies).toHaveLength(2)
  })

  it('refuses a stored copy whose bytes were altered with signed_copy_corrupt, recorded in the audit log', async () => {
    await t.ctx.db
      .updateTable('dpia_signed_copies')
      .set({
        content_encrypted: t.ctx.encryption.encrypt(
          Buffer.from('%PDF-1.7 other').toString('base64'),
          `dpia-signed-copy:${firstId}`,
        ),
      })
      .where('id', '=', firstId)
      .execute()
    const res = await officer('GET', `${base()}/signed-copies/${firstId}`)
    expect(expectProblem(res, 500)).toMatchObject({ code: 'signed_copy_corrupt' })
    expect(res.body).not.toContain('other')
    const events = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'dpia.signed_copy_corrupt')
      .execute()
    expect(events.map((e) => e.summary)).toEqual([
      expect.objectContaining({ copyId: firstId, reason: 'hash_mismatch', recordedSha256: sha(signed) }),
    ])
  })

  it('highlights the words changed inside a text in the diff of two versions', async () => {
    const diff = (await auditor('GET', `${base()}/diff?from=1&to=2&lang=en`)).json()
    expect(diff.changes).toEqual([
      expect.objectContaining({
        path: 'peopleViews',
        before: 'Works council heard.',
        after: 'Works council heard again.',
        words: [
          { op: 'same', text: 'Works council heard' },
          { op: 'added', text: ' again' },
          { op: 'same', text: '.' },
        ],
      }),
    ])
  })

  async function memberOf(role: 'auditor'): Promise<[string, string]> {
    const m = await createMember(t.ctx, org, role)
    return [m.email, m.password]
  }
})
