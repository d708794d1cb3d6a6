import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import type { ScanResult } from '../src/domain/cookies/findings'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { listActions } from '../src/modules/action-plan'
import {
  BREACH_CLOCK_SOURCE,
  CAUSE_SOURCES,
  COOKIE_BEFORE_CONSENT_SOURCE,
  DNCM_STALE_SOURCE,
  RETENTION_SWEEP_SOURCE,
  sweepComplianceCauses,
} from '../src/modules/compliance'
import { runCookieScan, saveSiteSettings } from '../src/modules/cookies'
import type { Organization } from '../src/modules/organizations'
import { importDncmFile } from '../src/modules/suppression'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'

const SITE = 'https://www.belwinkel.example/'
const actor = systemActor('test')
const titleOf = (a: { title: unknown } | undefined) =>
  a?.title as { nl: string; fr: string; en: string } | undefined
/** A DNCM file with one number registered on `date`. */
const dncm = (date: string) =>
  Readable.from([
    `telefoonnummer;inschrijvingsdatum\r\n0470000001;${date.split('-').reverse().join('/')}\r\n`,
  ])

/**
 * The action plan reads the other modules' state through their public faces (issue 21 item 3): a breach clock, a
 * stale Do Not Call Me list, cookies before consent, a failed or paused retention sweep. Each cause opens one
 * action (never two, however often the sweep runs), which follows the cause and closes once it is gone.
 */
