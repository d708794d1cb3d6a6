import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ScanResult } from '../src/domain/cookies/findings'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { claimScan, organizationIdsToScan } from '../src/modules/cookies/repository'
import { requestCookieScan, runRequestedScan } from '../src/modules/cookies/scans'
import { findOrganizationById, type Organization } from '../src/modules/organizations'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, expectProblem, signIn } from './support/http'

const SITE = 'https://www.webwinkel.example/'

/** What Chromium saw on the site: a tracking cookie before any consent; on the second visit a new cookie too. */
function observed(extraCookie?: string): ScanResult {
  const before = [{ name: 'tracking_id', domain: 'www.webwinkel.example', page: SITE }]
  if (extraCookie) before.push({ name: extraCookie, domain: 'www.webwinkel.example', page: SITE })
  return {
    pages: [SITE],
    before: { cookies: before, storage: [], requests: [] },
    accepted: { cookies: before, storage: [], requests: [] },
    rejected: { cookies: [], storage: [], requests: [] },
  }
}

/**
 * Starting a cookie scan from the web page or the API (issue 18): refused without pages to scan, queued as a
 * pg-boss job, refused while one is queued or running, stored on its row by the worker with its findings and the
 * difference from the scan before, and a scan whose worker vanished shown as failed. The browser itself is driven
 * in e2e/cookies-ui.test.ts; here the worker's runner answers what Chromium would have seen.
 */
