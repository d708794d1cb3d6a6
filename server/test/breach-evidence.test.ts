import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { multipart } from './support/multipart'
import { sampleRegister } from './support/register'

type Call = ReturnType<typeof asUser>
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR screenshot of the ransom note'),
])
const LOG = 'Jan 09 18:02:11 sshd[811]: Accepted password for backup from 203.0.113.7\n'

const facts = {
  title: 'Ransomware on the file server',
  discoveredAt: '2026-01-09T21:00:00+01:00',
  awareAt: '2026-01-09T23:30:00+01:00',
  description: 'The file server was encrypted; the attacker claims to have copied client files.',
  nature: ['confidentiality', 'availability'],
  origin: 'ransomware',
  cause: 'external_malicious',
  systems: ['cloudbooks-app'],
  encrypted: false,
}

/**
 * Evidence files of a breach (issue 19, item 1): uploaded as multipart, checked like an answer's files, stored
 * sealed, listed, downloaded by those who may decide on the breach, every step audited, scoped to the organisation.
 */
describe('breach evidence files', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let officer: Call
  let auditor: Call
  let outsider: Call
  let session: { cookie: string; csrfToken: string }
  let breachId: string
  const api = (o: Organization = org) => `/api/v1/orgs/${o.slug}/breaches`

  const upload = (body: ReturnType<typeof multipart>, id = breachId, o: Organization = org) =>
    app.inject({
      method: 'POST',
      url: `${api(o)}/${id}/evidence`,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': body.contentType,
      },
      payload: body.payload,
    })

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    other = await createOrg(t.ctx, 'Ander Kantoor')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    const m = await createMember(t.ctx, org, 'privacy_officer')
    session = await signIn(app, m.email, m.password)
    officer = asUser(app, session)
    const a = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, a.email, a.password))
    const o = await createMember(t.ctx, other, 'privacy_officer')
    outsider = asUser(app, await signIn(app, o.email, o.password))
    const res = await officer('POST', api(), facts)
    expect(res.statusCode, res.body).toBe(201)
    breachId = res.json().id
  })

  afterAll(async () => {
    await app?.close()
    await t?.close()
  })

  it('stores a screenshot and a log sealed, lists them and gives them back byte for byte', async () => {
    const added = await upload(
      multipart([
        { name: 'description', type: 'text/plain', content: 'The ransom note on the reception PC' },
        { name: 'file', filename: 'ransom note.png', type: 'image/png', content: PNG },
      ]),
    )
    expect(added.statusCode, added.body).toBe(201)
    const png = added.json()
    expect(png).toMatchObject({
      filename: 'ransom note.png',
      contentType: 'image/png',
      sizeBytes: PNG.length,
      description: 'The ransom note on the reception PC',
    })
    const log = await upload(multipart([{ name: 'file', filename: 'auth.log.txt', content: LOG }]))
    expect(log.statusCode, log.body).toBe(201)

    const list = await officer('GET', `${api()}/${breachId}/evidence`)
    expect(list.json().items.map((f: { filename: string }) => f.filename)).toEqual([
      'ransom note.png',
      'auth.log.txt',
    ])
    // The auditor sees that there is evidence, but may not open it (it may hold the leaked data).
    expect((await auditor('GET', `${api()}/${breachId}/evidence`)).statusCode).toBe(200)
    expect((await auditor('GET', `${api()}/${breachId}/evidence/${png.id}`)).statusCode).toBe(403)
    expect((await officer('GET', `${api()}/${breachId}`)).json().can.evidence).toBe(true)

    const down = await officer('GET', `${api()}/${breachId}/evidence/${png.id}`)
    expect(down.statusCode).toBe(200)
    expect(down.rawPayload.equals(PNG)).toBe(true)
    expect(down.headers['content-type']).toBe('application/octet-stream')
    expect(down.headers['content-disposition']).toBe('attachment; filename="ransom_note.png"')
    expect(down.headers['x-original-content-type']).toBe('image/png')

    const row = await t.ctx.db
      .selectFrom('breach_evidence')
      .select(['content_encrypted', 'organization_id'])
      .where('id', '=', png.id)
      .executeTakeFirstOrThrow()
    expect(row.organization_id).toBe(org.id)
    expect(row.content_encrypted).toMatch(/^v1\./)
    expect(row.content_encrypted).not.toContain(PNG.toString('base64').slice(0, 16))
    // Sealed to its row: under another evidence's id the ciphertext does not open.
    const logId: string = log.json().id
    expect(() => t.ctx.encryption.decrypt(row.content_encrypted, `breach-evidence:${logId}`)).toThrow()
    expect(t.ctx.encryption.decrypt(row.content_encrypted, `breach-evidence:${png.id}`)).toBe(
      PNG.toString('base64'),
    )
  })

  it('refuses what is not evidence with a problem naming the field, never a 500', async () => {
    const fieldCode = async (body: ReturnType<typeof multipart>) => {
      const problem = expectProblem(await upload(body), 422)
      expect(problem.errors?.[0]?.path).toMatch(/^body\./)
      return problem.errors?.[0]?.code
    }
    expect(await fieldCode(multipart([{ name: 'file', filename: 'empty.txt', content: '' }]))).toBe(
      'file_empty',
    )
    expect(
      await fieldCode(multipart([{ name: 'file', filename: 'fake.pdf', content: 'not a pdf at all' }])),
    ).toBe('file_type_not_allowed')
    expect(await fieldCode(multipart([{ name: 'file', filename: 'run.exe', content: 'MZ\u0090' }]))).toBe(
      'file_type_not_allowed',
    )
    expect(await fieldCode(multipart([{ name: 'file', filename: 'noextension', content: LOG }]))).toBe(
      'invalid_file_name',
    )
    expect(
      await fieldCode(
        multipart([
          { name: 'description', type: 'text/plain', content: 'x'.repeat(501) },
          { name: 'file', filename: 'a.txt', content: LOG },
        ]),
      ),
    ).toBe('too_big')
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41)
    expect(await fieldCode(multipart([{ name: 'file', filename: 'big.txt', content: big }]))).toBe(
      'file_too_large',
    )
    // JSON instead of multipart: 415; no file part: the file is missing.
    expectProblem(await officer('POST', `${api()}/${breachId}/evidence`, { file: 'x' }), 415)
    expect(
      await fieldCode(multipart([{ name: 'description', type: 'text/plain', content: 'only words' }])),
    ).toBe('file_empty')
  })

  it('is scoped to the organisation and audited: added, downloaded', async () => {
    const body = multipart([{ name: 'file', filename: 'a.txt', content: LOG }])
    expectProblem(await upload(body, breachId, other), 404)
    expect((await outsider('GET', `${api(other)}/${breachId}/evidence`)).statusCode).toBe(404)
    const mine = (await officer('GET', `${api()}/${breachId}/evidence`)).json().items[0].id
    expect((await outsider('GET', `${api(other)}/${breachId}/evidence/${mine}`)).statusCode).toBe(404)
    // Not a member: the organisation itself is not found.
    expect((await outsider('GET', `${api()}/${breachId}/evidence/${mine}`)).statusCode).toBe(404)

    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'organization_id'])
      .where('target_id', '=', breachId)
      .where('action', 'like', 'breach.evidence%')
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => a.action)).toEqual([
      'breach.evidence_added',
      'breach.evidence_added',
      'breach.evidence_downloaded',
    ])
    expect(new Set(audit.map((a) => a.organization_id))).toEqual(new Set([org.id]))
  })

  it('a closed breach takes no more evidence; its files stay readable', async () => {
    expect((await officer('POST', `${api()}/${breachId}/close`, { reason: 'Handled.' })).statusCode).toBe(200)
    expectProblem(await upload(multipart([{ name: 'file', filename: 'late.txt', content: LOG }])), 409)
    expect((await officer('GET', `${api()}/${breachId}/evidence`)).json().items).toHaveLength(2)
  })
})
