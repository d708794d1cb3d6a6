import { z } from 'zod'
import { toBrusselsDate } from '../brussels-time'
import type { FieldIssue } from '../errors'
import { fieldIssueOf } from '../errors/schema-issues'
import { frenchPunctuation } from '../french-typography'
import type { Language } from '../register/localized'
import { type AssessmentContent, assessmentContentSchema, PRINCIPLES, type PrincipleKey } from './assessment'
import { EVALUATION_LABELS, LEVEL_LABELS, PRINCIPLE_QUESTIONS, RISK_LABELS } from './assessment-labels'
import type { RiskKey } from './risk'

/**
 * The JSON file the CNIL's open-source PIA software exports (github.com/LINCnil/pia, PiaService.exportData:
 * `{pia, answers, measures, evaluations, comments}`), read and mapped onto the content of a Custos assessment
 * (decision 0092). Pure: the file's shape, the mapping, and every part of the file that has no place in Custos,
 * named (never dropped without a word). The file's validation status is never taken over: a decision is taken
 * in Custos by a person.
 *
 * The CNIL structure numbers its questions: 111-113 overview, 121-123 data and life cycle, 211-215 proportionality,
 * 221-227 the people's rights, 3.1 the measures, 321-326 illegitimate access, 331-336 unwanted modification,
 * 341-346 disappearance (each: impacts, threats, sources, measures, severity, likelihood). Evaluations refer to
 * "1.1", "2.1.211", "3.1.<measure id>", "3.2", ... with status 0 pending, 1 to correct, 2 improvable, 3 acceptable
 * and, for the risks, gauges {x: severity, y: likelihood} re-estimated after the action plan.
 */

export const CNIL_PIA_FORMAT = 'cnil-pia' as const

const num = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform(Number)
const optText = z.string().nullish()
const level = num.pipe(z.number().int().min(0).max(4)).nullish()
const ref = z.union([z.number(), z.string()]).transform(String)

const answerSchema = z.looseObject({
  reference_to: num,
  data: z
    .looseObject({
      text: optText,
      gauge: level,
      list: z.array(z.string()).nullish(),
    })
    .nullish(),
})
const measureSchema = z.looseObject({
  id: z.union([z.number(), z.string()]).nullish(),
  title: optText,
  content: optText,
})
const gaugesSchema = z.preprocess((v) => {
  if (typeof v !== 'string') return v
  try {
    return JSON.parse(v)
  } catch {
    return v
  }
}, z.looseObject({ x: level, y: level }).nullish())
const evaluationSchema = z.looseObject({
  reference_to: ref,
  status: num.pipe(z.number().int().min(0).max(3)).nullish(),
  evaluation_comment: optText,
  action_plan_comment: optText,
  gauges: gaugesSchema,
  estimated_implementation_date: optText,
  person_in_charge: optText,
})
const commentSchema = z.looseObject({
  reference_to: ref.nullish(),
  description: optText,
})
const flag = z.union([z.boolean(), num]).nullish()
const piaSchema = z.looseObject({
  name: optText,
  status: num.pipe(z.number().int().min(0).max(5)).nullish(),
  category: optText,
  author_name: optText,
  evaluator_name: optText,
  validator_name: optText,
  dpo_status: num.pipe(z.number().int().min(0).max(1)).nullish(),
  dpo_opinion: optText,
  dpos_names: optText,
  concerned_people_searched_opinion: flag,
  concerned_people_searched_content: optText,
  people_names: optText,
  concerned_people_opinion: optText,
  concerned_people_status: num.pipe(z.number().int().min(0).max(1)).nullish(),
  rejection_reason: optText,
  applied_adjustments: optText,
  structure_name: optText,
})
const list = <T extends z.ZodType>(item: T) => z.array(item).max(5000).nullish()
export const cnilPiaFileSchema = z.looseObject({
  pia: piaSchema,
  answers: list(answerSchema),
  measures: list(measureSchema),
  evaluations: list(evaluationSchema),
  comments: list(commentSchema),
})
type CnilFile = z.infer<typeof cnilPiaFileSchema>

/** The statuses of the PIA software: 0 in progress, 1 refused, 2 validated, 3 validated with signature, 4 archived, 5 awaiting validation. */
export const CNIL_STATUSES = [
  'in_progress',
  'refused',
  'validated',
  'validated_signed',
  'archived',
  'awaiting_validation',
] as const
export type CnilStatus = (typeof CNIL_STATUSES)[number]

/** Why a part of the file is not in the imported assessment. */
export type NotImportedReason =
  | 'decision'
  | 'no_field'
  | 'person'
  | 'person_in_charge'
  | 'shortened'
  | 'image'
  | 'unknown_question'
  | 'incomplete_estimate'
  | 'too_many'
  | 'unknown_field'

export interface NotImported {
  /** Where in the file: `pia.rejection_reason`, `evaluations.4.status`, `comments.0`, ... */
  path: string
  /** What it is, worded in the language asked. */
  label: string
  reason: NotImportedReason
  /** The start of its value, as text; null when there is nothing to show. */
  excerpt: string | null
}

