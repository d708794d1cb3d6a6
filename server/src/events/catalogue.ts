import type { AuditAction, AuditTargetType } from '../audit/actions'

/**
 * The events integrators can subscribe to (issue 24, decision 0027). Each is emitted from the audit event the
 * change already records in its transaction, so it exists exactly when the change does. A later feature adds its
 * event with one line here (`'consent.withdrawn': fromAudit('consent.withdrawn', ['purpose', 'channel'])`) once
 * its audit action exists; the web UI then needs its nl/fr/en label (the webhook label test asks for it).
 *
 * `fields` are the audit summary fields that go into the event's `data`: nothing else leaves, so free text an
 * agent typed (a completion's details, a refusal's reasons) and personal data never reach a webhook.
 */
export interface EventSource {
  /** The audit actions the event comes from. */
  readonly audit: readonly AuditAction[]
  /** When the same action means different events (a reminder before the due date or once overdue). */
  readonly when?: (summary: Readonly<Record<string, unknown>>) => boolean
  readonly fields: readonly string[]
}

const fromAudit = (
  audit: AuditAction | readonly AuditAction[],
  fields: readonly string[],
  when?: EventSource['when'],
): EventSource => {
  const actions = typeof audit === 'string' ? [audit] : audit
  return when ? { audit: actions, fields, when } : { audit: actions, fields }
}

const RUN_FIELDS = ['runId', 'action', 'dryRun', 'reference'] as const

const REQUEST_FIELDS = ['reference', 'from', 'to'] as const

const CONSENT_FIELDS = [
  'consentEventId',
  'seq',
  'purpose',
  'channel',
  'method',
  'identityKind',
  'identityMasked',
  'occurredAt',
  'externalRef',
] as const

export const EVENT_CATALOGUE = {
  'request.received': fromAudit('request.received', [
    ...REQUEST_FIELDS,
    'types',
    'channel',
    'language',
    'receivedAt',
  ]),
  'request.verified': fromAudit('request.email_verified', [...REQUEST_FIELDS, 'method']),
  'request.due_soon': fromAudit(
    'request.reminder_sent',
    ['reference', 'dueDate', 'workingDaysBefore'],
    (s) => s.kind === 'before_due',
  ),
  'request.overdue': fromAudit(
    'request.reminder_sent',
    ['reference', 'dueDate'],
    (s) => s.kind === 'overdue',
  ),
  'request.completed': fromAudit('request.completed', [...REQUEST_FIELDS]),
  'notice.published': fromAudit('notice.published', ['version', 'effectiveDate', 'material', 'languages']),
  // A run for a request is journaled on the request; a run on its own on the run.
  'connector_run.finished': fromAudit(
    ['connector_run.completed', 'request.connectors_completed', 'request.connectors_dry_run'],
    [
      ...RUN_FIELDS,
      'datasets',
      'rowsFound',
      'rowsUpdated',
      'rowsDeleted',
      'rowsWithheld',
      'packageId',
      'noData',
    ],
  ),
  'connector_run.failed': fromAudit('connector_run.failed', [...RUN_FIELDS, 'failedDatasets']),
  // Consent (modules/consent): the person is named only by the integrator's own externalRef and a masked identity.
  'consent.withdrawn': fromAudit('consent.withdrawn', CONSENT_FIELDS),
  'consent.expired': fromAudit('consent.expired', CONSENT_FIELDS),
  // A child's consent confirmed by their parent through the mailed link: the first moment it is a consent.
  'consent.parental_confirmed': fromAudit('consent.parental_confirmed', [...CONSENT_FIELDS, 'requestId']),
  // Breaches (issue 19): references, clocks and counts only - never the facts typed in.
  'breach.recorded': fromAudit('breach.recorded', ['reference', 'role', 'awareAt', 'dueAt', 'nature']),
  'breach.assessed': fromAudit('breach.assessed', [
    'reference',
    'risk',
    'severity',
    'notifyAuthority',
    'informSubjects',
  ]),
  'breach.clock_due_soon': fromAudit(
    'breach.reminder_sent',
    ['reference', 'clock', 'dueAt', 'hoursBefore'],
    (s) => s.kind === 'due_soon',
  ),
  'breach.clock_overdue': fromAudit(
    'breach.reminder_sent',
    ['reference', 'clock', 'dueAt'],
    (s) => s.kind === 'overdue',
  ),
  'breach.notified': fromAudit('breach.authority_notified', [
    'reference',
    'part',
    'filedAt',
    'late',
    'caseNumber',
  ]),
  'breach.subjects_informed': fromAudit('breach.letters_queued', ['reference', 'queued']),
  // Retention (issue 20): a sweep of one rule on one collection finished or stopped at its ceiling - counts and
  // names of the rule and dataset, never the keys (not even their hashes).
  'retention.sweep_completed': fromAudit('retention.run_completed', [
    'kind',
    'rule',
    'dataset',
    'system',
    'collection',
    'action',
    'cutoff',
    'deleted',
    'masked',
    'maskedInsteadOfDeleted',
    'keys',
    'startedAt',
    'endedAt',
  ]),
  'retention.sweep_paused': fromAudit('retention.run_paused', [
    'rule',
    'dataset',
    'collection',
    'due',
    'ceiling',
  ]),
} as const satisfies Record<string, EventSource>

/** The test event the "send test event" button sends; no change behind it. */
export const TEST_EVENT_TYPE = 'webhook.test'

export type EventType = keyof typeof EVENT_CATALOGUE
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[]

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_CATALOGUE, value)
}

/** The webhook events an audit event stands for (usually none), with their data. */
export function eventsForAudit(entry: {
  action: AuditAction
  targetType: AuditTargetType
  targetId: string | null
  summary: Readonly<Record<string, unknown>>
}): { type: EventType; data: Record<string, unknown> }[] {
  const events: { type: EventType; data: Record<string, unknown> }[] = []
  for (const type of EVENT_TYPES) {
    const source: EventSource = EVENT_CATALOGUE[type]
    if (!source.audit.includes(entry.action) || (source.when && !source.when(entry.summary))) continue
    const data: Record<string, unknown> = { object: entry.targetType, id: entry.targetId }
    for (const field of source.fields)
      if (entry.summary[field] !== undefined) data[field] = entry.summary[field]
    events.push({ type, data })
  }
  return events
}
