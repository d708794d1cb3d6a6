/** Counted words (Intl.PluralRules): "1 persoon", "3 personen" - never "perso(o)n(en)". */
export const TASK_WORDS = {
  people: {
    nl: { one: 'persoon', other: 'personen' },
    fr: { one: 'personne', other: 'personnes' },
    en: { one: 'person', other: 'people' },
  },
  records: {
    nl: { one: 'record', other: 'records' },
    fr: { one: 'enregistrement', other: 'enregistrements' },
    en: { one: 'record', other: 'records' },
  },
  holds: {
    nl: { one: 'blokkering', other: 'blokkeringen' },
    fr: { one: 'gel', other: 'gels' },
    en: { one: 'hold', other: 'holds' },
  },
} as const
