import { z } from 'zod'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { OrganizationUpdate } from '../../db/schema'
import type { ClockStart, DeadlineOptions } from '../../domain/requests'
import type { Organization } from './organization'
import { updateOrganization } from './repository'

/** The organisation's request settings as stored (migration 0005), read defensively. */
export interface RequestSettings {
  clockStart: ClockStart
  atRiskDays: number
  reminderDays: number[]
  packageLinkDays: number
}

export const DEFAULT_REQUEST_SETTINGS: RequestSettings = {
  clockStart: 'receipt',
  atRiskDays: 5,
  reminderDays: [10, 3],
  packageLinkDays: 14,
}

type SettingsColumns = Pick<
  Organization,
  'requestClockStart' | 'requestAtRiskDays' | 'requestReminderDays' | 'packageLinkDays'
>

function reminderDaysOf(value: unknown): number[] {
  const parsed: unknown = typeof value === 'string' ? safeJson(value) : value
  if (!Array.isArray(parsed)) return [...DEFAULT_REQUEST_SETTINGS.reminderDays]
  const days = parsed.filter((n): n is number => Number.isInteger(n) && n > 0)
  return [...new Set(days)].sort((a, b) => b - a)
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

export function requestSettingsOf(org: SettingsColumns): RequestSettings {
  return {
    clockStart: org.requestClockStart === 'identity_confirmed' ? 'identity_confirmed' : 'receipt',
    atRiskDays: Number.isInteger(org.requestAtRiskDays)
      ? org.requestAtRiskDays
      : DEFAULT_REQUEST_SETTINGS.atRiskDays,
    reminderDays: reminderDaysOf(org.requestReminderDays),
    packageLinkDays: Number.isInteger(org.packageLinkDays)
      ? org.packageLinkDays
      : DEFAULT_REQUEST_SETTINGS.packageLinkDays,
  }
}

/** The organisation's deadline settings: when the Art. 12(3) clock starts, when a request is at risk, reminders. */
export function deadlineOptions(org: SettingsColumns): DeadlineOptions {
  const settings = requestSettingsOf(org)
  return {
    clockStartsAt: settings.clockStart,
    atRiskWorkingDays: settings.atRiskDays,
    reminderWorkingDays: settings.reminderDays,
  }
}

/**
 * Per-organisation settings of the data subject request workflow: when the Art. 12(3) period starts, when an
 * open request counts as at risk, the reminder days, and how long an answer's download link stays valid.
 */
export const requestSettingsSchema = z.object({
  clockStart: z
    .enum(['receipt', 'identity_confirmed'])
    .describe(
      'receipt: the month runs from receipt (Art. 12(3)); identity_confirmed: from the confirmation of identity when it was asked for within the first month (EDPB Guidelines 01/2022, 159-160)',
    ),
  atRiskDays: z
    .number()
    .int()
    .describe('an open request is at risk this many working days before its due date'),
  reminderDays: z.array(z.number().int()).describe('reminders this many working days before the due date'),
  packageLinkDays: z.number().int().describe('days a download link for an answer stays valid'),
})

export const requestSettingsUpdateSchema = z
  .strictObject({
    clockStart: z
      .enum(['receipt', 'identity_confirmed'])
      .describe('when the Art. 12(3) time limit starts: at receipt, or once the identity is confirmed'),
    atRiskDays: z
      .number()
      .int('A whole number of working days')
      .min(1, 'At least 1')
      .max(20, 'At most 20')
      .describe('an open request is at risk this many working days before its due date'),
    reminderDays: z
      .array(z.number().int('Whole numbers of working days').min(1, 'At least 1').max(20, 'At most 20'))
      .max(5, 'At most 5 reminders')
      .describe('working days before the due date; an empty list keeps only the overdue reminder'),
    packageLinkDays: z
      .number()
      .int('A whole number of days')
      .min(1, 'At least 1')
      .max(90, 'At most 90')
      .describe('days a download link for an answer package stays valid'),
  })
  .partial()

export type RequestSettingsUpdate = z.infer<typeof requestSettingsUpdateSchema>

export function toSettingsColumns(input: RequestSettingsUpdate): OrganizationUpdate {
  const out: OrganizationUpdate = {}
  if (input.clockStart !== undefined) out.request_clock_start = input.clockStart
  if (input.atRiskDays !== undefined) out.request_at_risk_days = input.atRiskDays
  if (input.reminderDays !== undefined) {
    out.request_reminder_days = JSON.stringify([...new Set(input.reminderDays)].sort((a, b) => b - a))
  }
  if (input.packageLinkDays !== undefined) out.package_link_days = input.packageLinkDays
  return out
}

/** Stores the changed settings; the audit event keeps each changed setting's old and new value. */
export async function updateRequestSettings(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: RequestSettingsUpdate,
): Promise<RequestSettings> {
  return inTransaction(ctx, async (ctx) => {
    const updated = await updateOrganization(ctx.db, org.id, toSettingsColumns(input))
    const before = requestSettingsOf(org)
    const after = requestSettingsOf(updated)
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof RequestSettings)[])
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        .map((k) => [k, { from: before[k], to: after[k] }]),
    )
    if (Object.keys(changes).length > 0) {
      await recordAudit(ctx.db, actor, {
        organizationId: org.id,
        action: 'organization.request_settings_updated',
        targetType: 'organization',
        targetId: org.id,
        summary: { changes },
      })
    }
    return after
  })
}
