import { type Labels, type Language, type LocalizedText, textIn } from '../localized'
import type { Activity } from '../schema'
import type { FindingDraft } from './rule'

/** The same sentence built once per language. */
export function perLanguage(build: (language: Language) => string): Labels {
  return { nl: build('nl'), fr: build('fr'), en: build('en') }
}

/** A name in quotation marks, as each language writes them. */
export function quote(language: Language, text: string): string {
  return language === 'fr' ? `« ${text} »` : `"${text}"`
}

/** Text (or the key when it has none) in quotation marks, per language. */
export function quotedText(text: LocalizedText | undefined, fallback: string): Labels {
  return perLanguage((language) => quote(language, textIn(text, language) ?? fallback))
}

const AND: Labels = { nl: 'en', fr: 'et', en: 'and' }

/** "a, b and c" in `language`. */
export function listIn(language: Language, items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${AND[language]} ${items.at(-1)}`
}

/** Runs `check` on every activity with its index and its quoted name per language. */
export function eachActivity(
  activities: readonly Activity[],
  check: (activity: Activity, index: number, name: Labels) => FindingDraft[],
): FindingDraft[] {
  return activities.flatMap((activity, index) =>
    check(activity, index, quotedText(activity.name, activity.key)),
  )
}

export function activityObject(activity: Activity): FindingDraft['object'] {
  return { type: 'activity', key: activity.key }
}
