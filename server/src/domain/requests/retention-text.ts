import { RETENTION_TRIGGER_LABELS } from '../register/catalogue'
import { formatOpenPeriod } from '../register/export/retention-text'
import { type Language, textIn } from '../register/localized'
import type { RetentionRule } from '../register/schema'
import { ART15_WORDING } from './art15-wording'
import { colon, formatDuration, lowerFirst, semicolon } from './format'

/**
 * A retention rule of the register as one line: "Facturen: 7 jaar (vertrekpunt: factuurdatum; WER/CDE art. III.88)".
 * The statutory reference names the law, so a letter can say why data is kept (Art. 17(3)(b)).
 */
export function retentionRuleText(rule: RetentionRule, language: Language): string {
  const trigger =
    rule.trigger === 'custom'
      ? (textIn(rule.triggerDescription, language) ?? RETENTION_TRIGGER_LABELS.custom.label[language])
      : RETENTION_TRIGGER_LABELS[rule.trigger].label[language]
  const statute = textIn(rule.statutoryReference, language)
  const reference = statute ? `${semicolon(language)} ${statute}` : ''
  const start = `${ART15_WORDING[language].startingPoint}${colon(language)} ${lowerFirst(trigger)}${reference}`
  return `${textIn(rule.name, language) ?? rule.key}${colon(language)} ${rule.duration ? formatDuration(rule.duration, language) : lowerFirst(formatOpenPeriod(rule, language))} (${start})`
}
