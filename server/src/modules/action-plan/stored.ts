import { z } from 'zod'
import type { ActionRow } from '../../db/schema'
import { defineStoredJson } from '../../lib/stored-json'

/** An action's title in nl, fr and en as stored in action_plan_actions.title (decision 0025). */
export const storedActionTitle = defineStoredJson<{ nl: string; fr: string; en: string }>({
  name: 'action_plan.title',
  version: 1,
  schema: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
})

/** A row as read: its title checked and without the stored version. Throws StoredDataInvalid naming the row. */
export function reviveAction(row: ActionRow): ActionRow {
  return { ...row, title: storedActionTitle.read(row.title, row.id) }
}