export interface CnilImport {
  /** The PIA's name in the file (informative: the activity's name in the register stays). */
  piaName: string | null
  /** The file's status; never taken over (a person validates or refuses in Custos). */
  fileStatus: CnilStatus | null
  content: AssessmentContent
  notImported: NotImported[]
}

export type CnilReadResult = { ok: true; value: CnilImport } | { ok: false; issues: FieldIssue[] }

// ---------------------------------------------------------------------------------------------------------------
// Words

type Words = {
  responsibilities: string
  standards: string
  processing: string
  data: string
  lifecycle: string
  assets: string
  evaluatorComment: string
  addresses: string
  dpoNames: string
  dpoConclusion: readonly [string, string]
  peopleNames: string
  peopleConclusion: readonly [string, string]
  notSought: string
  label: {
    status: string
    name: string
    category: string
    author: string
    evaluator: string
    validator: string
    rejection: string
    adjustments: string
    structure: string
    comment: (on: string) => string
    evaluation: (on: string, value: string) => string
    severityText: (risk: string) => string
    likelihoodText: (risk: string) => string
    estimate: (risk: string, after: boolean) => string
    personInCharge: (on: string) => string
    answer: (on: string) => string
    actionPlan: (on: string) => string
    measure: (title: string) => string
    unknownQuestion: (n: string) => string
    unknownEvaluation: (n: string) => string
    unknownField: (key: string) => string
    listItem: (on: string) => string
  }
  parts: Record<'overview' | 'data' | 'measures', string>
  evaluationStatus: readonly [string, string, string, string]
  cnilStatus: Record<CnilStatus, string>
  reason: Record<NotImportedReason, string>
}