describe('action plan: actions opened and closed from the other modules’ state', () => {
  let t: TestContext
  let app: App
  let org: Organization
  let officer: ReturnType<typeof asUser>

  const sweep = (at: string) => sweepComplianceCauses(t.ctx, org, new Date(at))
  const open = async (source: string) =>
    (await listActions(t.ctx.db, org.id, { status: 'pending' })).filter((a) => a.source === source)
  const closed = async (source: string) =>
    (await listActions(t.ctx.db, org.id, { status: 'closed' })).filter((a) => a.source === source)

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  })
  // Each cause on an organisation of its own: the sweeps travel in time, and every source is swept each time.
  const freshOrg = async (name: string) => {
    org = await createOrg(t.ctx, name)
    const m = await createMember(t.ctx, org, 'privacy_officer')
    officer = asUser(app, await signIn(app, m.email, m.password))
  }
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('follows a breach’s 72-hour clock: due, overdue, then the complement once part 1 is filed', async () => {
    await freshOrg('Belwinkel Datalek')
    const api = `/api/v1/orgs/${org.slug}/breaches`
    const recorded = await officer('POST', api, {
      title: 'Mailing list sent in open copy',
      discoveredAt: '2026-01-09T21:00:00+01:00',
      discoveryMethod: 'A customer replied to all.',
      awareAt: '2026-01-09T23:30:00+01:00',
      description: 'A newsletter went out with every address in the visible copy field.',
      nature: ['confidentiality'],
      origin: 'wrong_recipient',
      cause: 'internal_accidental',
      systems: [],
      peopleApprox: 800,
      encrypted: false,
      consequences: 'The customers’ e-mail addresses are known to each other.',
      measuresTaken: 'Recall requested.',
    })
    expect(recorded.statusCode, recorded.body).toBe(201)
    const breach = recorded.json() as { id: string; reference: string }

    expect(await sweep('2026-01-10T12:00:00+01:00')).toEqual({ opened: 1, closed: 0 })
    expect(await sweep('2026-01-10T12:15:00+01:00')).toEqual({ opened: 0, closed: 0 })
    const [due] = await open(BREACH_CLOCK_SOURCE)
    expect(due).toMatchObject({
      source_key: `${breach.id}:part1`,
      priority: 'critical',
      due_date: '2026-01-12',
      link: `/orgs/${org.slug}/breaches/${breach.id}`,
    })
    expect(titleOf(due)?.en).toBe(
      `Breach ${breach.reference}: notify the GBA within 72 hours, by 12/01/2026 23:30`,
    )
    expect(titleOf(due)?.nl).toContain('uiterlijk 12/01/2026 23:30')

    // Past the 72 hours: the same action says so, none is added.
    expect(await sweep('2026-01-13T00:00:00+01:00')).toEqual({ opened: 0, closed: 0 })
    const overdue = await open(BREACH_CLOCK_SOURCE)
    expect(overdue.map((a) => a.id)).toEqual([due?.id])
    expect(titleOf(overdue[0])?.fr).toContain('en retard')

    const filed = await officer('POST', `${api}/${breach.id}/notification/part1`, {
      filedAt: '2026-01-13T10:00:00+01:00',
      delayReason: 'The addresses concerned were only counted on Tuesday morning.',
    })
    expect(filed.statusCode, filed.body).toBe(200)
    expect(await sweep('2026-01-13T12:00:00+01:00')).toEqual({ opened: 1, closed: 1 })
    expect((await open(BREACH_CLOCK_SOURCE)).map((a) => [a.source_key, a.due_date])).toEqual([
      [`${breach.id}:part2`, '2026-02-03'],
    ])
    expect((await closed(BREACH_CLOCK_SOURCE)).map((a) => [a.id, a.closed_reason])).toEqual([
      [due?.id, 'cause_gone'],
    ])
  })

  it('asks for a fresh Do Not Call Me list once the one in use is too old, and stops once one is imported', async () => {
    await freshOrg('Belwinkel Bellen')
    await importDncmFile(t.ctx, actor, org, dncm('2026-03-01'), {
      fileName: 'dncm.txt',
      fileDate: '2026-03-02',
      now: new Date('2026-03-02T09:00:00+01:00'),
    })
    expect(await sweep('2026-03-04T09:00:00+01:00')).toEqual({ opened: 0, closed: 0 })
    expect(await sweep('2026-03-10T09:00:00+01:00')).toEqual({ opened: 1, closed: 0 })
    const [stale] = await open(DNCM_STALE_SOURCE)
    expect(titleOf(stale)?.en).toBe(
      'The Do Not Call Me list in use (of 2026-03-02) could be used until 2026-03-07 - import a recent list before calling',
    )
    await importDncmFile(t.ctx, actor, org, dncm('2026-03-09'), {
      fileName: 'dncm.txt',
      fileDate: '2026-03-10',
      now: new Date('2026-03-10T10:00:00+01:00'),
    })
    expect(await sweep('2026-03-10T10:15:00+01:00')).toEqual({ opened: 0, closed: 1 })
    expect(await open(DNCM_STALE_SOURCE)).toEqual([])
  })

  it('opens an action per cookie set before consent in the latest scan, and closes it when a scan no longer sees it', async () => {
    await freshOrg('Belwinkel Cookies')
    await saveSiteSettings(t.ctx, actor, org, { scanUrls: [SITE], scanDepth: 0, reconsentDays: 182 })
    const seen = (before: string[]): ScanResult => {
      const cookies = before.map((name) => ({ name, domain: 'www.belwinkel.example', page: SITE }))
      return {
        pages: [SITE],
        before: { cookies, storage: [], requests: [] },
        accepted: { cookies, storage: [], requests: [] },
        rejected: { cookies: [], storage: [], requests: [] },
      }
    }
    // The scanner's browser is driven in e2e/cookies-ui.test.ts; here the runner answers what Chromium saw.
    await runCookieScan(t.ctx, org, async () => seen(['_ga', '_fbp']))
    const now = new Date().toISOString()
    expect(await sweep(now)).toEqual({ opened: 2, closed: 0 })
    expect(await sweep(now)).toEqual({ opened: 0, closed: 0 })
    const keys = (await open(COOKIE_BEFORE_CONSENT_SOURCE)).map((a) => a.source_key).sort()
    expect(keys).toEqual(['cookie_before_consent:_fbp', 'cookie_before_consent:_ga'])
    await runCookieScan(t.ctx, org, async () => seen(['_fbp']))
    expect(await sweep(now)).toEqual({ opened: 0, closed: 1 })
    expect((await open(COOKIE_BEFORE_CONSENT_SOURCE)).map((a) => a.source_key)).toEqual([
      'cookie_before_consent:_fbp',
    ])
  })

  it('opens an action for a paused or failed retention sweep, closed once a later run of the same rule finishes', async () => {
    await freshOrg('Belwinkel Bewaring')
    // The runs as the retention module writes them (a sweep over its ceiling pauses; one stopped by an error stays
    // running with the reason): state fixtures, the sweeps themselves are tested in retention.test.ts.
    const run = (collection: string, status: 'paused' | 'running' | 'completed', startedAt: string) =>
      t.ctx.db
        .insertInto('retention_runs')
        .values({
          id: randomUUID(),
          organization_id: org.id,
          rule_key: 'invoices',
          dataset_key: 'erp',
          system_key: 'erp',
          collection,
          action: 'delete',
          cutoff: '2019-01-01',
          today: startedAt.slice(0, 10),
          status,
          reason: status === 'paused' ? 'ceiling_exceeded' : status === 'running' ? 'stopped_by_error' : null,
          started_by_label: 'retention sweeps',
          started_at: new Date(startedAt),
        })
        .execute()
    await run('customers', 'paused', '2026-02-01T03:00:00Z')
    await run('orders', 'completed', '2026-02-01T03:00:00Z')
    await run('orders', 'running', '2026-02-02T03:00:00Z')
    expect(await sweep('2026-02-02T09:00:00Z')).toEqual({ opened: 2, closed: 0 })
    expect(await sweep('2026-02-02T09:15:00Z')).toEqual({ opened: 0, closed: 0 })
    const titles = (await open(RETENTION_SWEEP_SOURCE)).map((a) => (a.title as { en: string }).en).sort()
    expect(titles).toEqual([
      'Retention invoices / customers: the sweep of 2026-02-01 is paused - more rows than its ceiling, approve the number',
      'Retention invoices / orders: the sweep of 2026-02-02 failed - the data is kept beyond its term',
    ])
    await run('orders', 'completed', '2026-02-03T03:00:00Z')
    expect(await sweep('2026-02-03T09:00:00Z')).toEqual({ opened: 0, closed: 1 })
    expect((await open(RETENTION_SWEEP_SOURCE)).map((a) => a.source_key)).toEqual(['invoices:erp:customers'])
  })

  it('closes nothing of a source whose module fails to answer, and still sweeps the others', async () => {
    // The retention organisation of the test before, with its paused sweep's action; it also consulted DNCM once.
    await importDncmFile(t.ctx, actor, org, dncm('2026-03-01'), {
      fileName: 'dncm.txt',
      fileDate: '2026-03-02',
      now: new Date('2026-03-02T09:00:00+01:00'),
    })
    const before = (await open(RETENTION_SWEEP_SOURCE)).length
    expect(before).toBe(1)
    const broken = { source: RETENTION_SWEEP_SOURCE, list: () => Promise.reject(new Error('database gone')) }
    await expect(
      sweepComplianceCauses(t.ctx, org, new Date('2026-03-20T10:00:00+01:00'), [
        broken,
        ...CAUSE_SOURCES.filter((s) => s.source !== RETENTION_SWEEP_SOURCE),
      ]),
    ).rejects.toThrow('database gone')
    expect(await open(RETENTION_SWEEP_SOURCE)).toHaveLength(1)
    // The others ran: a Do Not Call Me copy imported now is too old by the 20th.
    expect(await open(DNCM_STALE_SOURCE)).toHaveLength(1)
    // Each organisation's actions are its own.
    const other = await createOrg(t.ctx, 'Andere Winkel')
    expect(await listActions(t.ctx.db, other.id, { status: 'all' })).toEqual([])
  })
})
