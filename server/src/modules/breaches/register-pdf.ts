import type { BreachRow } from '../../db/schema'
import { formatInstant, type LetterLanguage } from '../../domain/breaches'
import type { ResolvedRegister } from '../../domain/register/resolve'
import { type FormPdf, renderFormPdf } from '../../lib/pdf/form-pdf'
import { registerEntries, registerLabels } from './export'

const TITLE: Record<LetterLanguage, string> = {
  nl: 'Register van inbreuken in verband met persoonsgegevens',
  fr: 'Registre des violations de données à caractère personnel',
  en: 'Register of personal data breaches',
}

function intro(lang: LetterLanguage, organisation: string, count: number, at: string): string {
  switch (lang) {
    case 'nl':
      return (
        `${organisation} documenteert in dit register elke inbreuk in verband met persoonsgegevens, ongeacht of ` +
        'zij bij de Gegevensbeschermingsautoriteit werd gemeld: de feiten, de gevolgen en de genomen corrigerende ' +
        'maatregelen, zodat de toezichthoudende autoriteit de naleving van artikel 33 AVG kan controleren ' +
        `(art. 33, lid 5, AVG). Stand op ${at} (Belgische tijd): ${count} ` +
        `${count === 1 ? 'inbreuk' : 'inbreuken'}. Alle tijdstippen zijn in Belgische tijd; ` +
        '‘niet vastgelegd’ betekent dat het gegeven nog niet in het dossier staat.'
      )
    case 'fr':
      return (
        `${organisation} documente dans ce registre toute violation de données à caractère personnel, qu’elle ` +
        'ait été notifiée ou non à l’Autorité de protection des données : les faits, ses effets et les mesures ' +
        'prises pour y remédier, afin de permettre à l’autorité de contrôle de vérifier le respect de l’article 33 ' +
        `du RGPD (art. 33, § 5, RGPD). Situation au ${at} (heure belge) : ${count} ` +
        `${count === 1 ? 'violation' : 'violations'}. Toutes les heures sont indiquées en heure belge ; ` +
        '« non consigné » signifie que l’élément ne figure pas encore au dossier.'
      )
    default:
      return (
        `${organisation} documents in this register every personal data breach, whether or not it was notified to ` +
        'the Data Protection Authority: the facts relating to it, its effects and the remedial action taken, so ' +
        'that the supervisory authority can verify compliance with Article 33 GDPR (Art. 33(5) GDPR). Position at ' +
        `${at} (Belgian time): ${count} ${count === 1 ? 'breach' : 'breaches'}. All times are Belgian time; ` +
        '‘not recorded’ means the item is not yet in the file.'
      )
  }
}

const NOT_RECORDED: Record<LetterLanguage, string> = {
  nl: 'niet vastgelegd',
  fr: 'non consigné',
  en: 'not recorded',
}
const NONE: Record<LetterLanguage, string> = {
  nl: 'Er werd geen enkele inbreuk geregistreerd.',
  fr: 'Aucune violation n’a été enregistrée.',
  en: 'No breach has been recorded.',
}
const EMPTY_HEADING: Record<LetterLanguage, string> = { nl: 'Inbreuken', fr: 'Violations', en: 'Breaches' }

/**
 * The register of breaches (Art. 33(5)) as an A4 PDF for an inspection: one section per breach, oldest awareness
 * last as in the list, every field of the XLSX export with its label; a field not yet known says so.
 */
export function renderBreachRegisterPdf(
  rows: readonly BreachRow[],
  register: ResolvedRegister,
  lang: LetterLanguage,
  organisation: string,
  now: Date,
): Promise<Buffer> {
  const labels = registerLabels(lang).filter((l) => l.key !== 'reference' && l.key !== 'title')
  const entries = registerEntries(rows, register, lang, now)
  const content: FormPdf = {
    title: `${TITLE[lang]} - ${organisation}`,
    intro: intro(lang, organisation, rows.length, formatInstant(now)),
    sections:
      entries.length === 0
        ? [{ heading: EMPTY_HEADING[lang], paragraphs: [NONE[lang]], fields: [] }]
        : entries.map((entry) => ({
            heading: `${entry.reference} - ${entry.title}`,
            fields: labels.map(({ key, label }) => {
              const value = entry[key]
              return {
                label,
                value: value === '' || value === undefined ? NOT_RECORDED[lang] : String(value),
              }
            }),
          })),
  }
  return renderFormPdf(content, organisation)
}
