import type { AppContext } from '../../context'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { listChanges } from './change-repository'

/** The organisation's sub-processors as its register has them now (vendors with role sub_processor). */
export async function currentSubprocessors(ctx: AppContext, org: Organization) {
  return (await loadRegister(ctx, org)).vendors
    .filter((v) => v.role === 'sub_processor')
    .map((v) => ({ key: v.key, name: v.name, country: v.country, services: v.services ?? null }))
}

/** Announced changes still in their window, and the latest that took effect, for the public page. */
export async function publicChanges(ctx: AppContext, org: Organization) {
  const changes = await listChanges(ctx.db, org.id)
  return {
    pending: changes.filter((c) => c.status === 'announced'),
    recent: changes.filter((c) => c.status === 'effective').slice(0, 10),
  }
}
