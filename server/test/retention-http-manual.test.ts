import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { systemActor } from '../src/audit/actor'
import { formatDate } from '../src/domain/requests/format'
import { cutoffDay } from '../src/domain/retention/period'
import { buildApp } from '../src/http/app'
import type { App } from '../src/http/types'
import type { Organization } from '../src/modules/organizations'
import { importRegister } from '../src/modules/register/import'
import { runRetention } from '../src/modules/retention'
import { todayOf } from '../src/modules/retention/sweep'
import { createTestContext, type TestContext } from './support/context'
import { createMember, createOrg } from './support/factories'
import { asUser, signIn } from './support/http'
import { invoicesDataset, register, startReceiver } from './support/retention-http'

/**
 * Issue 16 item 3 (decision 0094): sweeps on HTTP and manual systems. An HTTP collection whose dataset declares a
 * date-filtered sweep endpoint is swept by one call with the cutoff (a real HTTP receiver checks the request and
 * answers, with a count or without one); a manual system gets a dated task in the action plan, the run waits for a
 * person and is recorded with who closed the task and when; a system under a legal hold is not called.
 */
const paperDataset = {
  key: 'paper',
  system: 'paper-files',
  name: 'Papieren dossiers',
  connector: 'manual',
  instructions: 'De dossiers staan in kast B, per jaar geordend.',
  collections: [
    {
      name: 'folders',
      hold: { rule: 'accounting-7y', dateField: 'closed_on' },
      fields: [
        { name: 'client', identity: 'file_number', category: 'identification' },
        { name: 'closed_on' },
      ],
    },
  ],
}

/** A second manual collection whose task nobody closes: the period certificate says it is still open. */
const cabinetDataset = {
  key: 'cabinet',
  system: 'paper-files',
  name: 'Archiefkast',
  connector: 'manual',
  collections: [
    {
      name: 'boxes',
      hold: { rule: 'accounting-7y', dateField: 'archived_on' },
      fields: [
        { name: 'label', identity: 'file_number', category: 'identification' },
        { name: 'archived_on' },
      ],
    },
  ],
}

const oldCrmDataset = (baseUrl: string) => ({
  key: 'oldcrm',
  system: 'old-crm',
  name: 'Oud CRM',
  connector: 'http',
  http: { baseUrl: `${baseUrl}/old`, auth: 'none' },
  collections: [
    {
      name: 'contacts',
      primaryKey: ['id'],
      hold: { rule: 'accounting-7y', dateField: 'created' },
      fields: [
        { name: 'id' },
        { name: 'email', identity: 'email', category: 'identification' },
        { name: 'created' },
      ],
      http: { sweep: { path: '/contacts', query: { before: '{cutoff}' } } },
    },
  ],
})

let t: TestContext
let app: App
let org: Organization
let po: ReturnType<typeof asUser>
let officerLabel: string
let receiver: Awaited<ReturnType<typeof startReceiver>>
const today = todayOf()
const cutoff = cutoffDay(today, { years: 7, months: 0, days: 0 })
const api = (path: string) => `/api/v1/orgs/${org.slug}${path}`
const sweep = () => runRetention(t.ctx, systemActor('retention sweeps'), org, { today })

beforeAll(async () => {
  t = await createTestContext()
  app = await buildApp(t.ctx, { serveWeb: false, logger: false })
  receiver = await startReceiver()
  org = await createOrg(t.ctx, 'Archief Janssens BV')
  await importRegister(t.ctx, systemActor('test'), org, register(), { mode: 'merge', dryRun: false })
  const officer = await createMember(t.ctx, org, 'privacy_officer')
  officerLabel = officer.email
  po = asUser(app, await signIn(app, officer.email, officer.password))
  for (const dataset of [
    invoicesDataset(receiver.url),
    paperDataset,
    cabinetDataset,
    oldCrmDataset(receiver.url),
  ]) {
    const saved = await po('PUT', api(`/datasets/${dataset.key}`), { source: stringify(dataset) })
    expect(saved.statusCode, saved.body).toBeLessThan(300)
  }
  for (const [key, secret] of [
    ['cloudbooks', 'cloudbooks-token-1'],
    ['oldcrm', undefined],
  ] as const) {
    const connection = await po('PUT', api(`/datasets/${key}/connection`), {
      options: {},
      ...(secret ? { secret } : {}),
    })
    expect(connection.statusCode, connection.body).toBe(200)
  }
  const hold = await po('POST', api('/retention/holds'), {
    scope: 'system',
    systemKey: 'old-crm',
    reason: 'Inspectie GBA 2026/14',
  })
  expect(hold.statusCode, hold.body).toBe(201)
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.close()
  await receiver?.close()
})

