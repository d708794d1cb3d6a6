import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { hashToken } from '../src/crypto/tokens'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { buildPackage, packageLinkExpiry } from '../src/domain/packages'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { formatDate } from '../src/domain/requests'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { allJobs } from '../src/jobs/registry'
import type { Organization } from '../src/modules/organizations'
import { purgePackagesJob } from '../src/modules/packages'
import { purgeExpiredPackages } from '../src/modules/packages/purge'
import {
  findDownload,
  issuePackageLink,
  latestPackageOfRequest,
  storePackage,
} from '../src/modules/packages/service'
import { importRegister } from '../src/modules/register/import'
import { listRequestEvents } from '../src/modules/requests/repository'
import { samplePackageInput } from './fixtures/answer-package'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'
import { storedMail } from './support/outbox'
import { sampleRegister } from './support/register'

type Call = ReturnType<typeof asUser>
const DAY = 86_400_000
const tokenOf = (url: string) => /\/download\/([\w-]+)$/.exec(url)?.[1] ?? ''

describe('answer packages: encrypted storage, links, staff API, purge, completion letter', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let other: Organization
  let po: Call
  let auditor: Call
  let outsider: Call
  const api = (o: Organization = org) => `/api/v1/orgs/${o.slug}/requests`

  const createRequest = async (types: string[] = ['access'], o: Organization = org, call = po) => {
    const res = await call('POST', api(o), {
      channel: 'email',
      receivedAt: addDays(toBrusselsDate(new Date()), -1),
      subject: { name: 'Élise Peeters', email: 'elise@example.be' },
      types,
      language: 'nl',
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json().id as string
  }
  const store = async (requestId: string, o: Organization = org) => {
    const built = buildPackage(samplePackageInput('nl'))
    const { id } = await storePackage(t.ctx, {
      organizationId: o.id,
      requestId,
      runId: null,
      language: 'nl',
      zip: built.zip,
      fileName: built.fileName,
    })
    return { id, built }
  }
  const row = (id: string) =>
    t.ctx.db.selectFrom('answer_packages').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const auditOf = (id: string) =>
    t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'summary', 'actor_label'])
      .where('target_id', '=', id)
      .orderBy('seq')
      .execute()

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Boekhouding Peeters')
    await importRegister(t.ctx, systemActor('test'), org, registerDocumentSchema.parse(sampleRegister()), {
      mode: 'merge',
      dryRun: false,
    })
    other = await createOrg(t.ctx, 'Andere BV')
    const officer = await createMember(t.ctx, org, 'privacy_officer')
    po = asUser(app, await signIn(app, officer.email, officer.password))
    const au = await createMember(t.ctx, org, 'auditor')
    auditor = asUser(app, await signIn(app, au.email, au.password))
    const stranger = await createMember(t.ctx, other, 'owner')
    outsider = asUser(app, await signIn(app, stranger.email, stranger.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('stores the zip encrypted (bound to its row), with its hash and size, and no usable link yet', async () => {
    const requestId = await createRequest()
    const { id, built } = await store(requestId)
    const stored = await row(id)
    const zip = Buffer.from(built.zip)
    expect(stored).toMatchObject({
      organization_id: org.id,
      request_id: requestId,
      language: 'nl',
      file_name: 'DSR-2026-0007-inzage.zip',
      size_bytes: zip.length,
      sha256: createHash('sha256').update(zip).digest('hex'),
      downloaded_at: null,
      deleted_at: null,
    })
    const sealed = stored.content_encrypted ?? ''
    expect(sealed).toMatch(/^v1\./)
    // Neither the zip (PK\x03\x04...) nor its base64 (UEsDB...) is in the column; it is sealed (AES-GCM).
    expect(sealed.includes(zip.toString('base64').slice(0, 40))).toBe(false)
    expect(sealed.includes('UEsDB')).toBe(false)
    const body = Buffer.from(sealed.split('.')[3] ?? '', 'base64url')
    expect(body.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))).toBe(false)
    expect(body.includes(Buffer.from('index.html'))).toBe(false)
    expect(Buffer.from(t.ctx.encryption.decrypt(sealed, `package:${id}`), 'base64').equals(zip)).toBe(true)
    expect(() => t.ctx.encryption.decrypt(sealed, 'package:another-row')).toThrow()
    expect(stored.token_hash).toMatch(/^unissued:/)
    // Days from the organisation's setting (default 14), to the end of that Brussels day.
    expect(stored.expires_at.getTime()).toBe(packageLinkExpiry(new Date(), 14).expiresAt.getTime())
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['answer_package.stored'])
    expect(await latestPackageOfRequest(t.ctx, org.id, requestId)).toMatchObject({
      id,
      available: true,
      linkIssued: false,
    })
  })

  it('lists packages for staff who read requests, issues links for those who write, per organisation', async () => {
    const requestId = await createRequest()
    const { id } = await store(requestId)
    const listed = await auditor('GET', `${api()}/${requestId}/packages`)
    expect(listed.statusCode, listed.body).toBe(200)
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        id,
        fileName: 'DSR-2026-0007-inzage.zip',
        size: (await row(id)).size_bytes,
        linkIssued: false,
        available: true,
        downloadedAt: null,
        deletedAt: null,
      }),
    ])
    expect(JSON.stringify(listed.json())).not.toMatch(/content|token/i)
    expectProblem(await auditor('POST', `${api()}/${requestId}/packages/${id}/link`), 403)
    expectProblem(await outsider('GET', `${api()}/${requestId}/packages`), 404)
    expectProblem(await outsider('POST', `${api(other)}/${requestId}/packages/${id}/link`), 404)
    // A package of one request cannot be reached through another request's address.
    const otherRequest = await createRequest()
    expectProblem(await po('POST', `${api()}/${otherRequest}/packages/${id}/link`), 404)
    expectProblem(await po('DELETE', `${api()}/${otherRequest}/packages/${id}`), 404)
    expectProblem(await po('GET', `${api()}/00000000-0000-0000-0000-000000000000/packages`), 404)
    expectProblem(await po('GET', `${api()}/not-a-uuid/packages`), 400)

    const res = await po('POST', `${api()}/${requestId}/packages/${id}/link`)
    expect(res.statusCode, res.body).toBe(200)
    const link = res.json()
    expect(link.url).toMatch(new RegExp(`^http://custos\\.test/p/${org.slug}/download/[\\w-]{43}$`))
    const until = addDays(toBrusselsDate(new Date()), 14)
    expect(link.availableUntil).toBe(until)
    expect(link.expiresAt).toBe(packageLinkExpiry(new Date(), 14).expiresAt.toISOString())
    const stored = await row(id)
    expect(stored.token_hash).toBe(hashToken(tokenOf(link.url)))
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link.url))
    const audit = await auditOf(id)
    expect(audit.map((a) => a.action)).toEqual(['answer_package.stored', 'answer_package.link_issued'])
    expect(audit[1]?.actor_label).not.toBe('answer packages')
    expect((await po('GET', `${api()}/${requestId}/packages`)).json().items[0].linkIssued).toBe(true)
  })

  it('re-issuing a link invalidates the previous one', async () => {
    const requestId = await createRequest()
    const { id } = await store(requestId)
    const first = await issuePackageLink(t.ctx, id)
    expect(await findDownload(t.ctx, org.id, tokenOf(first.url))).toMatchObject({ id })
    const second = await issuePackageLink(t.ctx, id)
    expect(tokenOf(second.url)).not.toBe(tokenOf(first.url))
    expect(await findDownload(t.ctx, org.id, tokenOf(first.url))).toBeNull()
    expect(await findDownload(t.ctx, org.id, tokenOf(second.url))).toMatchObject({ id })
    // The token only works under its own organisation.
    expect(await findDownload(t.ctx, other.id, tokenOf(second.url))).toBeNull()
  })

  it('staff delete the content now; the record stays; no link can be issued any more', async () => {
    const requestId = await createRequest()
    const { id } = await store(requestId)
    const link = await issuePackageLink(t.ctx, id)
    const res = await po('DELETE', `${api()}/${requestId}/packages/${id}`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({
      id,
      available: false,
      deletedAt: expect.any(String),
      downloadedAt: null,
    })
    expect((await row(id)).content_encrypted).toBeNull()
    expect(await findDownload(t.ctx, org.id, tokenOf(link.url))).toBeNull()
    const gone = expectProblem(await po('POST', `${api()}/${requestId}/packages/${id}/link`), 409)
    expect(gone).toMatchObject({ code: 'package_gone', params: { downloaded: false } })
    const unknown = '00000000-0000-4000-8000-000000000000'
    const missing = expectProblem(await po('POST', `${api()}/${requestId}/packages/${unknown}/link`), 404)
    expect(missing).toMatchObject({ code: 'not_found', params: { entity: 'package' } })
    const noRequest = expectProblem(await po('GET', `${api()}/${unknown}/packages`), 404)
    expect(noRequest).toMatchObject({ code: 'not_found', params: { entity: 'request' } })
    expect((await po('DELETE', `${api()}/${requestId}/packages/${id}`)).statusCode).toBe(200)
    const deleted = (await auditOf(id)).filter((a) => a.action === 'answer_package.deleted')
    expect(deleted).toHaveLength(1)
    expect(deleted[0]?.summary).toMatchObject({ reason: 'staff' })
  })

  it('the hourly purge deletes content whose link expired or that never got a link in time', async () => {
    const setOrg = await createOrg(t.ctx, 'Korte Termijn BV')
    await t.ctx.db
      .updateTable('organizations')
      .set({ package_link_days: 3 })
      .where('id', '=', setOrg.id)
      .execute()
    const requestId = await createRequest(['access'], setOrg, asUser(app, await signInOwner(setOrg)))
    const now = new Date()
    const make = async () => (await store(requestId, setOrg)).id
    const expiredLink = await make()
    await issuePackageLink(t.ctx, expiredLink)
    await t.ctx.db
      .updateTable('answer_packages')
      .set({ expires_at: new Date(now.getTime() - 1000) })
      .where('id', '=', expiredLink)
      .execute()
    const liveLink = await make()
    await issuePackageLink(t.ctx, liveLink)
    const stale = await make()
    const recent = await make()
    const age = (id: string, days: number) =>
      t.ctx.db
        .updateTable('answer_packages')
        .set({ created_at: new Date(now.getTime() - days * DAY) })
        .where('id', '=', id)
        .execute()
    await age(stale, 3 + 7 + 1)
    await age(recent, 3 + 7 - 1)

    const purged = await purgeExpiredPackages(t.ctx, now)
    expect(purged).toBe(2)
    for (const id of [expiredLink, stale]) {
      const r = await row(id)
      expect(r.content_encrypted).toBeNull()
      expect(r.deleted_at?.getTime()).toBe(now.getTime())
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
    }
    for (const id of [liveLink, recent]) expect((await row(id)).content_encrypted).not.toBeNull()
    expect((await auditOf(expiredLink)).at(-1)?.summary).toMatchObject({ reason: 'link_expired' })
    expect((await auditOf(stale)).at(-1)?.summary).toMatchObject({ reason: 'no_link_issued' })
    // Nothing left to do: a second run deletes nothing and writes nothing.
    expect(await purgeExpiredPackages(t.ctx, now)).toBe(0)
    expect(allJobs()).toContain(purgePackagesJob)
    expect(purgePackagesJob.cron).toBe('15 * * * *')
  })

  it('the completion letter by e-mail carries a fresh download link and its last day', async () => {
    const requestId = await createRequest()
    const { id } = await store(requestId)
    const earlier = await issuePackageLink(t.ctx, id)
    const done = await po('POST', `${api()}/${requestId}/actions/complete`, {
      details: { access: { delivery: 'download' } },
    })
    expect(done.statusCode, done.body).toBe(200)
    const letter = done.json().letters.find((l: { kind: string }) => l.kind === 'completed')
    const mail = await storedMail(t.ctx, letter.outboxId)
    const url = new RegExp(`http://custos\\.test/p/${org.slug}/download/([\\w-]{43})`).exec(
      mail.text_body ?? '',
    )
    expect(url).not.toBeNull()
    expect(mail.html_body).toContain(url?.[0])
    const until = addDays(toBrusselsDate(new Date()), 14)
    expect(mail.text_body).toContain(`beschikbaar is tot en met ${formatDate(until)}`)
    expect(await findDownload(t.ctx, org.id, url?.[1] ?? '')).toMatchObject({ id })
    expect(await findDownload(t.ctx, org.id, tokenOf(earlier.url))).toBeNull()
    // The letter's recorded facts carry the date; the secret link is not recorded.
    const events = await listRequestEvents(
      t.ctx.db,
      t.ctx.encryption,
      org.id,
      requestId,
      'request.letter_queued',
    )
    const event = events.at(-1)
    expect(event?.data).toMatchObject({ spec: { details: { access: { availableUntil: until } } } })
    expect(JSON.stringify(event?.data)).not.toContain(url?.[1])
  })

  it('without a stored package the letter says the link comes separately', async () => {
    const requestId = await createRequest()
    const done = await po('POST', `${api()}/${requestId}/actions/complete`, {
      details: { access: { delivery: 'download' } },
    })
    expect(done.statusCode, done.body).toBe(200)
    const letter = done.json().letters.find((l: { kind: string }) => l.kind === 'completed')
    const mail = await storedMail(t.ctx, letter.outboxId)
    expect(mail.text_body).not.toContain('/download/')
    expect(mail.text_body).toContain('in een afzonderlijk bericht')
  })

  async function signInOwner(o: Organization) {
    const owner = await createMember(t.ctx, o, 'owner')
    return signIn(app, owner.email, owner.password)
  }
})