const WORDS: Record<Language, Words> = {
  nl: {
    processing: 'De verwerking',
    responsibilities: 'Verantwoordelijkheden voor de verwerking',
    standards: 'Toepasselijke normen',
    data: 'Verwerkte gegevens',
    lifecycle: 'Levenscyclus van de gegevens en processen',
    assets: 'Ondersteunende middelen van de gegevens',
    evaluatorComment: 'Opmerking van de beoordelaar (CNIL PIA-software)',
    addresses: 'draagt bij tot',
    dpoNames: 'Functionaris(sen) voor gegevensbescherming',
    dpoConclusion: [
      'De verwerking zou niet mogen worden uitgevoerd.',
      'De verwerking kan worden uitgevoerd.',
    ],
    peopleNames: 'Geraadpleegde betrokkenen of vertegenwoordigers',
    peopleConclusion: [
      'De verwerking zou niet mogen worden uitgevoerd.',
      'De verwerking kan worden uitgevoerd.',
    ],
    notSought: 'Het standpunt van de betrokkenen werd niet gevraagd',
    label: {
      status: 'Status van de PIA in het bestand',
      name: 'Naam van de PIA',
      category: 'Categorie van de PIA',
      author: 'Opsteller',
      evaluator: 'Beoordelaar',
      validator: 'Valideerder',
      rejection: 'Reden van de weigering',
      adjustments: 'Aanpassingen na de weigering',
      structure: 'Gebruikte structuur',
      comment: (on) => `Opmerking bij ${on}`,
      evaluation: (on, value) => `Beoordeling „${value}” van ${on}`,
      severityText: (risk) => `Motivering van de ernst: ${risk}`,
      likelihoodText: (risk) => `Motivering van de waarschijnlijkheid: ${risk}`,
      estimate: (risk, after) =>
        `${after ? 'Herbeoordeling na het actieplan' : 'Ernst en waarschijnlijkheid'}: ${risk}`,
      personInCharge: (on) => `Verantwoordelijke voor de actie bij ${on}`,
      answer: (on) => `Antwoord: ${on}`,
      actionPlan: (on) => `Actieplan bij ${on}`,
      measure: (title) => `Maatregel „${title}”`,
      unknownQuestion: (n) => `Antwoord op vraag ${n} (niet in de CNIL-structuur)`,
      unknownEvaluation: (n) => `Beoordeling van ${n} (niet in de CNIL-structuur)`,
      unknownField: (key) => `Onbekend veld „${key}”`,
      listItem: (on) => `Element van ${on}`,
    },
    parts: { overview: 'Overzicht', data: 'Gegevens, processen en middelen', measures: 'Maatregelen' },
    evaluationStatus: ['In afwachting', 'Te corrigeren', 'Voor verbetering vatbaar', 'Aanvaardbaar'],
    cnilStatus: {
      in_progress: 'in bewerking',
      refused: 'geweigerd',
      validated: 'gevalideerd',
      validated_signed: 'gevalideerd met handtekening',
      archived: 'gearchiveerd',
      awaiting_validation: 'wacht op validatie',
    },
    reason: {
      decision:
        'Een beslissing wordt niet overgenomen: de DPIA wordt in Custos door een persoon gevalideerd of geweigerd.',
      no_field: 'Custos heeft hiervoor geen veld.',
      person: 'Namen worden niet overgenomen: Custos legt zelf vast wie importeert, opslaat en beslist.',
      person_in_charge:
        'Een naam is geen gebruiker van Custos; wijs de verantwoordelijke aan in het actieplan.',
      shortened: 'Ingekort tot de maximale lengte van het veld in Custos.',
      image: 'Afbeeldingen in de tekst worden niet overgenomen.',
      unknown_question: 'Deze vraag komt niet voor in de standaardstructuur van de CNIL.',
      incomplete_estimate: 'Ernst en waarschijnlijkheid worden alleen samen overgenomen.',
      too_many: 'Meer elementen dan Custos in deze lijst bewaart.',
      unknown_field: 'Dit veld is onbekend en wordt niet overgenomen.',
    },
  },
  fr: {
    processing: 'Le traitement',
    responsibilities: 'Responsabilités liées au traitement',
    standards: 'Référentiels applicables',
    data: 'Données traitées',
    lifecycle: 'Cycle de vie des données et des processus',
    assets: 'Supports des données',
    evaluatorComment: "Commentaire de l'évaluateur (logiciel PIA de la CNIL)",
    addresses: 'contribue à traiter',
    dpoNames: 'Délégué(s) à la protection des données',
    dpoConclusion: [
      'Le traitement ne devrait pas être mis en œuvre.',
      'Le traitement peut être mis en œuvre.',
    ],
    peopleNames: 'Personnes concernées ou représentants consultés',
    peopleConclusion: [
      'Le traitement ne devrait pas être mis en œuvre.',
      'Le traitement peut être mis en œuvre.',
    ],
    notSought: "L'avis des personnes concernées n'a pas été demandé",
    label: {
      status: 'Statut du PIA dans le fichier',
      name: 'Nom du PIA',
      category: 'Catégorie du PIA',
      author: 'Rédacteur',
      evaluator: 'Évaluateur',
      validator: 'Validateur',
      rejection: 'Motif du refus',
      adjustments: 'Modifications apportées après le refus',
      structure: 'Structure utilisée',
      comment: (on) => `Commentaire sur ${on}`,
      evaluation: (on, value) => `Évaluation « ${value} » de ${on}`,
      severityText: (risk) => `Justification de la gravité : ${risk}`,
      likelihoodText: (risk) => `Justification de la vraisemblance : ${risk}`,
      estimate: (risk, after) =>
        `${after ? "Réévaluation après le plan d'action" : 'Gravité et vraisemblance'} : ${risk}`,
      personInCharge: (on) => `Responsable de l'action sur ${on}`,
      answer: (on) => `Réponse : ${on}`,
      actionPlan: (on) => `Plan d'action sur ${on}`,
      measure: (title) => `Mesure « ${title} »`,
      unknownQuestion: (n) => `Réponse à la question ${n} (hors de la structure de la CNIL)`,
      unknownEvaluation: (n) => `Évaluation de ${n} (hors de la structure de la CNIL)`,
      unknownField: (key) => `Champ inconnu « ${key} »`,
      listItem: (on) => `Élément de ${on}`,
    },
    parts: { overview: 'Vue d’ensemble', data: 'Données, processus et supports', measures: 'Mesures' },
    evaluationStatus: ['En attente', 'À corriger', 'Améliorable', 'Acceptable'],
    cnilStatus: {
      in_progress: 'en cours',
      refused: 'refusé',
      validated: 'validé',
      validated_signed: 'validé avec signature',
      archived: 'archivé',
      awaiting_validation: 'en attente de validation',
    },
    reason: {
      decision:
        "Une décision n'est pas reprise : l'AIPD est validée ou refusée dans Custos par une personne.",
      no_field: "Custos n'a pas de champ pour cela.",
      person: 'Les noms ne sont pas repris : Custos enregistre lui-même qui importe, enregistre et décide.',
      person_in_charge:
        "Un nom n'est pas un utilisateur de Custos ; désignez le responsable dans le plan d'action.",
      shortened: 'Raccourci à la longueur maximale du champ dans Custos.',
      image: 'Les images insérées dans le texte ne sont pas reprises.',
      unknown_question: 'Cette question ne figure pas dans la structure standard de la CNIL.',
      incomplete_estimate: 'La gravité et la vraisemblance ne sont reprises qu’ensemble.',
      too_many: 'Plus d’éléments que Custos n’en conserve dans cette liste.',
      unknown_field: "Ce champ est inconnu et n'est pas repris.",
    },
  },
  en: {
    processing: 'The processing',
    responsibilities: 'Responsibilities linked to the processing',
    standards: 'Applicable standards',
    data: 'Data processed',
    lifecycle: 'Life cycle of the data and processes',
    assets: 'Supporting assets of the data',
    evaluatorComment: "Evaluator's comment (CNIL PIA software)",
    addresses: 'addresses',
    dpoNames: 'Data protection officer(s)',
    dpoConclusion: ['The processing should not be carried out.', 'The processing may be carried out.'],
    peopleNames: 'People concerned or representatives consulted',
    peopleConclusion: ['The processing should not be carried out.', 'The processing may be carried out.'],
    notSought: 'The views of the people concerned were not sought',
    label: {
      status: 'Status of the PIA in the file',
      name: 'Name of the PIA',
      category: 'Category of the PIA',
      author: 'Author',
      evaluator: 'Evaluator',
      validator: 'Validator',
      rejection: 'Reason for the refusal',
      adjustments: 'Adjustments made after the refusal',
      structure: 'Structure used',
      comment: (on) => `Comment on ${on}`,
      evaluation: (on, value) => `Evaluation "${value}" of ${on}`,
      severityText: (risk) => `Justification of the severity: ${risk}`,
      likelihoodText: (risk) => `Justification of the likelihood: ${risk}`,
      estimate: (risk, after) =>
        `${after ? 'Re-estimate after the action plan' : 'Severity and likelihood'}: ${risk}`,
      personInCharge: (on) => `Person in charge of the action on ${on}`,
      answer: (on) => `Answer: ${on}`,
      actionPlan: (on) => `Action plan on ${on}`,
      measure: (title) => `Measure "${title}"`,
      unknownQuestion: (n) => `Answer to question ${n} (outside the CNIL structure)`,
      unknownEvaluation: (n) => `Evaluation of ${n} (outside the CNIL structure)`,
      unknownField: (key) => `Unknown field "${key}"`,
      listItem: (on) => `Item of ${on}`,
    },
    parts: { overview: 'Overview', data: 'Data, processes and supporting assets', measures: 'Measures' },
    evaluationStatus: ['Pending', 'To correct', 'Improvable', 'Acceptable'],
    cnilStatus: {
      in_progress: 'in progress',
      refused: 'refused',
      validated: 'validated',
      validated_signed: 'validated with signature',
      archived: 'archived',
      awaiting_validation: 'awaiting validation',
    },
    reason: {
      decision: 'A decision is not taken over: the DPIA is validated or refused in Custos by a person.',
      no_field: 'Custos has no field for it.',
      person: 'Names are not taken over: Custos records itself who imports, saves and decides.',
      person_in_charge: 'A name is not a Custos user; assign the person in charge in the action plan.',
      shortened: 'Shortened to the longest text the Custos field keeps.',
      image: 'Images inside the text are not taken over.',
      unknown_question: 'This question is not part of the standard CNIL structure.',
      incomplete_estimate: 'Severity and likelihood are only taken over together.',
      too_many: 'More items than Custos keeps in this list.',
      unknown_field: 'This field is unknown and is not taken over.',
    },
  },
}

