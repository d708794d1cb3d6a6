import type { Labels } from '../localized'

export type Severity = 'error' | 'warning'

export type RegisterObjectType =
  | 'organization'
  | 'activity'
  | 'system'
  | 'vendor'
  | 'retention_rule'
  | 'measure'
  | 'data_category'
  | 'subject_category'
  | 'purpose'
  | 'recipient_type'

/** One result of the register linter: which rule, how bad, where, why (plain language) and how to fix it. */
export interface Finding {
  /** Stable rule id, e.g. "activity.legal-basis-missing". */
  rule: string
  severity: Severity
  object: { type: RegisterObjectType; key: string | null }
  /** Dotted path in the register document, e.g. "activities.2.purposes.0.legalBasis". */
  path: string
  message: Labels
  fix: Labels
}
