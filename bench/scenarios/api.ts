import { sql } from 'kysely'
import type { BenchEnvironment } from '../context'
import { nextLoginAddress } from '../context'
import { type Measurement, measure, sequential } from '../measure'
import type { Profile } from '../profile'

/** GET with the owner's session cookie through app.inject (full Fastify pipeline, no network socket). */
async function get(env: BenchEnvironment, url: string): Promise<void> {
  const res = await env.app.inject({ method: 'GET', url, headers: { cookie: env.cookie } })
  if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body}`)
}

/** Authenticated reads, one client at a time, and the complete sign-in request (argon2id + session). */
export async function apiScenarios(
  env: BenchEnvironment,
  profile: Profile,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const { backend } = env
  const slug = env.org.slug
  const auditUrl = `/api/v1/orgs/${slug}/audit-events?limit=50`
  const reads = [
    { scenario: 'GET /orgs/{slug}', url: `/api/v1/orgs/${slug}`, analyzeFirst: false },
    // Freshly bulk-filled tables have no planner statistics (the test server runs without autovacuum, and
    // PGlite is a single standalone backend with no autovacuum worker): measured as found, then after ANALYZE.
    {
      scenario: 'GET /orgs/{slug}/audit-events?limit=50 (no statistics)',
      url: auditUrl,
      analyzeFirst: false,
    },
    { scenario: 'GET /orgs/{slug}/audit-events?limit=50 (after ANALYZE)', url: auditUrl, analyzeFirst: true },
  ]
  const results: Measurement[] = []
  for (const read of reads) {
    if (read.analyzeFirst) await sql`analyze`.execute(env.ctx.db)
    log(`${read.scenario} (${profile.runs} × ${profile.requests} requests)`)
    results.push(
      await measure({
        scenario: read.scenario,
        backend,
        unit: 'requests/s',
        runs: profile.runs,
        warmupRuns: 1,
        latencyOf: 'one request',
        run: () => sequential(profile.requests, () => get(env, read.url)),
      }),
    )
  }

  log(`POST /auth/login (${profile.logins} logins)`)
  results.push(
    await measure({
      scenario: 'POST /auth/login (argon2id + session)',
      backend,
      unit: 'logins/s',
      runs: profile.logins,
      warmupRuns: 1,
      latencyOf: 'one login',
      run: () =>
        sequential(1, async () => {
          const res = await env.app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: env.owner.email, password: env.owner.password },
            remoteAddress: nextLoginAddress(),
          })
          if (res.statusCode !== 200) throw new Error(`Login answered ${res.statusCode}: ${res.body}`)
        }),
    }),
  )
  return results
}