describe('retention sweeps on HTTP and manual systems', () => {
  it('the plan says what each sweep will do: call the endpoint, create a task, or nothing under a hold', async () => {
    const plan = await po('GET', api('/retention/plan'))
    expect(plan.statusCode, plan.body).toBe(200)
    const items = plan.json().items as Record<string, unknown>[]
    const of = (dataset: string) => items.find((i) => i.dataset === dataset)
    expect(of('cloudbooks')).toMatchObject({
      via: 'http_endpoint',
      endpoint: `DELETE ${receiver.host}/api/invoices`,
      blocked: null,
      cutoff,
      due: null,
    })
    expect(of('paper')).toMatchObject({ via: 'task', endpoint: null, blocked: null, cutoff })
    expect(of('oldcrm')).toMatchObject({ blocked: 'legal_hold' })
    expect(receiver.calls).toEqual([])
  })

  it('approved, the sweep calls the endpoint with the cutoff and records the count it reports', async () => {
    const approved = await po('POST', api('/retention/rules/accounting-7y/approval'), {})
    expect(approved.statusCode, approved.body).toBe(200)
    receiver.answers.push({ result: { deleted: 42 } })
    const outcomes = await sweep()
    expect(receiver.calls).toEqual([
      {
        method: 'DELETE',
        url: `/api/invoices?issued_before=${cutoff}`,
        authorization: 'Bearer cloudbooks-token-1',
      },
    ])
    const http = outcomes.find((o) => o.dataset === 'cloudbooks')
    expect(http).toMatchObject({ outcome: 'completed', via: 'http_endpoint' })
    expect(http?.run).toMatchObject({
      status: 'completed',
      via: 'http_endpoint',
      count_reported: true,
      endpoint: `DELETE ${receiver.host}/api/invoices`,
    })
    expect(Number(http?.run?.rows_deleted)).toBe(42)
    // The system under a legal hold was not called.
    expect(outcomes.find((o) => o.dataset === 'oldcrm')).toMatchObject({
      outcome: 'blocked',
      blocked: 'legal_hold',
    })
    expect(receiver.calls.some((c) => c.url.startsWith('/api/old'))).toBe(false)
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'retention.run_completed')
      .where('target_id', '=', http?.run?.id as string)
      .executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ via: 'http_endpoint', deleted: 42, countReported: true, cutoff })
  })

  it('an answer without a count is recorded as not reported, never as a number', async () => {
    receiver.answers.push({ ok: true })
    const outcomes = await sweep()
    const run = outcomes.find((o) => o.dataset === 'cloudbooks')?.run
    expect(run).toMatchObject({ status: 'completed', count_reported: false })
    const runs = await po('GET', api('/retention/runs'))
    const shown = (runs.json().items as Record<string, unknown>[]).find((r) => r.id === run?.id)
    expect(shown).toMatchObject({ via: 'http_endpoint', countReported: false, deleted: 0 })
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'retention.run_completed')
      .where('target_id', '=', run?.id as string)
      .executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ deleted: null, countReported: false })
  })

  it('a manual system gets one dated task; the run waits until a person marks it done, then records who and when', async () => {
    const runs = async () =>
      (await po('GET', api('/retention/runs'))).json().items as Record<string, unknown>[]
    const paperRuns = async () => (await runs()).filter((r) => r.dataset === 'paper')
    const [waiting, ...others] = await paperRuns()
    expect(others).toEqual([])
    expect(waiting).toMatchObject({ status: 'waiting', via: 'task', cutoff, countReported: false })
    const task = await po('GET', api(`/action-plan/${waiting?.taskId}`))
    expect(task.statusCode, task.body).toBe(200)
    const due = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10)
    expect(task.json()).toMatchObject({ status: 'open', dueDate: due, source: 'retention.sweep_task' })
    expect(task.json().description).toContain(formatDate(cutoff))
    expect(task.json().description).toContain('folders')
    expect(task.json().description).toContain('kast B')

    // Still open: a later sweep neither completes the run nor creates a second task.
    const again = await sweep()
    expect(again.find((o) => o.dataset === 'paper')).toMatchObject({ outcome: 'waiting' })
    expect(await paperRuns()).toHaveLength(1)

    const done = await po('PATCH', api(`/action-plan/${waiting?.taskId}`), { status: 'done' })
    expect(done.statusCode, done.body).toBe(200)
    const settled = await sweep()
    expect(settled.find((o) => o.dataset === 'paper')).toMatchObject({ outcome: 'completed' })
    const [recorded] = await paperRuns()
    expect(recorded).toMatchObject({ status: 'completed', completedBy: officerLabel, countReported: false })
    expect(recorded?.endedAt).toBe(new Date(done.json().closedAt).toISOString())
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select('summary')
      .where('action', '=', 'retention.run_completed')
      .where('target_id', '=', recorded?.id as string)
      .executeTakeFirstOrThrow()
    expect(audit.summary).toMatchObject({ via: 'task', completedBy: officerLabel, countReported: false })

    // No new task the same month.
    const later = await sweep()
    expect(later.find((o) => o.dataset === 'paper')).toMatchObject({ outcome: 'nothing_due' })
    expect(await paperRuns()).toHaveLength(1)
  })

  it('a destruction certificate for the period lists every run, open tasks said as such, in nl and fr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-period-certificate-'))
    const read = (pdf: Buffer, name: string) => {
      const file = join(dir, name)
      writeFileSync(file, pdf)
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    }
    try {
      const [y, m, d] = today.split('-')
      const texts: Record<string, string> = {}
      for (const lang of ['nl', 'fr'] as const) {
        const res = await po('GET', api(`/retention/certificates?from=${today}&to=${today}&lang=${lang}`))
        expect(res.statusCode, res.body).toBe(200)
        expect(res.headers['content-type']).toBe('application/pdf')
        expect(res.headers['x-custos-sha256']).toBe(createHash('sha256').update(res.rawPayload).digest('hex'))
        texts[lang] = read(res.rawPayload, `${lang}.pdf`)
      }
      const nl = texts.nl as string
      const fr = texts.fr as string
      expect(nl).toContain(`${d}/${m}/${y}`)
      // Each sweep called the endpoint once (42 reported the first time, no count after), the paper task is done
      // and the cabinet task still open.
      const calls = receiver.calls.length
      expect(calls).toBeGreaterThanOrEqual(2)
      expect(nl).toContain(`Opruimingen ${calls + 2} `)
      expect(nl).toContain(`Afgewerkt ${calls + 1} `)
      expect(nl).toContain('Niet afgewerkt (taak open, gepauzeerd, lopend of mislukt) 1 ')
      expect(nl).toMatch(/Gewiste records \(meegedeelde aantallen\) 42 /)
      // The run that reported 42 prints one line, the rule's action (delete), not also a masked 0 (review V4).
      expect(nl).toMatch(/ Gewist 42 /)
      expect(nl).not.toMatch(/ Gemaskeerd \d/)
      expect(nl).toContain(`Opruimingen zonder meegedeeld aantal ${calls} `)
      expect(nl).toContain('Aantal niet meegedeeld door het systeem')
      expect(nl).toContain('Taak nog open: wacht op een persoon; niet afgewerkt')
      expect(nl).toContain(`Taak afgewerkt door ${officerLabel}`)
      expect(nl).toContain(`Opruiming ${calls + 2} `)
      expect(nl).not.toContain(`Opruiming ${calls + 3} `)
      expect(fr).toContain(`Purges ${calls + 2} `)
      expect(fr).toMatch(/Enregistrements supprimés \(nombres communiqués\) 42 /)
      expect(fr).toContain('Nombre non communiqué par le système')
      expect(fr).toContain('Tâche encore ouverte')
      expect(fr).toContain(`du ${d}/${m}/${y} au ${d}/${m}/${y} inclus`)

      const audit = await t.ctx.db
        .selectFrom('audit_events')
        .select('summary')
        .where('organization_id', '=', org.id)
        .where('action', '=', 'retention.period_certificate_issued')
        .execute()
      expect(audit).toHaveLength(2)
      expect(audit[0]?.summary).toMatchObject({ from: today, to: today, runs: calls + 2, openRuns: 1 })

      const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      const empty = await po('GET', api(`/retention/certificates?from=${tomorrow}&to=${tomorrow}&lang=nl`))
      expect(empty.statusCode).toBe(200)
      expect(read(empty.rawPayload, 'empty.pdf')).toContain(
        'In deze periode vond geen enkele opruiming plaats.',
      )

      const reversed = await po('GET', api(`/retention/certificates?from=${tomorrow}&to=${today}`))
      expect(reversed.statusCode).toBe(422)
      expect(reversed.json().errors).toMatchObject([{ path: 'querystring.to', code: 'too_small' }])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('the certificate of one HTTP or task run says the count was not reported, never 0 (nl, fr, en)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-run-certificate-'))
    const read = (pdf: Buffer, name: string) => {
      const file = join(dir, name)
      writeFileSync(file, pdf)
      return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    }
    try {
      const runs = (await po('GET', api('/retention/runs'))).json().items as Record<string, unknown>[]
      const silent = runs.find((r) => r.via === 'http_endpoint' && r.countReported === false)
      const counted = runs.find((r) => r.via === 'http_endpoint' && r.countReported === true)
      const byHand = runs.find((r) => r.via === 'task' && r.status === 'completed')
      const certificate = async (run: Record<string, unknown> | undefined, lang: string) => {
        const res = await po('GET', api(`/retention/runs/${run?.id}/certificate?lang=${lang}`))
        expect(res.statusCode, res.body).toBe(200)
        return read(res.rawPayload, `${run?.id}-${lang}.pdf`)
      }
      const notReported = {
        nl: 'Gewiste records / Gemaskeerde records Aantal niet meegedeeld door het systeem',
        fr: 'Enregistrements supprimés / Enregistrements masqués Nombre non communiqué par le système',
        en: 'Records deleted / Records masked Count not reported by the system',
      }
      const byHandText = {
        nl: 'Aantal niet meegedeeld: met de hand uitgevoerd door een persoon, zie de taak',
        fr: 'Nombre non communiqué : purge exécutée manuellement par une personne, voir la tâche',
        en: 'Count not reported: done by hand by a person, see the task',
      }
      const zero = { nl: 'Gewiste records 0', fr: 'Enregistrements supprimés 0', en: 'Records deleted 0' }
      const doneBy = { nl: 'Taak afgewerkt door', fr: 'Tâche terminée par', en: 'Task done by' }
      for (const lang of ['nl', 'fr', 'en'] as const) {
        const http = await certificate(silent, lang)
        expect(http).toContain(notReported[lang])
        expect(http).not.toContain(zero[lang])
        expect(http).toContain(`DELETE ${receiver.host}/api/invoices`)
        const task = await certificate(byHand, lang)
        expect(task).toContain(byHandText[lang])
        expect(task).not.toContain(zero[lang])
        expect(task).toContain(`${doneBy[lang]} ${officerLabel}`)
        expect(task).toContain(String(byHand?.taskId))
      }
      // A count the system did report is printed as it, on the line of the rule's action only: the system gave
      // one number, not a 0 masked (review V4).
      const reported = await certificate(counted, 'nl')
      expect(reported).toContain('Gewiste records 42 ')
      expect(reported).not.toMatch(/Gemaskeerde records \d/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
