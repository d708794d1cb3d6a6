import { frenchPunctuation } from '../french-typography'
import { formatPeriod } from '../register/export/retention-text'
import { type Labels, type Language, textIn } from '../register/localized'
import type { RetentionRule } from '../register/schema'
import { formatDate } from '../requests/format'
import { CERTIFICATE_TEXTS as T } from './certificate-texts'
import { type RunResult, runCountFields, runKeysValue } from './run-result'

/**
 * The destruction certificate of one retention run (issue 16 item 5): who the controller is, which rule of the
 * register and which records, what was done, the proof kept in the audit log and how the work was done. Pure: the
 * module reads the run, its audit record and the register; this writes the sentences in nl, fr or en.
 */

export interface CertificateInput {
  organisation: { name: string; enterpriseNumber: string | null; address: string | null }
  rule: RetentionRule | undefined
  ruleKey: string
  run: {
    id: string
    kind: 'rule' | 'ended_holds'
    dataset: string
    system: string
    collection: string
    action: string
    cutoff: string | null
    /** The lifecycle event of the subject index the period counted from (decision 0047); null: a date field. */
    subjectEvent?: string | null
    today: string
    deleted: number
    masked: number
    maskedInsteadOfDeleted: number
    /** Rows left untouched because records of other people refer to them (a shared address); 0 when none. */
    withheldShared?: number
    /**
     * Renewal by consent (decision 0062): the rule's consent purpose (its label in the certificate's language) and
     * the people left out because their valid consent renewed their period, counted when the run began. Absent or
     * null: the rule is not renewed by consent.
     */
    renewedByConsent?: {
      purpose: string
      people: number
      firstUntil: string | null
      lastUntil: string | null
    } | null
    batches: number
    /**
     * How the run reached the system (decision 0094); absent: sql. An HTTP run has the count the system answered or
     * none (countReported false), a task run none; the certificate then says so instead of printing 0.
     */
    via?: RunResult['via']
    countReported?: boolean
    /** http_endpoint: the call made ("DELETE host/path"). */
    endpoint?: string | null
    /** task: the action plan task and who marked it done. */
    taskId?: string | null
    completedBy?: string | null
    approvedBy: string | null
    startedBy: string
    startedAt: Date
    endedAt: Date
  }
  /** perBatch: some batches are proven by one keyed hash over their recorded keys (decision 0114). */
  proof: { seq: number; hash: string; keys: number; digest: string; perBatch?: boolean }
  issuedAt: Date
}

export interface Certificate {
  title: string
  intro: string
  sections: { heading: string; paragraphs?: string[]; fields: { label: string; value: string }[] }[]
}

/**
 * A certificate as built, before its language's typography: `verbatim` marks a value the organisation wrote (its
 * name, address, a rule's name or legal basis, an endpoint, a key), which stays exactly as written; `intro` is
 * `introTemplate` with `org` filled in after the spacing.
 */
export interface CertificateDraft {
  title: string
  introTemplate: string
  org: string
  sections: {
    heading: string
    paragraphs?: string[]
    fields: { label: string; value: string; verbatim?: boolean }[]
  }[]
}

const pick = (labels: Labels, language: Language) => labels[language]

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))
}

function instant(date: Date, language: Language): string {
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(date)
  return `${text} (${T.brussels[language]})`
}

function count(n: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(n)
}

/** Who started the run, in the certificate's language when it was Custos itself or the command line. */
export function starterLabel(startedBy: string, language: Language): string {
  const known = T.starters[startedBy]
  if (known) return pick(known, language)
  if (startedBy.startsWith('cli:')) return fill(pick(T.commandLine, language), { who: startedBy.slice(4) })
  return startedBy
}

/** What the run says of the people a valid consent left out (renewal by consent); null: not renewed by consent. */
function renewalText(run: CertificateInput['run'], language: Language): string | null {
  const renewed = run.renewedByConsent
  if (!renewed) return null
  const l = (labels: Labels) => pick(labels, language)
  if (renewed.people === 0 || !renewed.firstUntil)
    return fill(l(T.renewed.none), { purpose: renewed.purpose })
  const first = formatDate(renewed.firstUntil)
  const last = formatDate(renewed.lastUntil ?? renewed.firstUntil)
  const until =
    first === last ? fill(l(T.renewed.until), { first }) : fill(l(T.renewed.untilRange), { first, last })
  return fill(l(renewed.people === 1 ? T.renewed.one : T.renewed.other), {
    n: count(renewed.people, language),
    purpose: renewed.purpose,
    until,
  })
}

/** The certificate's text in one language (French with its typography, as the other French documents). */
export function destructionCertificate(input: CertificateInput, language: Language): Certificate {
  return finishCertificate(runCertificate(input, language), language)
}

/**
 * The certificate's text: in French with its spacing over what Custos words (title, intro, headings, labels,
 * sentences and the values it writes), never over a value the organisation wrote (`verbatim`, and the
 * organisation's name in the intro) - a proof document keeps the controller's name as registered ("Yahoo!").
 */
export function finishCertificate(c: CertificateDraft, language: Language): Certificate {
  const fr = language === 'fr' ? frenchPunctuation : (text: string) => text
  return {
    title: fr(c.title),
    intro: fill(fr(c.introTemplate), { org: c.org }),
    sections: c.sections.map((s) => ({
      heading: fr(s.heading),
      ...(s.paragraphs ? { paragraphs: s.paragraphs.map(fr) } : {}),
      fields: s.fields.map((f) => ({ label: fr(f.label), value: f.verbatim ? f.value : fr(f.value) })),
    })),
  }
}

