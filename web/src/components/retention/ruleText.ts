import type { TFunction } from 'i18next'
import type { Language } from '../../api/types'
import { formatDuration } from '../register/format'
import { textIn } from '../register/localized'
import type { RetentionRule } from './retentionApi'

/** The rule's name in the UI language, else its key. */
export function ruleName(rules: readonly RetentionRule[], key: string, language: Language): string {
  const rule = rules.find((r) => r.key === key)
  return (rule ? textIn(rule.name, language) : undefined) ?? key
}

/** '7 years', or why there is no period to count. */
export function periodText(rule: RetentionRule, language: Language, t: TFunction): string {
  return rule.duration ? formatDuration(rule.duration, language) : t('retention.rules.noDuration')
}

/** From which event the period counts: the date field, the person's event or the fixed date. */
export function startText(rule: RetentionRule, t: TFunction): string {
  const kind = t(`retention.startKinds.${rule.start.kind}`)
  if (rule.start.kind === 'subject_event' && rule.start.event)
    return `${kind}: ${t(`retention.subjectEvents.${rule.start.event}`, { defaultValue: rule.start.event })}`
  if (rule.start.kind === 'fixed_date' && rule.start.date) return `${kind}: ${rule.start.date}`
  const fields = [...new Set(rule.collections.flatMap((c) => (c.dateField ? [c.dateField] : [])))]
  if (rule.start.kind === 'date_field' && fields.length > 0) return `${kind} (${fields.join(', ')})`
  return kind
}
