import type { Selectable } from 'kysely'
import type { RegisterVersionsTable } from '../../db/schema'
import { changesBetween } from './changes'

export function presentVersion(row: Selectable<RegisterVersionsTable>) {
  return {
    version: row.version,
    change: row.change,
    changedAt: row.changed_at.toISOString(),
    actorLabel: row.actor_label,
    actorType: row.actor_type,
    requestId: row.request_id,
    data: row.data,
    changes: changesBetween(row.previous, row.data).map((c) => ({
      path: c.path,
      type: c.type,
      ...(c.from === undefined ? {} : { from: c.from }),
      ...(c.to === undefined ? {} : { to: c.to }),
    })),
  }
}
