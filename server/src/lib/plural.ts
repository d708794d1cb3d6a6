/**
 * Counted words in the reader's language, by the plural rules of Intl.PluralRules: "1 dag", "3 dagen"; "0 jour",
 * "1 jour", "2 jours" (French counts 0 as singular); "1 day", "0 days" - never "dag(en)" or "jour(s)".
 */

export type PluralLanguage = 'nl' | 'fr' | 'en'

/** The word for one and for more (and, where a language has them, other categories such as `many`). */
export type PluralForms = { readonly one: string; readonly other: string } & Partial<
  Record<Intl.LDMLPluralRule, string>
>

const rules = new Map<PluralLanguage, Intl.PluralRules>()

function rulesFor(language: PluralLanguage): Intl.PluralRules {
  let found = rules.get(language)
  if (!found) {
    found = new Intl.PluralRules(language)
    rules.set(language, found)
  }
  return found
}

/** The form of the word that goes with `count`. */
export function pluralForm(language: PluralLanguage, count: number, forms: PluralForms): string {
  return forms[rulesFor(language).select(count)] ?? forms.other
}

/** The count and the word: "3 dagen". */
export function counted(language: PluralLanguage, count: number, forms: PluralForms): string {
  return `${count} ${pluralForm(language, count, forms)}`
}
