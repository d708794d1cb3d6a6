import type { IsoDate } from '../../calendar-date'
import type { Labels } from '../localized'
import type { ResolvedRegister } from '../resolve'
import type { RegisterDocument } from '../schema'
import type { Finding, Severity } from './finding'

/** What a rule is, for documentation and the UI. */
export interface CheckRule {
  /** Stable id, e.g. "activity.legal-basis-missing": never renamed, the UI and CI scripts key on it. */
  id: string
  severity: Severity
  title: Labels
}

export interface CheckEnvironment {
  /** The current date (Brussels), for the rules about end dates. */
  today: IsoDate
}

/** A finding before the rule id and severity are stamped on it. */
export type FindingDraft = Omit<Finding, 'rule' | 'severity'>

/** A rule: a small pure function of the document, its lookups and the date. */
export interface RuleDefinition extends CheckRule {
  check(doc: RegisterDocument, resolved: ResolvedRegister, env: CheckEnvironment): FindingDraft[]
}
