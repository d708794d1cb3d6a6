import { type Language, type LocalizedText, textIn } from '../../domain/register/localized'
import { type Html, html } from '../../lib/html'
import type { ConsentLanguage } from './model'
import type { ConsentPurpose } from './purposes'

/** A purpose's name or description as the public side shows it, with the language it is really in. */
export interface ShownText {
  text: string
  /** The language of the text, when known; undefined for one text the organisation uses for every language. */
  lang: ConsentLanguage | undefined
  /**
   * German was asked and the organisation wrote none (its register has no `consentInGerman` for the purpose): the
   * text is the organisation's own in another language, and the page or mail says so. Never a machine translation.
   */
  notInGerman: boolean
  /** Written by the organisation (its own taxonomy or key); false for the text of Custos's built-in catalogue. */
  byOrganisation: boolean
}

/** What a German reader is shown instead, when the organisation wrote no German: the first it wrote of these. */
const INSTEAD_OF_GERMAN: readonly Language[] = ['en', 'fr', 'nl']

/** The language names in German, for the sentence that says which language is shown. */
const GERMAN_NAMES: Record<Language, string> = { nl: 'Niederländisch', fr: 'Französisch', en: 'Englisch' }

function insteadOfGerman(text: LocalizedText, byOrganisation: boolean): ShownText {
  if (typeof text === 'string') return { text, lang: undefined, notInGerman: true, byOrganisation }
  for (const language of INSTEAD_OF_GERMAN) {
    const value = text[language]
    if (value !== undefined) return { text: value, lang: language, notInGerman: true, byOrganisation }
  }
  return { text: '', lang: undefined, notInGerman: true, byOrganisation }
}

/** The purpose's name in `language`; in German the organisation's own German name, or its text marked as not German. */
export function purposeLabelIn(purpose: ConsentPurpose, language: ConsentLanguage): ShownText {
  const byOrganisation = purpose.origin === 'custom'
  if (language !== 'de')
    return { text: purpose.labelIn(language), lang: language, notInGerman: false, byOrganisation }
  if (purpose.german)
    return { text: purpose.german.label, lang: 'de', notInGerman: false, byOrganisation: true }
  return insteadOfGerman(purpose.label, byOrganisation)
}

/** The purpose's description in `language`, when the register has one (German as for the name). */
export function purposeDescriptionIn(
  purpose: ConsentPurpose,
  language: ConsentLanguage,
): ShownText | undefined {
  const byOrganisation = purpose.origin === 'custom'
  if (language !== 'de') {
    const text = textIn(purpose.description, language)
    return text === undefined ? undefined : { text, lang: language, notInGerman: false, byOrganisation }
  }
  if (purpose.german?.description)
    return { text: purpose.german.description, lang: 'de', notInGerman: false, byOrganisation: true }
  return purpose.description === undefined ? undefined : insteadOfGerman(purpose.description, byOrganisation)
}

/** The text with its language marked when it is not the page's (a screen reader then reads it in its language). */
export function shownHtml(shown: ShownText): Html | string {
  return shown.notInGerman && shown.lang ? html`<span lang="${shown.lang}">${shown.text}</span>` : shown.text
}

/**
 * The sentence a German page shows under a purpose without German text. It names the organisation as the author
 * only of what it wrote: a purpose of Custos's built-in catalogue shows the catalogue's text (review W6).
 */
export function notInGermanNote(shown: ShownText): string {
  const named =
    shown.lang && shown.lang !== 'de' ? `auf ${GERMAN_NAMES[shown.lang]}` : 'in einer anderen Sprache'
  return shown.byOrganisation
    ? shown.lang && shown.lang !== 'de'
      ? `Für diesen Zweck hat die Organisation keinen deutschen Text hinterlegt; er wird ${named} gezeigt, wie die Organisation ihn verfasst hat.`
      : 'Für diesen Zweck hat die Organisation keinen deutschen Text hinterlegt; er wird in der Sprache gezeigt, in der die Organisation ihn verfasst hat.'
    : `Für diesen Zweck ist kein deutscher Text hinterlegt; er wird ${named} gezeigt.`
}

/** The name as a German sentence or mail names it: with a short mark when it is not German. */
export function labelInSentence(shown: ShownText): string {
  if (!shown.notInGerman) return shown.text
  return shown.lang && shown.lang !== 'de'
    ? `${shown.text} (kein deutscher Text hinterlegt, hier auf ${GERMAN_NAMES[shown.lang]})`
    : `${shown.text} (kein deutscher Text hinterlegt)`
}
