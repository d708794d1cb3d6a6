import type { ActionRow } from '../../db/schema'

/** What leaves the server about an action. */
export function presentAction(row: ActionRow) {
  return {
    id: row.id,
    source: row.source,
    sourceKey: row.source_key,
    automatic: row.source !== 'manual',
    title: row.title,
    description: row.description,
    link: row.link,
    ownerId: row.owner_id,
    priority: row.priority,
    effortDays: row.effort_days,
    dueDate: row.due_date,
    status: row.status,
    closedReason: row.closed_reason as 'cause_gone' | null,
    closedAt: row.closed_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}