/** A value the organisation wrote, or Custos's "not stated" when it wrote none. */
const orgValue = (value: string | null | undefined, missing: string) =>
  value === null || value === undefined ? { value: missing } : { value, verbatim: true }

function runCertificate(input: CertificateInput, language: Language): CertificateDraft {
  const l = (labels: Labels) => pick(labels, language)
  const { run, rule, proof, organisation } = input
  const ruleName = (rule ? textIn(rule.name, language) : undefined) ?? input.ruleKey
  const basis = rule?.statutoryReference ? textIn(rule.statutoryReference, language) : undefined
  const event = run.subjectEvent ? T.events[run.subjectEvent] : undefined
  const selection =
    run.kind === 'ended_holds' || run.cutoff === null
      ? fill(l(T.selectionHolds), { today: formatDate(run.today) })
      : fill(l(event ? T.selectionEvent : T.selectionCutoff), {
          cutoff: formatDate(run.cutoff),
          today: formatDate(run.today),
          event: event ? l(event) : '',
        })
  const renewal = renewalText(run, language)
  const methodKind =
    run.kind === 'ended_holds' || run.cutoff === null ? 'holds' : run.subjectEvent ? 'event' : 'date'
  const via = run.via ?? 'sql'
  const result: RunResult = {
    via,
    action: run.action,
    countReported: run.countReported ?? true,
    deleted: run.deleted,
    masked: run.masked,
    completedBy: run.completedBy ?? null,
    proof: { keys: proof.keys, digest: proof.digest },
  }
  const masked =
    run.maskedInsteadOfDeleted > 0
      ? `${count(run.masked, language)} (${fill(l(T.shared), { n: count(run.maskedInsteadOfDeleted, language) })})`
      : count(run.masked, language)
  return {
    title: l(T.title),
    introTemplate: l(T.intro),
    org: organisation.name,
    sections: [
      {
        heading: l(T.controller),
        fields: [
          { label: l(T.name), value: organisation.name, verbatim: true },
          { label: l(T.enterprise), ...orgValue(organisation.enterpriseNumber, l(T.notStated)) },
          { label: l(T.address), ...orgValue(organisation.address, l(T.notStated)) },
        ],
      },
      {
        heading: l(T.ruleHeading),
        fields: [
          { label: l(T.rule), value: `${ruleName} (${input.ruleKey})`, verbatim: true },
          ...(rule ? [{ label: l(T.period), value: formatPeriod(rule, language) }] : []),
          { label: l(T.basis), ...orgValue(basis, l(T.basisMissing)) },
          { label: l(T.endAction), value: T.actions[run.action]?.[language] ?? run.action },
          {
            label: l(T.approvedBy),
            ...(run.kind === 'ended_holds'
              ? { value: l(T.notApproved) }
              : orgValue(run.approvedBy, l(T.notStated))),
          },
        ],
      },
      {
        heading: l(T.dataHeading),
        fields: [
          { label: l(T.system), value: run.system, verbatim: true },
          { label: l(T.dataset), value: run.dataset, verbatim: true },
          { label: l(T.collection), value: run.collection, verbatim: true },
          { label: l(T.selection), value: selection },
          ...(renewal ? [{ label: l(T.renewal), value: renewal }] : []),
        ],
      },
      {
        heading: l(T.resultHeading),
        fields: [
          ...runCountFields(result, language, {
            deleted: l(T.deleted),
            masked: l(T.masked),
            maskedValue: masked,
          }),
          ...(run.withheldShared
            ? [
                {
                  label: l(T.withheldShared),
                  value: fill(l(T.withheldSharedValue), { n: count(run.withheldShared, language) }),
                },
              ]
            : []),
          ...(via === 'sql' ? [{ label: l(T.batches), value: count(run.batches, language) }] : []),
          ...(run.endpoint ? [{ label: l(T.endpoint), value: run.endpoint, verbatim: true }] : []),
          ...(run.taskId ? [{ label: l(T.task), value: run.taskId, verbatim: true }] : []),
          { label: l(T.started), value: instant(run.startedAt, language) },
          { label: l(T.ended), value: instant(run.endedAt, language) },
          { label: l(T.startedBy), value: starterLabel(run.startedBy, language) },
          { label: l(T.runId), value: run.id },
        ],
      },
      {
        heading: l(T.proofHeading),
        paragraphs: [
          l(via !== 'sql' ? T.proofTextNotSelected : proof.perBatch ? T.proofTextPerBatch : T.proofText),
        ],
        fields: [
          { label: l(T.auditEvent), value: `#${proof.seq}` },
          { label: l(T.auditHash), value: proof.hash },
          {
            label: l(T.keys),
            value: via === 'sql' ? count(proof.keys, language) : runKeysValue(result, language),
          },
          ...(via === 'sql' ? [{ label: l(T.digest), value: proof.digest }] : []),
        ],
      },
      {
        heading: l(T.methodHeading),
        paragraphs: [
          ...(via === 'sql'
            ? [
                `${l(T.methodSelection[methodKind])} ${l(proof.perBatch ? T.methodJournalPerBatch : T.methodJournal)}`,
                ...T.method[language],
              ]
            : [l(T.methodVia[via] as Labels), ...T.method[language].slice(-1)]),
          fill(l(T.issued), { date: instant(input.issuedAt, language) }),
        ],
        fields: [],
      },
    ],
  }
}
