export interface AuditFilterValues {
  action: string
  actor: string
  from: string
  to: string
}

export const NO_FILTERS: AuditFilterValues = { action: '', actor: '', from: '', to: '' }

/** The filters as query parameters, leaving out empty ones. */
export function filterQuery(filters: AuditFilterValues): Partial<AuditFilterValues> {
  const query: Partial<AuditFilterValues> = {}
  const actor = filters.actor.trim()
  if (filters.action) query.action = filters.action
  if (actor) query.actor = actor
  if (filters.from) query.from = filters.from
  if (filters.to) query.to = filters.to
  return query
}
