import type { BreachRow } from '../../db/schema'
import {
  CAUSE_WORDS,
  EXCEPTION_WORDS,
  formatInstant,
  type LetterLanguage,
  NATURE_WORDS,
  ORIGIN_WORDS,
  RISK_WORDS,
  SEVERITY_WORDS,
} from '../../domain/breaches'
import type { ClockName, ClockState } from '../../domain/breaches/clocks'
import type { ResolvedRegister } from '../../domain/register/resolve'
import { addTableSheet, newWorkbook } from '../../lib/xlsx-table'
import { assessmentOf, clocksOf, factsOf } from './stored'

type Column = { key: string; width: number; header: Record<LetterLanguage, string> }

const COLUMNS: Column[] = [
  { key: 'reference', width: 12, header: { nl: 'Referentie', fr: 'Référence', en: 'Reference' } },
  { key: 'title', width: 30, header: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
  { key: 'role', width: 14, header: { nl: 'Rol', fr: 'Rôle', en: 'Role' } },
  { key: 'status', width: 10, header: { nl: 'Status', fr: 'Statut', en: 'Status' } },
  { key: 'discovered', width: 17, header: { nl: 'Ontdekt', fr: 'Découverte', en: 'Discovered' } },
  { key: 'aware', width: 17, header: { nl: 'Kennisname', fr: 'Prise de connaissance', en: 'Aware' } },
  { key: 'description', width: 50, header: { nl: 'Wat er gebeurde', fr: 'Faits', en: 'What happened' } },
  { key: 'nature', width: 30, header: { nl: 'Aard', fr: 'Nature', en: 'Nature' } },
  { key: 'origin', width: 25, header: { nl: 'Oorsprong', fr: 'Origine', en: 'Origin' } },
  { key: 'cause', width: 18, header: { nl: 'Oorzaak', fr: 'Cause', en: 'Cause' } },
  {
    key: 'activities',
    width: 30,
    header: { nl: 'Verwerkingsactiviteiten', fr: 'Activités de traitement', en: 'Processing activities' },
  },
  {
    key: 'dataCategories',
    width: 30,
    header: { nl: 'Categorieën van gegevens', fr: 'Catégories de données', en: 'Data categories' },
  },
  {
    key: 'subjectCategories',
    width: 25,
    header: { nl: 'Categorieën van betrokkenen', fr: 'Catégories de personnes', en: 'Subject categories' },
  },
  {
    key: 'people',
    width: 10,
    header: { nl: 'Personen (ca.)', fr: 'Personnes (env.)', en: 'People (approx.)' },
  },
  {
    key: 'records',
    width: 10,
    header: { nl: 'Registers (ca.)', fr: 'Enregistrements (env.)', en: 'Records (approx.)' },
  },
  { key: 'encrypted', width: 10, header: { nl: 'Versleuteld', fr: 'Chiffrées', en: 'Encrypted' } },
  { key: 'consequences', width: 40, header: { nl: 'Gevolgen', fr: 'Conséquences', en: 'Consequences' } },
  {
    key: 'measuresTaken',
    width: 40,
    header: { nl: 'Genomen maatregelen', fr: 'Mesures prises', en: 'Measures taken' },
  },
  {
    key: 'measuresProposed',
    width: 40,
    header: { nl: 'Voorgestelde maatregelen', fr: 'Mesures proposées', en: 'Measures proposed' },
  },
  { key: 'risk', width: 30, header: { nl: 'Risico', fr: 'Risque', en: 'Risk' } },
  {
    key: 'severity',
    width: 14,
    header: { nl: 'Ernst (ENISA)', fr: 'Gravité (ENISA)', en: 'Severity (ENISA)' },
  },
  { key: 'reasoning', width: 40, header: { nl: 'Motivering', fr: 'Motivation', en: 'Reasoning' } },
  { key: 'decidedBy', width: 18, header: { nl: 'Beslist door', fr: 'Décidé par', en: 'Decided by' } },
  {
    key: 'exception',
    width: 30,
    header: { nl: 'Uitzondering art. 34(3)', fr: 'Exception art. 34(3)', en: 'Art. 34(3) exception' },
  },
  {
    key: 'part1Due',
    width: 17,
    header: { nl: 'Deel 1 uiterlijk', fr: 'Partie 1 au plus tard', en: 'Part 1 due' },
  },
  {
    key: 'part1Filed',
    width: 17,
    header: { nl: 'Deel 1 gemeld', fr: 'Partie 1 notifiée', en: 'Part 1 filed' },
  },
  {
    key: 'caseNumber',
    width: 14,
    header: { nl: 'Dossiernummer GBA', fr: 'Numéro de dossier APD', en: 'GBA case number' },
  },
  {
    key: 'delayReason',
    width: 30,
    header: { nl: 'Reden vertraging', fr: 'Motif du retard', en: 'Reason for delay' },
  },
  {
    key: 'part2Filed',
    width: 17,
    header: { nl: 'Deel 2 gemeld', fr: 'Partie 2 notifiée', en: 'Part 2 filed' },
  },
  { key: 'clocks', width: 24, header: { nl: 'Termijnen', fr: 'Délais', en: 'Clocks' } },
]

const YES_NO: Record<LetterLanguage, [string, string]> = {
  nl: ['ja', 'nee'],
  fr: ['oui', 'non'],
  en: ['yes', 'no'],
}
const ROLE: Record<LetterLanguage, Record<string, string>> = {
  nl: { controller: 'verwerkingsverantwoordelijke', processor: 'verwerker' },
  fr: { controller: 'responsable du traitement', processor: 'sous-traitant' },
  en: { controller: 'controller', processor: 'processor' },
}

const SUBTITLE: Record<LetterLanguage, string> = { nl: 'Opgemaakt op', fr: 'Établi le', en: 'Generated on' }
const STATUS: Record<LetterLanguage, Record<string, string>> = {
  nl: { open: 'lopend', closed: 'afgesloten' },
  fr: { open: 'en cours', closed: 'clôturé' },
  en: { open: 'open', closed: 'closed' },
}
const CLOCK_NAMES: Record<LetterLanguage, Record<ClockName, string>> = {
  nl: {
    part1: 'melding deel 1',
    part2: 'melding deel 2',
    controllers: 'kennisgeving aan de verwerkingsverantwoordelijken',
  },
  fr: {
    part1: 'notification partie 1',
    part2: 'notification partie 2',
    controllers: 'information des responsables du traitement',
  },
  en: {
    part1: 'notification part 1',
    part2: 'notification part 2',
    controllers: 'notice to the controllers',
  },
}
const CLOCK_STATES: Record<LetterLanguage, Record<ClockState, string>> = {
  nl: {
    running: 'loopt',
    overdue: 'verstreken',
    met: 'tijdig',
    late: 'laattijdig',
    not_required: 'niet vereist',
  },
  fr: {
    running: 'en cours',
    overdue: 'dépassé',
    met: 'respecté',
    late: 'tardif',
    not_required: 'non requis',
  },
  en: { running: 'running', overdue: 'overdue', met: 'met', late: 'met late', not_required: 'not required' },
}

/** The header of each field of the register, in the reader's language (the XLSX columns, the PDF's labels). */
export const registerLabels = (lang: LetterLanguage) =>
  COLUMNS.map((c) => ({ key: c.key, label: c.header[lang] }))

/** Each breach's entry in the register, worded in `lang` (Brussels times), keyed like the columns. */
export function registerEntries(
  rows: readonly BreachRow[],
  register: ResolvedRegister,
  lang: LetterLanguage,
  now: Date,
): Record<string, string | number>[] {
  const at = (d: Date | null | undefined) => (d ? formatInstant(d) : '')
  return rows.map((row): Record<string, string | number> => {
    const facts = factsOf(row)
    const a = assessmentOf(row)
    return {
      reference: row.reference,
      title: facts.title,
      role: ROLE[lang][row.role] ?? row.role,
      status: STATUS[lang][row.status] ?? row.status,
      discovered: at(new Date(facts.discoveredAt)),
      aware: at(row.aware_at),
      description: facts.description,
      nature: facts.nature.map((n) => NATURE_WORDS[lang][n]).join('; '),
      origin: ORIGIN_WORDS[lang][facts.origin],
      cause: CAUSE_WORDS[lang][facts.cause],
      activities: facts.activities.map((k) => register.labelOf('activity', k, lang)).join('; '),
      dataCategories: facts.dataCategories.map((k) => register.labelOf('data_category', k, lang)).join('; '),
      subjectCategories: facts.subjectCategories
        .map((k) => register.labelOf('subject_category', k, lang))
        .join('; '),
      people: facts.peopleApprox ?? '',
      records: facts.recordsApprox ?? '',
      encrypted: YES_NO[lang][facts.encrypted ? 0 : 1],
      consequences: facts.consequences ?? '',
      measuresTaken: facts.measuresTaken ?? '',
      measuresProposed: facts.measuresProposed ?? '',
      risk: a ? RISK_WORDS[lang][a.risk] : '',
      severity: a?.enisa ? `${a.enisa.score} (${SEVERITY_WORDS[lang][a.enisa.level]})` : '',
      reasoning: a?.reasoning ?? '',
      decidedBy: a?.decidedBy ?? '',
      exception: a?.exception ? EXCEPTION_WORDS[lang][a.exception] : '',
      part1Due: at(row.part1_due_at),
      part1Filed: at(row.part1_filed_at),
      caseNumber: row.case_number ?? '',
      delayReason: row.delay_reason ?? '',
      part2Filed: at(row.part2_filed_at),
      clocks: clocksOf(row, now)
        .map((c) => `${CLOCK_NAMES[lang][c.name]}: ${CLOCK_STATES[lang][c.state]}`)
        .join('; '),
    }
  })
}

/** The register of breaches (Art. 33(5)) as one sheet, one row per breach, notified or not (lib/xlsx-table). */
export async function breachesToXlsx(
  rows: readonly BreachRow[],
  register: ResolvedRegister,
  lang: LetterLanguage,
  now: Date,
): Promise<Buffer> {
  const workbook = await newWorkbook()
  workbook.creator = 'Custos'
  const title = { nl: 'Datalekken', fr: 'Violations de données', en: 'Breaches' }[lang]
  const values = registerEntries(rows, register, lang, now)
  addTableSheet(workbook, {
    sheetName: title,
    title,
    subtitle: `${SUBTITLE[lang]} ${formatInstant(now)}`,
    columns: COLUMNS.map((c) => ({ header: c.header[lang], width: c.width })),
    rows: values.map((v) =>
      COLUMNS.map((c) => (v[c.key] === '' || v[c.key] === undefined ? [] : [v[c.key] as string | number])),
    ),
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