describe('cookie scans started on request', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let owner: ReturnType<typeof asUser>
  const api = () => `/api/v1/orgs/${org.slug}/cookies`

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    org = await createOrg(t.ctx, 'Webwinkel BV')
    const m = await createMember(t.ctx, org, 'owner')
    owner = asUser(app, await signIn(app, m.email, m.password))
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  const work = async (scanId: string, result: ScanResult) => {
    const claimed = await claimScan(t.ctx.db, scanId)
    expect(claimed?.organization_id).toBe(org.id)
    expect(await claimScan(t.ctx.db, scanId)).toBeUndefined()
    const target = await findOrganizationById(t.ctx.db, org.id)
    if (!target) throw new Error('organisation gone')
    return runRequestedScan(t.ctx, target, scanId, async () => result)
  }

  it('queues a scan, refuses a second, stores the outcome and the difference from the scan before', async () => {
    expect(expectProblem(await owner('POST', `${api()}/scans`), 409).code).toBe('no_scan_urls')
    const settings = await owner('PUT', `${api()}/settings`, {
      scanUrls: [SITE],
      scanDepth: 0,
      reconsentDays: 182,
    })
    expect(settings.statusCode, settings.body).toBe(200)
    // The monthly scan job reaches this organisation (its row read through organizations' face).
    expect(await organizationIdsToScan(t.ctx.db)).toContain(org.id)

    const started = await owner('POST', `${api()}/scans`)
    expect(started.statusCode, started.body).toBe(202)
    const first = started.json()
    expect(first).toMatchObject({ status: 'queued', finishedAt: null, findings: [] })
    const job = await sql<{ data: { payload: { scanId: string } } }>`
      select data from pgboss.job where name = 'cookies.scan-requested'`.execute(t.ctx.db)
    expect(job.rows.map((r) => r.data.payload.scanId)).toEqual([first.id])
    expect(expectProblem(await owner('POST', `${api()}/scans`), 409).code).toBe('scan_in_progress')

    const outcome = await work(first.id, observed())
    expect(outcome.status).toBe('completed')
    const scans = (await owner('GET', `${api()}/scans`)).json().items
    expect(scans[0]).toMatchObject({ id: first.id, status: 'completed', pages: [SITE] })
    expect(scans[0].finishedAt).not.toBeNull()
    expect(scans[0].diff).toBeNull()
    expect(
      scans[0].findings.map((f: { code: string; subject: string }) => `${f.code} ${f.subject}`),
    ).toContain('cookie_before_consent tracking_id')

    // Stored with their versions (decision 0042); findings stored before as a bare array still read.
    const row = await t.ctx.db
      .selectFrom('cookie_scans')
      .select(['result', 'findings'])
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow()
    expect(row.result).toMatchObject({ $v: 1, pages: [SITE] })
    const stored = row.findings as { $v: number; items: unknown[] }
    expect(stored.$v).toBe(1)
    await t.ctx.db
      .updateTable('cookie_scans')
      .set({ findings: JSON.stringify(stored.items) })
      .where('id', '=', first.id)
      .execute()
    expect((await owner('GET', `${api()}/scans`)).json().items[0].findings).toEqual(scans[0].findings)

    // A second scan: the new cookie is in its difference from the first.
    const second = (await owner('POST', `${api()}/scans`)).json()
    await work(second.id, observed('_hjid'))
    const latest = (await owner('GET', `${api()}/scans`)).json().items[0]
    expect(latest.id).toBe(second.id)
    expect(latest.diff.newCookies).toEqual(['_hjid'])
    expect(latest.diff.newFindings.map((f: { subject: string }) => f.subject)).toContain('_hjid')
  })

  it('shows a scan whose worker vanished as failed, and lets a new one start', async () => {
    const stuck = (await owner('POST', `${api()}/scans`)).json()
    await t.ctx.db
      .updateTable('cookie_scans')
      .set({ started_at: new Date(Date.now() - 2 * 3_600_000) })
      .where('id', '=', stuck.id)
      .execute()
    const shown = (await owner('GET', `${api()}/scans`))
      .json()
      .items.find((s: { id: string }) => s.id === stuck.id)
    expect(shown).toMatchObject({ status: 'failed', finishedAt: null })
    expect(shown.error).toMatch(/stopped without a result/)
    const next = await owner('POST', `${api()}/scans`)
    expect(next.statusCode, next.body).toBe(202)
    // Its worker ending late does not revive the scan recorded as failed (review m4).
    await runRequestedScan(t.ctx, org, stuck.id, async () => observed('_late_cookie'))
    const late = await t.ctx.db
      .selectFrom('cookie_scans')
      .select(['status', 'finished_at'])
      .where('id', '=', stuck.id)
      .executeTakeFirstOrThrow()
    expect(late).toMatchObject({ status: 'failed' })
    const proposals = await t.ctx.db
      .selectFrom('cookie_proposals')
      .select('id')
      .where('scan_id', '=', stuck.id)
      .execute()
    expect(proposals).toEqual([])
    // A failing browser is stored as a failed scan with its error, never left running.
    const failed = await runRequestedScan(t.ctx, org, next.json().id, async () => {
      throw new Error('net::ERR_NAME_NOT_RESOLVED at https://www.webwinkel.example/')
    })
    expect(failed.status).toBe('failed')
    const row = (await owner('GET', `${api()}/scans`)).json().items[0]
    expect(row).toMatchObject({ status: 'failed', error: expect.stringContaining('ERR_NAME_NOT_RESOLVED') })
  })

  it('queues one scan of two asked at the same moment, and a scan that could not be queued holds nothing back', async () => {
    const jobs = async () =>
      (
        await sql<{ n: number }>`
          select count(*)::int as n from pgboss.job where name = 'cookies.scan-requested'`.execute(t.ctx.db)
      ).rows[0]?.n
    const before = await jobs()
    const both = await Promise.all([owner('POST', `${api()}/scans`), owner('POST', `${api()}/scans`)])
    expect(both.map((r) => r.statusCode).sort()).toEqual([202, 409])
    const refused = both.find((r) => r.statusCode === 409)
    const started = both.find((r) => r.statusCode === 202)?.json()
    expect(refused?.json()).toMatchObject({ code: 'scan_in_progress', params: { scanId: started.id } })
    expect(await jobs()).toBe((before ?? 0) + 1)
    const unfinished = await t.ctx.db
      .selectFrom('cookie_scans')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('status', 'in', ['queued', 'running'])
      .execute()
    expect(unfinished.map((r) => r.id)).toEqual([started.id])
    await work(started.id, observed())

    // The queue refused the job: the scan is recorded as failed, and the next one may start.
    await expect(
      requestCookieScan(t.ctx, org, null, async () => {
        throw new Error('queue unavailable')
      }),
    ).rejects.toThrow('queue unavailable')
    const lost = (await owner('GET', `${api()}/scans`)).json().items[0]
    expect(lost).toMatchObject({ status: 'failed', error: expect.stringContaining('could not be handed') })
    const next = await owner('POST', `${api()}/scans`)
    expect(next.statusCode, next.body).toBe(202)
  })
})
