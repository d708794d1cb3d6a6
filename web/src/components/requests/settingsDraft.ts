import type { paths } from '../../api/schema'

type SettingsPath = paths['/api/v1/orgs/{slug}/settings/requests']
/** The settings with what the caller may do with them (`can`). */
export type RequestSettingsAnswer = SettingsPath['get']['responses'][200]['content']['application/json']
/** The settings themselves. */
export type RequestSettings = Omit<RequestSettingsAnswer, 'can'>
export type RequestSettingsUpdate = NonNullable<
  SettingsPath['patch']['requestBody']
>['content']['application/json']
export type ClockStart = RequestSettings['clockStart']

export const CLOCK_STARTS: readonly ClockStart[] = ['receipt', 'identity_confirmed']

/** The form's inputs as typed (numbers as text, the reminder days as "10, 3"). */
export interface SettingsDraft {
  clockStart: ClockStart
  atRiskDays: string
  reminderDays: string
  packageLinkDays: string
}

export type SettingsField = 'atRiskDays' | 'reminderDays' | 'packageLinkDays'
export type SettingsProblem = 'wholeNumber' | 'range' | 'tooManyReminders'

export const SETTINGS_LIMITS: Record<SettingsField, { min: number; max: number }> = {
  atRiskDays: { min: 1, max: 20 },
  reminderDays: { min: 1, max: 20 },
  packageLinkDays: { min: 1, max: 90 },
}
export const MAX_REMINDERS = 5

export function draftOf(settings: RequestSettings): SettingsDraft {
  return {
    clockStart: settings.clockStart,
    atRiskDays: String(settings.atRiskDays),
    reminderDays: settings.reminderDays.join(', '),
    packageLinkDays: String(settings.packageLinkDays),
  }
}

function wholeNumber(text: string): number | null {
  return /^\s*\d{1,3}\s*$/.test(text) ? Number(text.trim()) : null
}

/** The body to send, or the first problem per field (checked here so the messages are in the user's language). */
export function settingsBody(
  draft: SettingsDraft,
): { body: RequestSettingsUpdate } | { problems: Partial<Record<SettingsField, SettingsProblem>> } {
  const problems: Partial<Record<SettingsField, SettingsProblem>> = {}
  const number = (field: 'atRiskDays' | 'packageLinkDays') => {
    const value = wholeNumber(draft[field])
    const { min, max } = SETTINGS_LIMITS[field]
    if (value === null) problems[field] = 'wholeNumber'
    else if (value < min || value > max) problems[field] = 'range'
    return value ?? 0
  }
  const atRiskDays = number('atRiskDays')
  const packageLinkDays = number('packageLinkDays')
  const parts = draft.reminderDays
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean)
  const days = parts.map(wholeNumber)
  const { min, max } = SETTINGS_LIMITS.reminderDays
  if (days.some((d) => d === null)) problems.reminderDays = 'wholeNumber'
  else if (days.some((d) => d === null || d < min || d > max)) problems.reminderDays = 'range'
  const reminderDays = [...new Set(days.filter((d): d is number => d !== null))].sort((a, b) => b - a)
  if (!problems.reminderDays && reminderDays.length > MAX_REMINDERS)
    problems.reminderDays = 'tooManyReminders'
  if (Object.keys(problems).length > 0) return { problems }
  return { body: { clockStart: draft.clockStart, atRiskDays, reminderDays, packageLinkDays } }
}
