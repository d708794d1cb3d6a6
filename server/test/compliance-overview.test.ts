import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../src/audit/actor'
import { toBrusselsDate } from '../src/domain/brussels-time'
import { addDays } from '../src/domain/calendar-date'
import { registerDocumentSchema } from '../src/domain/register/schema'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import { sweepComplianceCauses, takeAllSnapshots, takeSnapshot } from '../src/modules/compliance'
import { sweepDpiaActions } from '../src/modules/dpia'
import { addMember } from '../src/modules/members'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { sampleRegister } from './support/register'

const daysAgo = (days: number) => addDays(toBrusselsDate(new Date()), -days)

interface Overview {
  slug: string
  urgency: number
  trend: {
    historySince: string | null
    comparedWith: string | null
    previous: Record<string, number | null>
    emptyThen: string[]
  }
  indicators: {
    key: string
    measured: boolean
    value: number | null
    level: string | null
    details: Record<string, unknown>
  }[]
}

describe('compliance overview per organisation and across a consultant’s organisations', () => {
  let t: TestContext
  let app: App
  let calm: Organization
  let busy: Organization
  let foreign: Organization
  let auditorOnly: Organization
  let agentOnly: Organization
  let consultant: ReturnType<typeof asUser>

  beforeAll(async () => {
    t = await createTestContext()
    app = await buildApp(t.ctx, { serveWeb: false, logger: false })
    calm = await createOrg(t.ctx, 'Aannemer Calm')
    busy = await createOrg(t.ctx, 'Zorg Busy')
    foreign = await createOrg(t.ctx, 'Not Mine')
    auditorOnly = await createOrg(t.ctx, 'Audit Only')
    agentOnly = await createOrg(t.ctx, 'Agent Only')
    const c = await createMember(t.ctx, calm, 'privacy_officer')
    await addMember(t.ctx, systemActor('test'), busy, { email: c.email, role: 'privacy_officer' })
    await addMember(t.ctx, systemActor('test'), auditorOnly, { email: c.email, role: 'auditor' })
    await addMember(t.ctx, systemActor('test'), agentOnly, { email: c.email, role: 'agent' })
    consultant = asUser(app, await signIn(app, c.email, c.password))
    const base = sampleRegister('Zorg Busy')
    const activity = base.activities?.[0]
    if (!activity) throw new Error('no activity')
    await importRegister(
      t.ctx,
      systemActor('test'),
      calm,
      registerDocumentSchema.parse(sampleRegister('Aannemer Calm')),
      {
        mode: 'merge',
        dryRun: false,
      },
    )
    await importRegister(
      t.ctx,
      systemActor('test'),
      busy,
      registerDocumentSchema.parse({
        ...base,
        vendors: [
          {
            key: 'cloudbooks',
            name: 'CloudBooks NV',
            country: 'BE',
            role: 'processor',
            dpa: { signed: false },
          },
        ],
        activities: [
          activity,
          {
            ...activity,
            key: 'patients',
            name: 'Patiëntendossier',
            subjectCategories: ['clients', 'minors'],
            dataCategories: [{ category: 'health_data', source: 'subject' }],
            art9Condition: 'health_care',
          },
        ],
      }),
      { mode: 'merge', dryRun: false },
    )
    await sweepDpiaActions(t.ctx, busy)
  })
  afterAll(async () => {
    await app.close()
    await t.close()
  })

  it('lists only the consultant’s organisations, most urgent first, with indicators not measured said so', async () => {
    const res = await consultant('GET', '/api/v1/me/compliance')
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json() as { items: Overview[]; withoutAccess: { slug: string; role: string }[] }
    const slugs = body.items.map((i) => i.slug)
    expect([...slugs].sort()).toEqual([busy.slug, calm.slug, auditorOnly.slug].sort())
    expect(slugs).not.toContain(foreign.slug)
    const urgencies = body.items.map((i) => i.urgency)
    expect(urgencies).toEqual([...urgencies].sort((a, b) => b - a))
    const view = (slug: string) => body.items.find((i) => i.slug === slug)
    expect(view(busy.slug)?.urgency).toBeGreaterThan(view(calm.slug)?.urgency ?? 0)
    expect(slugs.indexOf(busy.slug)).toBeLessThan(slugs.indexOf(calm.slug))
    const ind = (o: Overview | undefined, key: string) => o?.indicators.find((i) => i.key === key)
    const busyView = view(busy.slug)
    expect(ind(busyView, 'agreements_missing')).toMatchObject({
      measured: true,
      value: 1,
      level: 'urgent',
      details: { unsigned: 1, notRecorded: 0 },
    })
    expect(ind(busyView, 'dpias')).toMatchObject({ measured: true, details: { unscreened: 1 } })
    expect(ind(busyView, 'action_plan')?.value).toBeGreaterThan(0)
    expect(ind(busyView, 'notice')).toMatchObject({ measured: true, value: null, level: 'urgent' })
    // Nothing answered in the window: no percentage and no level, rather than a reassuring 100 %.
    expect(ind(busyView, 'requests_on_time')).toMatchObject({ measured: true, value: null, level: null })
    expect(busyView?.trend).toEqual({ historySince: null, comparedWith: null, previous: {}, emptyThen: [] })
    expect(ind(busyView, 'breach_clocks')).toMatchObject({ measured: true, value: 0, level: 'ok' })
    expect(ind(busyView, 'retention_sweeps')).toMatchObject({ measured: true, value: 0, level: 'ok' })
    // Signed according to the register, but the agreement is not recorded under Processors: attention only.
    expect(ind(view(calm.slug), 'agreements_missing')).toMatchObject({
      value: 1,
      level: 'attention',
      details: { unsigned: 0, notRecorded: 1 },
    })
    // An agent's organisation is named, without indicators; no organisation is left out silently.
    expect(body.withoutAccess).toEqual([{ slug: agentOnly.slug, name: 'Agent Only', role: 'agent' }])
    expect((await consultant('GET', `/api/v1/orgs/${agentOnly.slug}/compliance`)).statusCode).toBe(403)
  })

  it('counts requests answered on time over 90 days and compares with the snapshot of 30 days ago', async () => {
    const api = `/api/v1/orgs/${calm.slug}/requests`
    const answer = async (receivedDaysAgo: number) => {
      const made = await consultant('POST', api, {
        channel: 'email',
        receivedAt: daysAgo(receivedDaysAgo),
        subject: { name: `Subject ${receivedDaysAgo}`, email: `s${receivedDaysAgo}@example.be` },
        types: ['rectification'],
        language: 'nl',
      })
      expect(made.statusCode, made.body).toBe(201)
      const done = await consultant('POST', `${api}/${made.json().id}/actions/complete`, {
        details: { rectification: { corrected: ['Adres'] } },
      })
      expect(done.statusCode, done.body).toBe(200)
    }
    await answer(10) // on time
    await answer(45) // answered today, late: counted on the day of the answer, not of receipt
    // Taken 40 days ago (before these answers), then 10 days ago: the trend compares with the older one.
    expect(await takeSnapshot(t.ctx, calm, new Date(Date.now() - 40 * 86_400_000))).toBe(daysAgo(40))
    await takeSnapshot(t.ctx, calm, new Date(Date.now() - 10 * 86_400_000))
    const res = await consultant('GET', `/api/v1/orgs/${calm.slug}/compliance`)
    expect(res.statusCode, res.body).toBe(200)
    const overview = res.json() as Overview
    expect(overview.indicators.find((i) => i.key === 'requests_on_time')).toEqual({
      key: 'requests_on_time',
      measured: true,
      value: 50,
      level: 'attention',
      details: { answered: 2, onTime: 1, late: 1, from: daysAgo(89), to: daysAgo(0) },
    })
    expect(overview.trend).toMatchObject({
      historySince: daysAgo(40),
      comparedWith: daysAgo(40),
      previous: { requests_on_time: null, agreements_missing: 1 },
    })
    // 40 days ago no request had been answered: measured without a value ("none then"), which the pages say
    // instead of "not measured then".
    expect(overview.trend.emptyThen).toContain('requests_on_time')
    expect(overview.trend.emptyThen).not.toContain('agreements_missing')
    const stored = await t.ctx.db
      .selectFrom('compliance_snapshots')
      .select('indicators')
      .where('organization_id', '=', calm.id)
      .execute()
    expect(stored).toHaveLength(2)
    expect(stored[0]?.indicators).toMatchObject({ $v: 1 })
  })

  it('draws up the monthly report as a PDF in the organisation’s language or the one asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compliance-report-'))
    const read = async (path: string) => {
      const res = await consultant('GET', path)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toBe('application/pdf')
      const file = join(dir, 'report.pdf')
      writeFileSync(file, res.rawPayload)
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    }
    try {
      const month = daysAgo(0).slice(0, 7)
      const nl = await read(`/api/v1/orgs/${busy.slug}/compliance/report.pdf?month=${month}`)
      expect(nl).toContain('Maandrapport gegevensbescherming')
      expect(nl).toContain(`de toestand weer op ${daysAgo(0).split('-').reverse().join('/')}`)
      expect(nl).toContain('Dringend op te volgen')
      expect(nl).toContain('Er is geen privacyverklaring gepubliceerd')
      expect(nl).toContain('1 verwerkers zonder overeenkomst')
      expect(nl).toContain('Een vergelijking met 30 dagen eerder is nog niet mogelijk')
      expect(nl).toContain('werd geen enkel verzoek beantwoord')
      expect(nl).toContain('Er loopt geen termijn voor een gegevenslek')
      expect(nl).toContain('Nog niet gescreend')
      expect(nl).toContain('Patiëntendossier')
      // The calm organisation in French: two requests answered this month, one late; compared with 40 days ago.
      const fr = await read(`/api/v1/orgs/${calm.slug}/compliance/report.pdf?lang=fr`)
      expect(fr).toContain('Rapport mensuel de protection des données')
      expect(fr).toContain(
        '2 demandes ont été traitées, dont 1 dans le délai de l’article 12, paragraphe 3 RGPD',
      )
      expect(fr).toContain('50 % des 2 demandes traitées')
      expect(fr).toContain(`par rapport à l’instantané du ${daysAgo(40).split('-').reverse().join('/')}`)
      // 40 days ago the indicator was measured and no request had been answered: "none then", not "not measured".
      expect(fr).toContain(
        'À la date de comparaison : aucune demande traitée au cours des 90 jours précédents.',
      )
      // Numbers as each language writes them.
      const en = await read(`/api/v1/orgs/${calm.slug}/compliance/report.pdf?lang=en`)
      expect(en).toContain('50% of the 2 requests answered')
      expect(en).toContain('On the comparison date: no request answered in the 90 days before it.')
      const bad = await consultant('GET', `/api/v1/orgs/${calm.slug}/compliance/report.pdf?month=2026-13`)
      expect(bad.statusCode).toBe(400)
      expect(bad.body).toContain('month')
      // A month that has not begun yet: 422 naming the month.
      const [y, m] = daysAgo(0).split('-').map(Number) as [number, number]
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
      const future = await consultant('GET', `/api/v1/orgs/${calm.slug}/compliance/report.pdf?month=${next}`)
      expect(future.statusCode, future.body).toBe(422)
      expect(future.json().errors?.[0]?.path ?? future.body).toContain('querystring.month')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('answers one organisation’s overview only to its members', async () => {
    const own = await consultant('GET', `/api/v1/orgs/${calm.slug}/compliance`)
    expect(own.statusCode, own.body).toBe(200)
    expect((own.json() as Overview).slug).toBe(calm.slug)
    expect((await consultant('GET', `/api/v1/orgs/${foreign.slug}/compliance`)).statusCode).toBe(404)
  })

  it('opens an action for a processor without agreement and closes it once the cause is gone', async () => {
    const owner = await createMember(t.ctx, busy, 'owner')
    const asOwner = asUser(app, await signIn(app, owner.email, owner.password))
    const pending = async () =>
      (
        (await asOwner('GET', `/api/v1/orgs/${busy.slug}/action-plan`)).json().items as {
          source: string
          sourceKey: string
        }[]
      )
        .filter((a) => a.source === 'processors.agreement_missing')
        .map((a) => a.sourceKey)
    expect(await sweepComplianceCauses(t.ctx, calm)).toEqual({ opened: 0, closed: 0 }) // signed per the register
    expect(await sweepComplianceCauses(t.ctx, busy)).toEqual({ opened: 1, closed: 0 })
    expect(await sweepComplianceCauses(t.ctx, busy)).toEqual({ opened: 0, closed: 0 })
    expect(await pending()).toEqual(['cloudbooks'])
    // The vendor turns out to be an independent controller: no agreement under Art. 28 is due, the action closes.
    const vendor = (await asOwner('GET', `/api/v1/orgs/${busy.slug}/register/vendors/cloudbooks`)).json().data
    const changed = await asOwner('PUT', `/api/v1/orgs/${busy.slug}/register/vendors/cloudbooks`, {
      ...vendor,
      role: 'independent_controller',
    })
    expect(changed.statusCode, changed.body).toBe(200)
    expect(await sweepComplianceCauses(t.ctx, busy)).toEqual({ opened: 0, closed: 1 })
    expect(await pending()).toEqual([])
  })

  it('files a retried daily snapshot under the Brussels day it was scheduled for', async () => {
    // The 21:30 UTC slot of 10 January 2025 (22:30 in Brussels), retried at 23:20 UTC (00:20 on the 11th).
    expect(await takeAllSnapshots(t.ctx, new Date('2025-01-10T23:20:00Z'))).toBeGreaterThanOrEqual(2)
    const days = await t.ctx.db
      .selectFrom('compliance_snapshots')
      .select('taken_on')
      .where('organization_id', '=', calm.id)
      .execute()
    const filed = days.map((d) => {
      const day = d.taken_on as string | Date // text, or a Date at midnight UTC on some drivers
      return (typeof day === 'string' ? day : day.toISOString()).slice(0, 10)
    })
    expect(filed).toContain('2025-01-10')
    expect(filed).not.toContain('2025-01-11')
  })
})