/** The words of the import in `lang` (French spacing applied). */
export function cnilWords(lang: Language) {
  const w = WORDS[lang]
  const fr = (s: string) => (lang === 'fr' ? frenchPunctuation(s) : s)
  return {
    statusLabel: (s: CnilStatus) => w.cnilStatus[s],
    reasonLabel: (r: NotImportedReason) => fr(w.reason[r]),
    fr,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTML of the PIA software's editor to plain text

const NAMED: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
  bull: '•',
  middot: '·',
  deg: '°',
  copy: '©',
  reg: '®',
  oelig: 'œ',
  OElig: 'Œ',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
}
for (const [letter, marks] of Object.entries({
  a: 'grave acute circ tilde uml ring',
  e: 'grave acute circ uml',
  i: 'grave acute circ uml',
  o: 'grave acute circ tilde uml',
  u: 'grave acute circ uml',
  y: 'acute uml',
  n: 'tilde',
  c: 'cedil',
})) {
  const combining: Record<string, string> = {
    grave: '\u0300',
    acute: '\u0301',
    circ: '\u0302',
    tilde: '\u0303',
    uml: '\u0308',
    ring: '\u030a',
    cedil: '\u0327',
  }
  for (const mark of marks.split(' ')) {
    NAMED[`${letter}${mark}`] = `${letter}${combining[mark]}`.normalize('NFC')
    NAMED[`${letter.toUpperCase()}${mark}`] = `${letter.toUpperCase()}${combining[mark]}`.normalize('NFC')
  }
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1))
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
      return String.fromCodePoint(code)
    }
    return NAMED[body] ?? whole
  })
}

/** Plain text of the editor's HTML: paragraphs and list items on their own lines, entities decoded. */
export function htmlToText(html: string): { text: string; images: number } {
  let images = 0
  const text = decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<img\b[^>]*>/gi, () => {
        images++
        return ''
      })
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(p|div|ul|ol|h[1-6]|tr|table|blockquote)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replaceAll('\u0000', '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text, images }
}

// ---------------------------------------------------------------------------------------------------------------
// The mapping

