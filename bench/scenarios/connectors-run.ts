/**
 * Extra lines of the connector benchmark, beside the engine-vs-floor comparison: what a real run adds around the
 * engine. (1) readDataset with a new driver for every request, as executeRun opens one per step (a connection and
 * the column lookups each time). (2) The whole executeRun on a Custos database in embedded PGlite: run and step
 * records, the read data or write plan encrypted and stored, the answer package built for access.
 */
import { systemActor } from '../../server/src/audit/actor'
import type { ConnectionSettings } from '../../server/src/connectors/driver'
import { executeRun } from '../../server/src/connectors/engine/execute-run'
import { readDataset } from '../../server/src/connectors/engine/read-dataset'
import { openSqlDriver } from '../../server/src/connectors/open-driver'
import type { DatasetDocument } from '../../server/src/domain/datasets/schema'
import { registerDocumentSchema } from '../../server/src/domain/register/schema'
import { importRegister } from '../../server/src/modules/register/import'
import { sampleRegister } from '../../server/test/support/register'
import { type BenchEnvironment, openEnvironment } from '../context'
import { timed } from '../measure'
import { type CustomerDraw, emailOf } from './connectors-customers'
import { type ExtraLine, spread } from './connectors-report'

export interface ExtraInput {
  settings: ConnectionSettings
  doc: DatasetDocument
  datasetSource: string
  customers: CustomerDraw
  iterations: number
  warmup: number
  /** Floor medians (ms) of the main comparison, to put the extra lines in proportion. */
  floor: { access: number; erasure: number }
  /** Throws unless the customer was erased as the dataset says. */
  assertErased: (customerId: number) => Promise<void>
  log: (line: string) => void
}

async function repeat(
  input: ExtraInput,
  op: (customerId: number) => Promise<void>,
): Promise<ReturnType<typeof spread> & { samples: number[] }> {
  const samples: number[] = []
  for (let i = 0; i < input.warmup + input.iterations; i++) {
    const { id } = await input.customers.one()
    const { ms } = await timed(() => op(id))
    if (i >= input.warmup) samples.push(ms)
  }
  return { ...spread(samples), samples }
}

/** The register of the engine tests: the sample register plus the shop database and the 7-year accounting rule. */
function chinookRegister() {
  const base = sampleRegister('Chinook Muziek BV')
  return registerDocumentSchema.parse({
    ...base,
    activities: (base.activities ?? []).map((a) => ({ ...a, systems: ['chinook_db'] })),
    systems: [...(base.systems ?? []), { key: 'chinook_db', name: 'Chinook webshop', type: 'own_database' }],
    retentionRules: [
      ...(base.retentionRules ?? []),
      {
        key: 'accounting_records',
        name: { nl: 'Boekhouding', fr: 'Comptabilité', en: 'Accounting' },
        duration: { years: 7 },
        trigger: 'invoice_date',
        statutoryReference: 'WER/CDE art. III.86',
      },
    ],
  })
}

interface Organisation {
  env: BenchEnvironment
  /** The session's CSRF token, sent with every write like the browser does. */
  csrfToken: string
}

async function call(org: Organisation, method: 'POST' | 'PUT', url: string, payload: object) {
  const headers = { cookie: org.env.cookie, 'x-csrf-token': org.csrfToken }
  const res = await org.env.app.inject({ method, url, payload, headers })
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`)
  return res.json() as { id: string }
}

/** An organisation on embedded PGlite with the chinook dataset connected to the benchmark database. */
async function prepareOrganisation(input: ExtraInput): Promise<Organisation> {
  const env = await openEnvironment('embedded')
  try {
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: env.cookie } })
    const org = { env, csrfToken: String(me.json().csrfToken) }
    await importRegister(env.ctx, systemActor('benchmark'), env.org, chinookRegister(), {
      mode: 'merge',
      dryRun: false,
    })
    const base = `/api/v1/orgs/${env.org.slug}/datasets/${input.doc.key}`
    await call(org, 'PUT', base, { source: input.datasetSource })
    await call(org, 'PUT', `${base}/connection`, {
      options: input.settings.options,
      ...(input.settings.secret ? { secret: input.settings.secret } : {}),
    })
    return org
  } catch (error) {
    await env.close()
    throw error
  }
}

/** A request and a run for one customer through the API (not timed); returns the run id. */
async function newRun(org: Organisation, customerId: number, action: 'access' | 'erasure') {
  const request = await call(org, 'POST', `/api/v1/orgs/${org.env.org.slug}/requests`, {
    channel: 'email',
    receivedAt: new Date().toISOString().slice(0, 10),
    subject: { name: `Klant ${customerId}`, email: emailOf(customerId) },
    types: [action],
    language: 'nl',
  })
  const runs = `/api/v1/orgs/${org.env.org.slug}/requests/${request.id}/runs`
  return (await call(org, 'POST', runs, { action })).id
}

async function runAndCheck(env: BenchEnvironment, runId: string): Promise<void> {
  await executeRun(env.ctx, runId)
  const run = await env.ctx.db
    .selectFrom('connector_runs')
    .select(['status', 'error'])
    .where('id', '=', runId)
    .executeTakeFirstOrThrow()
  if (run.status !== 'completed') throw new Error(`Run ${runId} ended ${run.status}: ${run.error}`)
}

export async function extraLines(input: ExtraInput): Promise<ExtraLine[]> {
  const lines: ExtraLine[] = []
  const line = (scenario: string, time: ReturnType<typeof spread>, floor: number): ExtraLine => ({
    scenario,
    iterations: input.iterations,
    time,
    floorMedian: floor,
    ratio: time.median / floor,
  })

  input.log('access with a new driver per request')
  const fresh = await repeat(input, async (id) => {
    const driver = openSqlDriver(input.settings)
    try {
      await readDataset(driver, input.doc, [{ kind: 'email', value: emailOf(id) }])
    } finally {
      await driver.close()
    }
  })
  lines.push(line('access, new driver per request (connect + column lookups)', fresh, input.floor.access))

  input.log('executeRun on embedded PGlite (access, then erasure)')
  const org = await prepareOrganisation(input)
  const { env } = org
  try {
    const times = { access: [] as number[], erasure: [] as number[] }
    for (const action of ['access', 'erasure'] as const) {
      for (let i = 0; i < input.warmup + input.iterations; i++) {
        const { id } = await input.customers.one()
        const runId = await newRun(org, id, action)
        const { ms } = await timed(() => runAndCheck(env, runId))
        if (action === 'erasure') await input.assertErased(id)
        if (i >= input.warmup) times[action].push(ms)
      }
    }
    lines.push(
      line(
        'executeRun access: engine + run records + package (PGlite)',
        spread(times.access),
        input.floor.access,
      ),
    )
    lines.push(
      line('executeRun erasure: engine + run records (PGlite)', spread(times.erasure), input.floor.erasure),
    )
  } finally {
    await env.close()
  }
  return lines
}
