import type { OrganizationRow } from '../../db/schema'
import type { ClockStart, DeadlineOptions } from '../../domain/requests'

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
  OrganizationRow,
  'request_clock_start' | 'request_at_risk_days' | 'request_reminder_days' | 'package_link_days'
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
    clockStart: org.request_clock_start === 'identity_confirmed' ? 'identity_confirmed' : 'receipt',
    atRiskDays: Number.isInteger(org.request_at_risk_days)
      ? org.request_at_risk_days
      : DEFAULT_REQUEST_SETTINGS.atRiskDays,
    reminderDays: reminderDaysOf(org.request_reminder_days),
    packageLinkDays: Number.isInteger(org.package_link_days)
      ? org.package_link_days
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