const PRINCIPLE_OF_QUESTION: Record<number, PrincipleKey> = Object.fromEntries(
  PRINCIPLES.map((key, i) => [i < 5 ? 211 + i : 221 + (i - 5), key]),
) as Record<number, PrincipleKey>
const RISK_OF_ITEM: Record<number, RiskKey> = {
  2: 'illegitimate_access',
  3: 'unwanted_modification',
  4: 'disappearance',
}
const CONTEXT_QUESTIONS = [111, 112, 113, 121, 122, 123] as const
const KNOWN_TOP = new Set(['pia', 'answers', 'measures', 'evaluations', 'comments'])
/** Bookkeeping of the PIA software (ids, dates, progress, storage), not content. */
const BOOKKEEPING = new Set([
  'id',
  'pia_id',
  'created_at',
  'updated_at',
  'lock_version',
  'progress',
  'is_example',
  'is_archive',
  'dbVersion',
  'tableName',
  'serverUrl',
  'objectStore',
  'numberOfQuestions',
  'structure_id',
  'structure_sector_name',
  'structure_data',
  'user_pias',
  'authors',
  'evaluators',
  'validators',
  'guests',
  'placeholder',
  'global_status',
  'evaluation_date',
  'for_measure',
  'evaluation_infos',
])
const MAX = { context: 10000, answer: 5000, item: 500, items: 30, title: 300, measures: 50, opinion: 10000 }

function excerptOf(text: string | null | undefined): string | null {
  if (!text) return null
  const one = text.replace(/\s+/g, ' ').trim()
  if (!one) return null
  return one.length > 200 ? `${one.slice(0, 199)}…` : one
}

function cut(text: string, max: number): { text: string; shortened: boolean } {
  if (text.length <= max) return { text, shortened: false }
  let end = max - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end-- // never half of a surrogate pair
  return { text: `${text.slice(0, end).trimEnd()}…`, shortened: true }
}

/**
 * Reads a parsed JSON file of the PIA software. A file that is not one (no `pia` object, a wrong type) is refused
 * with each field's path under `body.`; a file that is one always maps, with what does not fit named.
 */
export function readCnilPiaFile(input: unknown, lang: Language): CnilReadResult {
  if (input !== null && typeof input === 'object' && !Array.isArray(input) && !('pia' in input)) {
    const format = (input as Record<string, unknown>).format
    return {
      ok: false,
      issues: [
        {
          path: 'body.pia',
          code: 'required',
          message:
            format === 'custos.dpia/v1'
              ? 'This is a DPIA exported by Custos (format custos.dpia/v1): use POST .../import for it.'
              : 'Not a file exported by the CNIL PIA software: it has no "pia" object.',
          ...(typeof format === 'string' ? { params: { format: format.slice(0, 40) } } : {}),
        },
      ],
    }
  }
  const parsed = cnilPiaFileSchema.safeParse(input)
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues
        .slice(0, 50)
        .map((i) => fieldIssueOf(['body', ...i.path.map(String)].join('.'), i)),
    }
  return { ok: true, value: mapCnilPia(parsed.data, input as Record<string, unknown>, lang) }
}

