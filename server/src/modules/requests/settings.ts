import type { OrganizationRow } from '../../db/schema'
import type { DeadlineOptions } from '../../domain/requests'

/** The organisation's deadline settings (receipt clock, default reminders): one place to make them configurable. */
export function deadlineOptions(_org: OrganizationRow): DeadlineOptions {
  return {}
}
