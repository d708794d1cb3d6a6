import type { paths } from '../../api/schema'

/**
 * A breach's facts as the form holds them (strings as typed, local date-times) and as the API takes them: the pure
 * part of BreachForm, unit-tested in breachFacts.test.ts.
 */

/** One breach as the API answers it. */
export type BreachAnswer =
  paths['/api/v1/orgs/{slug}/breaches/{id}']['get']['responses'][200]['content']['application/json']
/** A breach as a change answers it (without what the caller may do, which the change does not alter). */
export type BreachChange = Omit<BreachAnswer, 'can'>
/** The facts as the breach answer gives them (every default filled in). */
export type BreachFactsOut = BreachAnswer['facts']

export const NATURES = ['confidentiality', 'integrity', 'availability'] as const
export const ORIGINS = [
  'lost_or_stolen_device',
  'lost_or_stolen_paper',
  'hacking',
  'ransomware',
  'phishing',
  'wrong_recipient',
  'internal_misuse',
  'accidental_disclosure',
  'improper_disposal',
  'system_error',
  'other',
] as const
export const CAUSES = [
  'unknown',
  'internal_accidental',
  'internal_malicious',
  'external_accidental',
  'external_malicious',
] as const

/** The value of a datetime-local input for an instant, in the browser's time zone, e.g. 2026-12-04T23:30. */
export function localInput(iso?: string): string {
  const d = iso ? new Date(iso) : new Date()
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset())
  return d.toISOString().slice(0, 16)
}
const instant = (local: string) => new Date(local).toISOString()

/** The facts entered as free text. */
export const TEXTS = [
  'title',
  'discoveryMethod',
  'description',
  'originDetails',
  'encryptionDetails',
  'consequences',
  'measuresTaken',
  'measuresProposed',
  'adviceToSubjects',
] as const
export type TextKey = (typeof TEXTS)[number]

/** The form's fields for the facts as the breach answer gives them (a new breach: now, controller, defaults). */
export function initialState(facts: BreachFactsOut | undefined) {
  const text = Object.fromEntries(TEXTS.map((k) => [k, facts?.[k] ?? ''])) as Record<TextKey, string>
  return {
    ...text,
    role: facts?.role ?? 'controller',
    discoveredAt: localInput(facts?.discoveredAt),
    awareAt: localInput(facts?.awareAt),
    occurredFrom: facts?.occurredFrom ? localInput(facts.occurredFrom) : '',
    occurredUntil: facts?.occurredUntil ? localInput(facts.occurredUntil) : '',
    ongoing: facts?.ongoing ?? false,
    nature: facts?.nature ?? ['confidentiality'],
    origin: facts?.origin ?? 'other',
    cause: facts?.cause ?? 'unknown',
    systems: facts?.systems ?? [],
    activities: facts?.activities ?? [],
    peopleApprox: facts?.peopleApprox?.toString() ?? '',
    recordsApprox: facts?.recordsApprox?.toString() ?? '',
    encrypted: facts?.encrypted ?? false,
    otherMemberStates: (facts?.otherMemberStates ?? []).join(', '),
    controllerNoticeHours: String(facts?.controllerNoticeHours ?? 24),
    controllers: (facts?.controllers ?? []).map((c) => ({
      clientId: c.clientId ?? '',
      name: c.name,
      email: c.email ?? '',
      language: c.language ?? '',
    })),
  }
}
export type FormState = ReturnType<typeof initialState>

/** The request body for the facts as entered: empty optional texts and numbers are left out. */
export function bodyOf(f: FormState) {
  const texts = Object.fromEntries(TEXTS.filter((k) => f[k].trim() !== '').map((k) => [k, f[k].trim()]))
  return {
    ...texts,
    title: f.title,
    description: f.description,
    role: f.role,
    discoveredAt: instant(f.discoveredAt),
    awareAt: instant(f.awareAt),
    ...(f.occurredFrom ? { occurredFrom: instant(f.occurredFrom) } : {}),
    ...(f.occurredUntil ? { occurredUntil: instant(f.occurredUntil) } : {}),
    ongoing: f.ongoing,
    nature: f.nature,
    origin: f.origin,
    cause: f.cause,
    systems: f.systems,
    activities: f.activities,
    ...(f.peopleApprox !== '' ? { peopleApprox: Number(f.peopleApprox) } : {}),
    ...(f.recordsApprox !== '' ? { recordsApprox: Number(f.recordsApprox) } : {}),
    encrypted: f.encrypted,
    otherMemberStates: f.otherMemberStates
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    ...(f.role === 'processor'
      ? {
          controllerNoticeHours: Number(f.controllerNoticeHours),
          controllers: f.controllers
            .filter((c) => c.name.trim() !== '')
            .map((c) => ({
              ...(c.clientId ? { clientId: c.clientId } : {}),
              name: c.name.trim(),
              ...(c.email.trim() ? { email: c.email.trim() } : {}),
              ...(c.language ? { language: c.language as 'nl' | 'fr' | 'en' } : {}),
            })),
        }
      : {}),
  }
}
export type BreachBody = ReturnType<typeof bodyOf>

/** What each part of BreachForm gets: the fields, how to change one, how to tick a list's value, the ids. */
export interface FactsFieldsProps {
  form: FormState
  set: <K extends keyof FormState>(key: K) => (value: FormState[K]) => void
  toggle: (key: 'systems' | 'activities' | 'nature', value: string) => (on: boolean) => void
  /** The id of a field of this form (the form's prefix and the field's name). */
  id: (name: string) => string
}