function mapCnilPia(file: CnilFile, raw: Record<string, unknown>, lang: Language): CnilImport {
  const w = WORDS[lang]
  const fr = (s: string) => (lang === 'fr' ? frenchPunctuation(s) : s)
  /** A heading of ours before a text of the file: French spacing on our words only. */
  const colon = lang === 'fr' ? '\u00a0:' : ':'
  const notImported: NotImported[] = []
  const skip = (path: string, label: string, reason: NotImportedReason, value?: string | null) =>
    notImported.push({ path, label: fr(label), reason, excerpt: excerptOf(value) })
  const plain = (html: string | null | undefined, path: string, label: string): string => {
    if (!html) return ''
    const { text, images } = htmlToText(html)
    if (images > 0) skip(path, label, 'image')
    return text
  }
  const bounded = (text: string, max: number, path: string, label: string): string => {
    const c = cut(text, max)
    if (c.shortened) skip(path, label, 'shortened', text.slice(max - 1))
    return c.text
  }

  // Unknown fields with a value: named.
  for (const [key, value] of Object.entries(raw))
    if (!KNOWN_TOP.has(key) && !BOOKKEEPING.has(key) && hasValue(value))
      skip(key, w.label.unknownField(key), 'unknown_field', valueText(value))
  const knownPia = new Set([...Object.keys(piaSchema.shape)])
  for (const [key, value] of Object.entries(raw.pia as Record<string, unknown>))
    if (!knownPia.has(key) && !BOOKKEEPING.has(key) && hasValue(value))
      skip(`pia.${key}`, w.label.unknownField(key), 'unknown_field', valueText(value))

  const pia = file.pia
  const questionLabel = (n: number): string => {
    const principle = PRINCIPLE_OF_QUESTION[n]
    if (principle) return PRINCIPLE_QUESTIONS[principle][lang]
    const risk = RISK_OF_ITEM[Math.floor(n / 10) % 10]
    if (n >= 321 && n <= 346 && risk) return RISK_LABELS[risk][lang]
    const context: Record<number, string> = {
      111: w.processing,
      112: w.responsibilities,
      113: w.standards,
      121: w.data,
      122: w.lifecycle,
      123: w.assets,
    }
    return context[n] ?? String(n)
  }

  // Answers by question.
  const answers = new Map<number, { text: string; gauge: number | null; list: string[]; index: number }>()
  file.answers?.forEach((a, index) => {
    const n = a.reference_to
    const known =
      (CONTEXT_QUESTIONS as readonly number[]).includes(n) ||
      PRINCIPLE_OF_QUESTION[n] !== undefined ||
      (n >= 321 &&
        n <= 346 &&
        n % 10 >= 1 &&
        n % 10 <= 6 &&
        RISK_OF_ITEM[Math.floor(n / 10) % 10] !== undefined)
    const path = `answers.${index}`
    const text = plain(a.data?.text, `${path}.data.text`, questionLabel(n))
    const listItems = (a.data?.list ?? []).map((s) => htmlToText(s).text).filter(Boolean)
    if (!known) {
      if (text || listItems.length || (a.data?.gauge ?? 0) > 0)
        skip(path, w.label.unknownQuestion(String(n)), 'unknown_question', text || listItems.join('; '))
      return
    }
    answers.set(n, { text, gauge: a.data?.gauge ?? null, list: listItems, index })
  })

  // Evaluations by reference.
  type Ev = NonNullable<CnilFile['evaluations']>[number]
  const evaluations = new Map<string, { ev: Ev; index: number }>()
  file.evaluations?.forEach((ev, index) => {
    evaluations.set(ev.reference_to, { ev, index })
  })
  const usedEvaluations = new Set<string>()
  const plannedMeasures: AssessmentContent['plannedMeasures'] = []
  const evaluationComment = (ref: string) => {
    const e = evaluations.get(ref)
    if (!e) return ''
    return plain(e.ev.evaluation_comment, `evaluations.${e.index}.evaluation_comment`, w.evaluatorComment)
  }
  /** The action plan of an evaluated item: one planned measure; its person in charge named. */
  const actionOf = (ref: string, on: string, risks: RiskKey[]) => {
    const e = evaluations.get(ref)
    if (!e) return
    const path = `evaluations.${e.index}`
    const text = plain(e.ev.action_plan_comment, `${path}.action_plan_comment`, w.label.actionPlan(on))
    if (e.ev.person_in_charge?.trim())
      skip(`${path}.person_in_charge`, w.label.personInCharge(on), 'person_in_charge', e.ev.person_in_charge)
    if (text.length < 3) return
    if (plannedMeasures.length >= MAX.measures) {
      skip(`${path}.action_plan_comment`, w.label.actionPlan(on), 'too_many', text)
      return
    }
    // One line: the items of a list joined, as the action plan names one action per evaluated item.
    const line = text
      .split('\n')
      .map((l) => l.replace(/^- /, '').trim())
      .filter(Boolean)
      .join(lang === 'fr' ? '\u202f; ' : '; ')
    const title = bounded(line, MAX.title, `${path}.action_plan_comment`, w.label.actionPlan(on))
    const due = dayOf(e.ev.estimated_implementation_date)
    plannedMeasures.push({
      title,
      risks,
      priority: e.ev.status === 1 ? 'high' : 'medium',
      due,
    })
  }
  /** An evaluation status where Custos has no evaluation field (context, measures, risks): named. */
  const statusWithoutField = (ref: string, on: string) => {
    const e = evaluations.get(ref)
    const s = e?.ev.status
    if (!e || !s) return
    skip(
      `evaluations.${e.index}.status`,
      w.label.evaluation(on, w.evaluationStatus[s] ?? String(s)),
      'no_field',
    )
  }
  const withComment = (text: string, comment: string) =>
    comment ? [text, `${fr(w.evaluatorComment)}${colon} ${comment}`].filter(Boolean).join('\n\n') : text

  // 1. Context.
  const section = (parts: [number, string][], primary: number, ref: string, part: string, path: string) => {
    const filled = parts
      .map(([n, heading]) => ({ n, heading, text: answers.get(n)?.text ?? '' }))
      .filter((p) => p.text)
    const body =
      filled.length === 1 && filled[0]?.n === primary
        ? filled[0].text
        : filled.map((p) => `${p.heading}${colon}\n${p.text}`).join('\n\n')
    usedEvaluations.add(ref)
    statusWithoutField(ref, part)
    actionOf(ref, part, [])
    return bounded(withComment(body, evaluationComment(ref)), MAX.context, path, part)
  }
  const overview = section(
    [
      [111, w.processing],
      [112, w.responsibilities],
      [113, w.standards],
    ],
    111,
    '1.1',
    w.parts.overview,
    'answers',
  )
  const lifecycle = section(
    [
      [121, w.data],
      [122, w.lifecycle],
      [123, w.assets],
    ],
    122,
    '1.2',
    w.parts.data,
    'answers',
  )

  // 2. Fundamental principles.
  const principles: AssessmentContent['principles'] = {}
  PRINCIPLES.forEach((key, i) => {
    const n = i < 5 ? 211 + i : 221 + (i - 5)
    const ref = `${i < 5 ? '2.1' : '2.2'}.${n}`
    usedEvaluations.add(ref)
    const on = PRINCIPLE_QUESTIONS[key][lang]
    const e = evaluations.get(ref)
    const status = e?.ev.status ?? 0
    const answer = bounded(
      withComment(answers.get(n)?.text ?? '', evaluationComment(ref)),
      MAX.answer,
      `answers.${answers.get(n)?.index ?? 0}`,
      w.label.answer(on),
    )
    actionOf(ref, on, [])
    const evaluation =
      status === 1 ? 'to_correct' : status === 2 ? 'improvable' : status === 3 ? 'acceptable' : null
    if (answer || evaluation) principles[key] = { answer, evaluation }
  })

  // 3. Measures (3.1): text beside the register's measures, with the risks they address (x24 of each risk).
  const measureLines: string[] = []
  const measureRisks = (title: string): RiskKey[] =>
    ([2, 3, 4] as const).flatMap((item) => {
      const risk = RISK_OF_ITEM[item] as RiskKey
      const listed = answers.get(300 + item * 10 + 4)?.list ?? []
      return listed.some((l) => l.trim().toLowerCase() === title.trim().toLowerCase()) ? [risk] : []
    })
  file.measures?.forEach((m, index) => {
    const title = htmlToText(m.title ?? '').text
    const path = `measures.${index}`
    const content = plain(m.content, `${path}.content`, w.label.measure(title))
    const ref = `3.1.${m.id ?? ''}`
    usedEvaluations.add(ref)
    const risks = measureRisks(title)
    const on = w.label.measure(title || String(index + 1))
    statusWithoutField(ref, on)
    actionOf(ref, on, risks)
    const comment = evaluationComment(ref)
    if (!title && !content && !comment) return
    const addresses = risks.length
      ? ` (${w.addresses}${colon} ${risks.map((r) => RISK_LABELS[r][lang]).join(lang === 'fr' ? ' ;\u202f' : '; ')})`
      : ''
    measureLines.push(
      withComment(
        `- ${title || '?'}${addresses}${content ? `${colon} ${content.replace(/\n+/g, ' ')}` : ''}`,
        comment,
      ),
    )
  })
  const existingMeasuresText = bounded(measureLines.join('\n'), MAX.context, 'measures', w.parts.measures)

  // 3. The three risks.
  const risks: AssessmentContent['risks'] = {}
  for (const item of [2, 3, 4] as const) {
    const key = RISK_OF_ITEM[item] as RiskKey
    const label = RISK_LABELS[key][lang]
    const q = (k: number) => answers.get(300 + item * 10 + k)
    const listOf = (k: number, what: string) => {
      const a = q(k)
      if (!a) return []
      const items = a.list.map((s, i) =>
        bounded(s, MAX.item, `answers.${a.index}.data.list.${i}`, w.label.listItem(`${label} (${what})`)),
      )
      for (const [i, rest] of items.slice(MAX.items).entries())
        skip(
          `answers.${a.index}.data.list.${MAX.items + i}`,
          w.label.listItem(`${label} (${what})`),
          'too_many',
          rest,
        )
      return items.slice(0, MAX.items)
    }
    const impacts = listOf(1, '1')
    const threats = listOf(2, '2')
    const sources = listOf(3, '3')
    const severity = q(5)
    const likelihood = q(6)
    if (severity?.text)
      skip(`answers.${severity.index}.data.text`, w.label.severityText(label), 'no_field', severity.text)
    if (likelihood?.text)
      skip(
        `answers.${likelihood.index}.data.text`,
        w.label.likelihoodText(label),
        'no_field',
        likelihood.text,
      )
    const s = severity?.gauge ?? 0
    const l = likelihood?.gauge ?? 0
    let initial: { severity: number; likelihood: number } | null = null
    if (s > 0 && l > 0) initial = { severity: s, likelihood: l }
    else if (s > 0 || l > 0)
      skip(
        `answers.${(s > 0 ? severity : likelihood)?.index ?? 0}.data.gauge`,
        w.label.estimate(label, false),
        'incomplete_estimate',
        s > 0 ? `${LEVEL_LABELS[lang][s - 1]}` : `${LEVEL_LABELS[lang][l - 1]}`,
      )
    const ref = `3.${item}`
    usedEvaluations.add(ref)
    const e = evaluations.get(ref)
    let residual: { severity: number; likelihood: number } | null = null
    const rx = e?.ev.gauges?.x ?? 0
    const ry = e?.ev.gauges?.y ?? 0
    if (rx > 0 && ry > 0) residual = { severity: rx, likelihood: ry }
    else if ((rx > 0 || ry > 0) && e)
      skip(
        `evaluations.${e.index}.gauges`,
        w.label.estimate(label, true),
        'incomplete_estimate',
        `${rx}/${ry}`,
      )
    statusWithoutField(ref, label)
    if (e?.ev.evaluation_comment)
      skip(
        `evaluations.${e.index}.evaluation_comment`,
        `${w.evaluatorComment} - ${label}`,
        'no_field',
        plain(e.ev.evaluation_comment, `evaluations.${e.index}.evaluation_comment`, label),
      )
    actionOf(ref, label, [key])
    if (impacts.length || threats.length || sources.length || initial || residual)
      risks[key] = {
        sources,
        threats,
        impacts,
        initial: initial as never,
        residual: residual as never,
      }
  }

  // Evaluations outside the structure.
  for (const [ref, { ev, index }] of evaluations)
    if (!usedEvaluations.has(ref) && (ev.status || ev.evaluation_comment || ev.action_plan_comment))
      skip(
        `evaluations.${index}`,
        w.label.unknownEvaluation(ref),
        'unknown_question',
        htmlToText(ev.action_plan_comment ?? ev.evaluation_comment ?? '').text ||
          w.evaluationStatus[ev.status ?? 0] ||
          null,
      )

  // 4. Validation: the DPO's opinion and the people's views as text; the decision stays in Custos.
  const dpoParts = [
    pia.dpos_names?.trim() ? `${w.dpoNames}${colon} ${pia.dpos_names.trim()}` : '',
    plain(pia.dpo_opinion, 'pia.dpo_opinion', w.dpoNames),
    pia.dpo_status === 0 || pia.dpo_status === 1 ? w.dpoConclusion[pia.dpo_status] : '',
  ].filter(Boolean)
  const dpoOpinion = bounded(dpoParts.join('\n\n'), MAX.opinion, 'pia.dpo_opinion', w.dpoNames)
  const searched = pia.concerned_people_searched_opinion
  const notSought = searched === false || searched === 0
  const peopleParts = notSought
    ? [
        `${w.notSought}${pia.concerned_people_searched_content?.trim() ? `${colon} ${plain(pia.concerned_people_searched_content, 'pia.concerned_people_searched_content', w.notSought)}` : '.'}`,
      ]
    : [
        pia.people_names?.trim() ? `${w.peopleNames}${colon} ${pia.people_names.trim()}` : '',
        plain(pia.concerned_people_opinion, 'pia.concerned_people_opinion', w.peopleNames),
        pia.concerned_people_status === 0 || pia.concerned_people_status === 1
          ? w.peopleConclusion[pia.concerned_people_status]
          : '',
      ].filter(Boolean)
  const peopleViews = bounded(
    peopleParts.join('\n\n'),
    MAX.opinion,
    'pia.concerned_people_opinion',
    w.peopleNames,
  )
  if (!notSought && pia.concerned_people_searched_content?.trim())
    skip(
      'pia.concerned_people_searched_content',
      w.notSought,
      'no_field',
      pia.concerned_people_searched_content,
    )

  const fileStatus =
    pia.status === undefined || pia.status === null ? null : (CNIL_STATUSES[pia.status] ?? null)
  if (fileStatus && fileStatus !== 'in_progress')
    skip('pia.status', w.label.status, 'decision', WORDS[lang].cnilStatus[fileStatus])
  if (pia.rejection_reason?.trim())
    skip('pia.rejection_reason', w.label.rejection, 'decision', htmlToText(pia.rejection_reason).text)
  if (pia.applied_adjustments?.trim())
    skip('pia.applied_adjustments', w.label.adjustments, 'decision', htmlToText(pia.applied_adjustments).text)
  if (pia.name?.trim()) skip('pia.name', w.label.name, 'no_field', pia.name)
  if (pia.category?.trim()) skip('pia.category', w.label.category, 'no_field', pia.category)
  if (pia.structure_name?.trim())
    skip('pia.structure_name', w.label.structure, 'no_field', pia.structure_name)
  for (const [field, label] of [
    ['author_name', w.label.author],
    ['evaluator_name', w.label.evaluator],
    ['validator_name', w.label.validator],
  ] as const)
    if (pia[field]?.trim()) skip(`pia.${field}`, label, 'person', pia[field])
  file.comments?.forEach((c, index) => {
    const text = htmlToText(c.description ?? '').text
    if (!text) return
    const n = Number(c.reference_to)
    skip(
      `comments.${index}`,
      w.label.comment(Number.isFinite(n) ? questionLabel(n) : String(c.reference_to)),
      'no_field',
      text,
    )
  })

  const content = assessmentContentSchema.parse({
    context: { overview, lifecycle },
    principles,
    risks,
    plannedMeasures,
    existingMeasuresText,
    dpoOpinion,
    peopleViews,
  })
  return {
    piaName: pia.name?.trim() ? pia.name.trim().slice(0, 300) : null,
    fileStatus,
    content,
    notImported,
  }
}

function hasValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return true
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The Brussels day of the PIA software's date (an ISO timestamp, midnight in Paris for a picked day). */
function dayOf(value: string | null | undefined): string | null {
  if (!value) return null
  const t = new Date(value)
  if (Number.isNaN(t.getTime())) return null
  const year = t.getUTCFullYear()
  if (year < 1900 || year > 2200) return null
  return toBrusselsDate(t)
}

/** The evaluation labels (used by the preview). */
export { EVALUATION_LABELS }
