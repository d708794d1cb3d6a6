import { RETENTION_ACTION_LABELS, RETENTION_TRIGGER_LABELS, type RetentionTrigger } from '../catalogue'
import { type Labels, type Language, textIn } from '../localized'
import type { RetentionRule } from '../schema'
import { colon, lowerFirst } from './format'

/** A retention period in words: "7 jaar na de factuurdatum", "7 ans après la date de la facture". */

type Duration = NonNullable<RetentionRule['duration']>

const UNITS: Record<Language, Record<keyof Duration, readonly [string, string]>> = {
  nl: { years: ['jaar', 'jaar'], months: ['maand', 'maanden'], days: ['dag', 'dagen'] },
  fr: { years: ['an', 'ans'], months: ['mois', 'mois'], days: ['jour', 'jours'] },
  en: { years: ['year', 'years'], months: ['month', 'months'], days: ['day', 'days'] },
}
const AND: Labels = { nl: 'en', fr: 'et', en: 'and' }

/** Phrases with the right article ("na het einde", "après la fin"); the trigger labels are headings. */
const AFTER: Record<Exclude<RetentionTrigger, 'custom'>, Labels> = {
  collection: {
    nl: 'na de verzameling van de gegevens',
    fr: 'après la collecte des données',
    en: 'after the collection of the data',
  },
  end_of_contract: {
    nl: 'na het einde van de overeenkomst',
    fr: 'après la fin du contrat',
    en: 'after the end of the contract',
  },
  end_of_relationship: {
    nl: 'na het einde van de zakelijke relatie',
    fr: "après la fin de la relation d'affaires",
    en: 'after the end of the business relationship',
  },
  last_contact: {
    nl: 'na het laatste contact',
    fr: 'après le dernier contact',
    en: 'after the last contact',
  },
  invoice_date: { nl: 'na de factuurdatum', fr: 'après la date de la facture', en: 'after the invoice date' },
  end_of_warranty: {
    nl: 'na het einde van de garantie',
    fr: 'après la fin de la garantie',
    en: 'after the end of the warranty',
  },
  end_of_dispute: {
    nl: 'na het einde van het geschil',
    fr: 'après la fin du litige',
    en: 'after the end of the dispute',
  },
}
const COUNTED_FROM: Labels = { nl: 'te rekenen vanaf', fr: 'à compter de', en: 'counted from' }
const THEN: Labels = { nl: 'daarna', fr: 'ensuite', en: 'then' }

/** "1 jaar en 6 maanden", "1 an, 2 mois et 3 jours". */
export function formatDuration(duration: Duration, language: Language): string {
  const parts = (['years', 'months', 'days'] as const)
    .filter((unit) => duration[unit] > 0)
    .map((unit) => {
      const [one, many] = UNITS[language][unit]
      return `${duration[unit]} ${duration[unit] === 1 ? one : many}`
    })
  if (parts.length <= 1) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} ${AND[language]} ${parts.at(-1)}`
}

/** A period with no fixed end: the statutory one, counted from the trigger (AFTER follows it). */
const STATUTORY: Labels = {
  nl: 'wettelijke bewaartermijn',
  fr: 'durée de conservation légale',
  en: 'statutory retention period',
}

/** Until the trigger event happens: "zolang de garantie loopt", "jusqu'au règlement du litige". */
export const UNTIL_EVENT: Record<
  'end_of_contract' | 'end_of_relationship' | 'end_of_warranty' | 'end_of_dispute',
  Labels
> = {
  end_of_contract: {
    nl: 'zolang de overeenkomst loopt',
    fr: 'pendant toute la durée du contrat',
    en: 'as long as the contract runs',
  },
  end_of_relationship: {
    nl: 'zolang de zakelijke relatie duurt',
    fr: "pendant toute la durée de la relation d'affaires",
    en: 'as long as the business relationship lasts',
  },
  end_of_warranty: {
    nl: 'zolang de garantie loopt',
    fr: 'aussi longtemps que la garantie court',
    en: 'as long as the warranty runs',
  },
  end_of_dispute: {
    nl: 'tot het geschil definitief beslecht is',
    fr: "jusqu'au règlement définitif du litige",
    en: 'until the dispute is finally settled',
  },
}
const UNTIL: Labels = { nl: 'tot', fr: "jusqu'à", en: 'until' }

/** "7 jaar na de factuurdatum"; a custom trigger as "10 jaar, te rekenen vanaf: het einde van ...". */
export function formatPeriod(rule: RetentionRule, language: Language): string {
  if (rule.duration === undefined) return formatOpenPeriod(rule, language)
  const duration = formatDuration(rule.duration, language)
  if (rule.trigger !== 'custom') return `${duration} ${AFTER[rule.trigger][language]}`
  const event = textIn(rule.triggerDescription, language) ?? RETENTION_TRIGGER_LABELS.custom.label[language]
  return `${duration}, ${COUNTED_FROM[language]}${colon(language)}${lowerFirst(event)}`
}

/**
 * A rule without duration: "wettelijke bewaartermijn na het einde van de overeenkomst", "zolang de garantie loopt",
 * "tot: de oplevering van de werf". Never a number nobody entered.
 */
export function formatOpenPeriod(rule: RetentionRule, language: Language): string {
  const event = textIn(rule.triggerDescription, language) ?? RETENTION_TRIGGER_LABELS.custom.label[language]
  if (rule.openEnd === 'until_event') {
    if (rule.trigger === 'custom') return `${UNTIL[language]}${colon(language)}${lowerFirst(event)}`
    if (rule.trigger in UNTIL_EVENT) return UNTIL_EVENT[rule.trigger as keyof typeof UNTIL_EVENT][language]
  }
  const statutory = STATUTORY[language].replace(/^./, (c) => c.toUpperCase())
  if (rule.trigger !== 'custom') return `${statutory} ${AFTER[rule.trigger][language]}`
  return `${statutory}, ${COUNTED_FROM[language]}${colon(language)}${lowerFirst(event)}`
}

/** "daarna wissen", "ensuite effacer", "then delete". */
export function formatAction(rule: RetentionRule, language: Language): string {
  return `${THEN[language]} ${lowerFirst(RETENTION_ACTION_LABELS[rule.action].label[language])}`
}
