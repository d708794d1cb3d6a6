/**
 * The lifecycle events of the subject index a retention period can count from (decision 0047). The date is the
 * subject's own: the latest event of that kind recorded in the index (on the person's page, through the API or the
 * subject CSV import). A later event that reopens the relationship cancels it - a new contract after the end of the
 * last one, a dispute opened again after it was settled - so the person is not due at all.
 *
 * `last_contact` is "the last meaningful contact": the latest event of any kind recorded for a person who has a
 * last-contact event (a contract that ended after the last recorded contact is a later contact).
 */
export const RETENTION_SUBJECT_EVENTS = [
  'contract_end',
  'last_contact',
  'relationship_end',
  'dispute_closed',
] as const
export type RetentionSubjectEvent = (typeof RETENTION_SUBJECT_EVENTS)[number]

export interface SubjectEventStart {
  /** The subject must have an event of this kind. */
  readonly event: RetentionSubjectEvent
  /** The period counts from the latest event of these kinds. */
  readonly countsFrom: readonly SubjectEventKind[]
  /** A later event of one of these kinds means the relationship goes on: not due. */
  readonly reopenedBy: readonly SubjectEventKind[]
}

/** The kinds of event the subject index records (subject_events.kind). */
export type SubjectEventKind =
  | 'contract_start'
  | 'contract_end'
  | 'last_contact'
  | 'dispute_opened'
  | 'dispute_closed'
  | 'relationship_end'
  | 'other'

const ALL_KINDS: readonly SubjectEventKind[] = [
  'contract_start',
  'contract_end',
  'last_contact',
  'dispute_opened',
  'dispute_closed',
  'relationship_end',
  'other',
]

export function subjectEventStart(event: RetentionSubjectEvent): SubjectEventStart {
  switch (event) {
    case 'contract_end':
      return { event, countsFrom: ['contract_end'], reopenedBy: ['contract_start'] }
    case 'relationship_end':
      return { event, countsFrom: ['relationship_end'], reopenedBy: ['contract_start'] }
    case 'dispute_closed':
      return { event, countsFrom: ['dispute_closed'], reopenedBy: ['dispute_opened'] }
    case 'last_contact':
      return { event, countsFrom: ALL_KINDS, reopenedBy: [] }
  }
}

export const isRetentionSubjectEvent = (value: string | null | undefined): value is RetentionSubjectEvent =>
  (RETENTION_SUBJECT_EVENTS as readonly string[]).includes(value ?? '')

/** The lifecycle event a register trigger names, if any ("3 years after the last contact" -> last_contact). */
export function eventOfTrigger(trigger: string): RetentionSubjectEvent | null {
  switch (trigger) {
    case 'end_of_contract':
      return 'contract_end'
    case 'end_of_relationship':
      return 'relationship_end'
    case 'last_contact':
      return 'last_contact'
    case 'end_of_dispute':
      return 'dispute_closed'
    default:
      return null
  }
}
