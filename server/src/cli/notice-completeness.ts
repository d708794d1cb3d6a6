import type { CompletenessItem } from '../domain/notice/completeness'
import type { Language } from '../domain/register/localized'
import { counted } from '../lib/plural'

const WORDS: Readonly<
  Record<
    Language,
    {
      title: string
      missing: string
      recommended: string
      complete: string
      fixAt: string
      summary: (missing: number, recommended: number) => string
    }
  >
> = {
  nl: {
    title: 'Volledigheid van de privacyverklaring (art. 13-14 AVG)',
    missing: 'ontbreekt',
    recommended: 'aanbevolen',
    complete: 'alle verplichte elementen zijn aanwezig',
    fixAt: 'aan te vullen in',
    summary: (missing, recommended) => `${missing} ontbrekend, ${recommended} aanbevolen`,
  },
  fr: {
    title: 'Complétude de la déclaration de confidentialité (art. 13-14 RGPD)',
    missing: 'manquant',
    recommended: 'recommandé',
    complete: 'tous les éléments obligatoires sont présents',
    fixAt: 'à compléter dans',
    summary: (missing, recommended) =>
      `${counted('fr', missing, { one: 'manquant', other: 'manquants' })}, ${counted('fr', recommended, { one: 'recommandé', other: 'recommandés' })}`,
  },
  en: {
    title: 'Completeness of the privacy notice (Art. 13-14 GDPR)',
    missing: 'missing',
    recommended: 'recommended',
    complete: 'all required elements are present',
    fixAt: 'fix at',
    summary: (missing, recommended) => `${missing} missing, ${recommended} recommended`,
  },
}

/**
 * The completeness check as text for `custos notice build` (written to stderr, so that stdout stays the notice):
 * one line per missing or recommended element, with what is missing and where to fix it, then a summary.
 */
export function completenessText(items: readonly CompletenessItem[], lang: Language): string {
  const w = WORDS[lang]
  const open = items.filter((i) => i.status === 'missing' || i.status === 'recommended')
  const missing = open.filter((i) => i.status === 'missing').length
  const width = Math.max(w.missing.length, w.recommended.length)
  const lines = [`${w.title}${lang === 'fr' ? '\u00a0:' : ':'}`]
  for (const i of open) {
    const status = i.status === 'missing' ? w.missing : w.recommended
    const fix = i.fixAt ? ` (${w.fixAt} ${i.fixAt.path})` : ''
    lines.push(`  ${status.padEnd(width)}  ${i.element}  ${i.missing?.[lang] ?? i.label[lang]}${fix}`)
  }
  lines.push(
    missing === 0 && open.length === 0 ? `  ${w.complete}` : `  ${w.summary(missing, open.length - missing)}`,
  )
  return `${lines.join('\n')}\n`
}
