import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'

type Ok<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer R } } } }
}
  ? R
  : never

export type RetentionRules = Ok<'/api/v1/orgs/{slug}/retention/rules'>
export type RetentionRule = RetentionRules['items'][number]
export type RetentionPlan = Ok<'/api/v1/orgs/{slug}/retention/plan'>
export type PlanItem = RetentionPlan['items'][number]
export type RetentionHolds = Ok<'/api/v1/orgs/{slug}/retention/holds'>
export type LegalHold = RetentionHolds['items'][number]
export type RetentionCalendar = Ok<'/api/v1/orgs/{slug}/retention/calendar'>
export type RetentionRuns = Ok<'/api/v1/orgs/{slug}/retention/runs'>
export type RetentionRun = RetentionRuns['items'][number]

/** Everything the retention page shows, loaded at once. */
export async function loadRetention(slug: string) {
  const params = { path: { slug } }
  const [rules, plan, holds, calendar, runs, purposes] = await Promise.all([
    call(api.GET('/api/v1/orgs/{slug}/retention/rules', { params })),
    call(api.GET('/api/v1/orgs/{slug}/retention/plan', { params })),
    call(api.GET('/api/v1/orgs/{slug}/retention/holds', { params })),
    call(api.GET('/api/v1/orgs/{slug}/retention/calendar', { params })),
    call(api.GET('/api/v1/orgs/{slug}/retention/runs', { params })),
    // The register's consent purposes, for renewal by consent; a role without consent access sees none.
    call(api.GET('/api/v1/orgs/{slug}/consent/purposes', { params })).catch(() => ({ items: [] })),
  ])
  return { rules, plan, holds, calendar, runs, consentPurposes: purposes.items }
}

export type RetentionData = Awaited<ReturnType<typeof loadRetention>>
