import { type Labels, type Language, type LocalizedText, textIn } from '../register/localized'
import {
  atActivity,
  atNotice,
  atOrganization,
  type CompletenessContext,
  type CompletenessItem,
  type FixLocation,
  item,
  type Problem,
} from './completeness-context'

/**
 * Texts the organisation wrote that reach its notice, per language: a text given in some languages but not in the
 * notice's falls back to another one (nl, then fr, then en). That is lawful but not what a French reader expects,
 * so the check tells per language which texts a notice borrows ("The French notice uses Dutch text for ...").
 * A text given as one plain string is meant for every language and is not reported.
 */

interface Found {
  path: string
  text: LocalizedText
  fixAt: FixLocation
}

const LANGUAGE_NAMES: Record<Language, Labels> = {
  nl: { nl: 'Nederlandse', fr: 'néerlandais', en: 'Dutch' },
  fr: { nl: 'Franse', fr: 'français', en: 'French' },
  en: { nl: 'Engelse', fr: 'anglais', en: 'English' },
}

/** Every localized text at or under `value`, with its register path. */
function localizedTexts(value: unknown, path: string, fixAt: FixLocation, out: Found[]): void {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      const key = (v as { key?: unknown })?.key
      localizedTexts(v, `${path}[${typeof key === 'string' ? key : i}]`, fixAt, out)
    })
    return
  }
  const entries = Object.entries(value)
  const isText =
    entries.length > 0 &&
    entries.every(([k, v]) => (k === 'nl' || k === 'fr' || k === 'en') && typeof v === 'string')
  if (isText) {
    out.push({ path, text: value as LocalizedText, fixAt })
    return
  }
  for (const [k, v] of entries) localizedTexts(v, `${path}.${k}`, fixAt, out)
}

/** The texts of the register that the notice can show: its activities and what they refer to, and `notice`. */
function noticeTexts(ctx: CompletenessContext): Found[] {
  const { doc, feeding } = ctx
  const found: Found[] = []
  localizedTexts(doc.notice, 'notice', atNotice('notice'), found)
  for (const f of feeding) localizedTexts(f.activity, `activities[${f.activity.key}]`, atActivity(f), found)
  const used = (key: string, kind: 'retention' | 'measure' | 'taxonomy') =>
    feeding.some(({ activity: a }) =>
      kind === 'retention'
        ? a.retention.some((r) => r.rule === key)
        : kind === 'measure'
          ? a.measures.includes(key) ||
            a.systems.some((s) => doc.systems.find((x) => x.key === s)?.measures.includes(key))
          : a.purposes.some((p) => p.purpose === key) ||
            a.subjectCategories.includes(key) ||
            a.dataCategories.some((c) => c.category === key) ||
            a.recipients.some((r) => r.type === key),
    )
  doc.systems.forEach((s, i) => {
    if (feeding.some(({ activity: a }) => a.systems.includes(s.key)))
      localizedTexts(s, `systems[${s.key}]`, { type: 'system', key: s.key, path: `systems.${i}` }, found)
  })
  doc.retentionRules.forEach((r, i) => {
    if (used(r.key, 'retention'))
      localizedTexts(r, `retentionRules[${r.key}]`, atOrganization(`retentionRules.${i}`), found)
  })
  doc.measures.forEach((m, i) => {
    if (used(m.key, 'measure'))
      localizedTexts(m, `measures[${m.key}]`, atOrganization(`measures.${i}`), found)
  })
  for (const kind of ['dataCategories', 'subjectCategories', 'purposes', 'recipientTypes'] as const) {
    doc.taxonomy[kind].forEach((entry, i) => {
      if (used(entry.key, 'taxonomy'))
        localizedTexts(
          entry,
          `taxonomy.${kind}[${entry.key}]`,
          atOrganization(`taxonomy.${kind}.${i}`),
          found,
        )
    })
  }
  return found
}

/** The language a text falls back to in `language`, or undefined when it has its own. */
function fallbackOf(text: LocalizedText, language: Language): Language | undefined {
  if (typeof text === 'string' || text[language] !== undefined) return undefined
  const used = textIn(text, language)
  return (['nl', 'fr', 'en'] as const).find((l) => text[l] === used)
}

export function translationItems(ctx: CompletenessContext): CompletenessItem[] {
  const texts = noticeTexts(ctx)
  const problems: Problem[] = []
  for (const language of ctx.doc.organization.languages) {
    const bySource = new Map<Language, Found[]>()
    for (const found of texts) {
      const source = fallbackOf(found.text, language)
      if (source !== undefined) bySource.set(source, [...(bySource.get(source) ?? []), found])
    }
    for (const [source, list] of bySource) {
      const shown = list.slice(0, 4).map((f) => f.path)
      const more = list.length - shown.length
      const paths = (extra: string) => `${shown.join(', ')}${more > 0 ? ` ${extra}` : ''}`
      const target = LANGUAGE_NAMES[language]
      const from = LANGUAGE_NAMES[source]
      problems.push({
        recommended: true,
        fixAt: list[0]?.fixAt ?? atNotice('notice'),
        text: {
          nl: `De ${target.nl} verklaring gebruikt ${from.nl} tekst voor ${paths(`(en nog ${more})`)}.`,
          fr: `La déclaration en ${target.fr} utilise le texte en ${from.fr} pour ${paths(`(et ${more} de plus)`)}.`,
          en: `The ${target.en} notice uses ${from.en} text for ${paths(`(and ${more} more)`)}.`,
        },
      })
    }
  }
  return [
    item(
      {
        element: 'practical.translations',
        article: 'Art. 12(1)',
        label: {
          nl: 'Eigen teksten in elke taal van de verklaring',
          fr: 'Textes propres dans chaque langue de la déclaration',
          en: 'Own texts in every language of the notice',
        },
      },
      problems.length > 0 ? problems : 'present',
    ),
  ]
}
