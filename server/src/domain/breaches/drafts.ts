import type { Art34Exception, Obligations, RiskLevel } from './decision'
import { FORM } from './draft-words'
import type { EnisaScore } from './enisa'
import type { BreachFacts } from './record'
import { type TimelineEntry, timelineWords } from './timeline'
import {
  type AuthorityLanguage,
  CAUSE_WORDS,
  EXCEPTION_WORDS,
  NATURE_WORDS,
  ORIGIN_WORDS,
  RISK_WORDS,
  SEVERITY_WORDS,
} from './wording'

/**
 * The GBA notification (part 1 within 72 hours, part 2 within 21 days after it) as a draft in nl, fr or de: every
 * field of the form, each with what was entered - and where nothing was, a plain "not entered" that the person
 * completes before filing (Art. 33(4) allows the information in phases). Nothing is inferred or invented.
 * Each field carries the GDPR element it answers (`element`), so completeness can be checked.
 */

export const REQUIRED_ELEMENTS = ['art33_3_a', 'art33_3_b', 'art33_3_c', 'art33_3_d'] as const
export type RequiredElement = (typeof REQUIRED_ELEMENTS)[number] | 'art34_2_nature'

export interface DraftField {
  id: string
  label: string
  value: string
  element?: RequiredElement
}
export interface DraftSection {
  id: string
  heading: string
  fields: DraftField[]
}
export interface Draft {
  title: string
  language: string
  intro: string
  sections: DraftSection[]
}

export interface DraftOrganisation {
  name: string
  enterpriseNumber: string | null
  address: string | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  dpoAppointed: boolean
}

export interface DraftDecision {
  risk: RiskLevel
  reasoning: string
  exception: Art34Exception | null
  exceptionReasoning: string | null
  decidedBy: string
  decidedAt: Date
}

export interface DraftContext {
  organisation: DraftOrganisation
  reference: string
  caseNumber: string | null
  facts: BreachFacts
  /** Register labels in the draft's language (the key itself when the register has no label). */
  label: {
    dataCategory(key: string): string
    subjectCategory(key: string): string
    activity(key: string): string
    system(key: string): string
    vendor(key: string): string
    country(code: string): string
  }
  /** Data categories the register marks as special (Art. 9) or criminal (Art. 10). */
  specialCategories: string[]
  decision: DraftDecision | null
  obligations: Obligations | null
  enisa: EnisaScore | null
  part1DueAt: Date
  part1FiledAt: Date | null
  delayReason: string | null
  lettersSent: { count: number; firstAt: Date | null }
  /** The timeline without reminders, each entry worded in the draft's language. */
  timeline: TimelineEntry[]
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "04/12/2026 23:30" in Brussels time, the way Belgian forms write it. */
export function formatInstant(at: Date): string {
  const p = Object.fromEntries(dateTime.formatToParts(at).map((x) => [x.type, x.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}

const listOr = (items: readonly string[], empty: string) => (items.length === 0 ? empty : items.join('; '))

export function authorityDraft(ctx: DraftContext, part: 1 | 2, language: AuthorityLanguage): Draft {
  const w = FORM[language]
  const { facts, organisation: org } = ctx
  const given = (v: string | null | undefined) =>
    v === null || v === undefined || v === '' ? w.notEntered : v
  const field = (id: string, value: string, element?: RequiredElement): DraftField => ({
    id,
    label: w.f[id] ?? id,
    value,
    ...(element ? { element } : {}),
  })
  const late = ctx.part1FiledAt ? ctx.part1FiledAt > ctx.part1DueAt : false
  const decision = ctx.decision
  const informValue = (): string => {
    if (!decision || !ctx.obligations) return w.notAssessed
    if (ctx.obligations.informSubjects)
      return ctx.lettersSent.count > 0 && ctx.lettersSent.firstAt
        ? w.informed(ctx.lettersSent.count, formatInstant(ctx.lettersSent.firstAt))
        : w.notInformedYet
    return w.notRequired
  }
  const sections: DraftSection[] = [
    {
      id: 'controller',
      heading: w.s.controller ?? '',
      fields: [
        field('name', org.name),
        field('enterpriseNumber', given(org.enterpriseNumber)),
        field('address', given(org.address)),
        field('contact', given(org.contactName), 'art33_3_b'),
        field('contactEmail', given(org.contactEmail), 'art33_3_b'),
        field('contactPhone', given(org.contactPhone)),
        field('dpo', org.dpoAppointed ? w.yes : w.no),
        field('reference', ctx.reference),
        ...(part === 2 ? [field('caseNumber', given(ctx.caseNumber))] : []),
      ],
    },
    {
      id: 'timeline',
      heading: w.s.timeline ?? '',
      fields: [
        field('start', facts.occurredFrom ? formatInstant(new Date(facts.occurredFrom)) : w.notEntered),
        field(
          'end',
          facts.ongoing
            ? w.ongoing
            : facts.occurredUntil
              ? formatInstant(new Date(facts.occurredUntil))
              : w.notEntered,
        ),
        field('discovered', formatInstant(new Date(facts.discoveredAt))),
        field('discoveryMethod', given(facts.discoveryMethod)),
        field('aware', formatInstant(new Date(facts.awareAt))),
        field('due', formatInstant(ctx.part1DueAt)),
        field('delay', late ? given(ctx.delayReason) : ctx.delayReason ? ctx.delayReason : w.delayNotNeeded),
      ],
    },
    {
      id: 'nature',
      heading: w.s.nature ?? '',
      fields: [
        field('natureType', facts.nature.map((n) => NATURE_WORDS[language][n]).join('; '), 'art33_3_a'),
        field('description', facts.description, 'art33_3_a'),
        field('origin', ORIGIN_WORDS[language][facts.origin]),
        field('originDetails', given(facts.originDetails)),
        field('cause', CAUSE_WORDS[language][facts.cause]),
      ],
    },
    {
      id: 'data',
      heading: w.s.data ?? '',
      fields: [
        field(
          'dataCategories',
          listOr(facts.dataCategories.map(ctx.label.dataCategory), w.notEntered),
          'art33_3_a',
        ),
        field('special', listOr(ctx.specialCategories.map(ctx.label.dataCategory), w.none)),
        field(
          'subjectCategories',
          listOr(facts.subjectCategories.map(ctx.label.subjectCategory), w.notEntered),
          'art33_3_a',
        ),
        field(
          'people',
          facts.peopleApprox === undefined ? w.notEntered : String(facts.peopleApprox),
          'art33_3_a',
        ),
        field(
          'records',
          facts.recordsApprox === undefined ? w.notEntered : String(facts.recordsApprox),
          'art33_3_a',
        ),
        field('encrypted', facts.encrypted ? w.yes : w.no),
        field('encryptionDetails', given(facts.encryptionDetails)),
      ],
    },
    {
      id: 'consequences',
      heading: w.s.consequences ?? '',
      fields: [
        field('likely', given(facts.consequences), 'art33_3_c'),
        field(
          'risk',
          decision
            ? `${RISK_WORDS[language][decision.risk]} (${w.decided(decision.decidedBy, formatInstant(decision.decidedAt))}). ${decision.reasoning}`
            : w.notAssessed,
        ),
        field(
          'severity',
          ctx.enisa ? w.enisa(ctx.enisa, SEVERITY_WORDS[language][ctx.enisa.level]) : w.notAssessed,
        ),
      ],
    },
    {
      id: 'measures',
      heading: w.s.measures ?? '',
      fields: [
        field('taken', given(facts.measuresTaken), 'art33_3_d'),
        field('proposed', given(facts.measuresProposed), 'art33_3_d'),
      ],
    },
    {
      id: 'subjects',
      heading: w.s.subjects ?? '',
      fields: [
        field('informSubjects', informValue()),
        ...(decision?.exception
          ? [
              field(
                'exception',
                `${EXCEPTION_WORDS[language][decision.exception]}${decision.exceptionReasoning ? `. ${decision.exceptionReasoning}` : ''}`,
              ),
            ]
          : []),
        field('advice', given(facts.adviceToSubjects)),
      ],
    },
    {
      id: 'crossBorder',
      heading: w.s.crossBorder ?? '',
      fields: [
        field('memberStates', listOr(facts.otherMemberStates.map(ctx.label.country), w.none)),
        field('processors', listOr(facts.processors.map(ctx.label.vendor), w.none)),
        field(
          'transfers',
          listOr(
            facts.transfers.map((t) => `${t.recipient} (${ctx.label.country(t.country)})`),
            w.none,
          ),
        ),
      ],
    },
  ]
  if (part === 2) {
    sections.push({
      id: 'followUp',
      heading: w.s.followUp ?? '',
      fields: [
        field('systems', listOr(facts.systems.map(ctx.label.system), w.none)),
        field('activities', listOr(facts.activities.map(ctx.label.activity), w.none)),
        field(
          'timeline',
          ctx.timeline.length === 0
            ? w.none
            : ctx.timeline
                .map(
                  (e) =>
                    `${formatInstant(e.at)} - ${timelineWords(e, language)}${e.decidedBy ? ` (${w.decided(e.decidedBy, formatInstant(e.at))})` : ''}`,
                )
                .join('\n'),
        ),
        field('annexes', w.annexes),
      ],
    })
  }
  return { title: w.title[part], language, intro: w.intro[part], sections }
}

/** The draft as plain text, ready to paste field by field into the GBA's form. */
export function draftText(draft: Draft): string {
  const lines = [draft.title, '', draft.intro]
  for (const section of draft.sections) {
    lines.push('', section.heading, '-'.repeat(section.heading.length))
    for (const f of section.fields) {
      lines.push(f.value.includes('\n') ? `${f.label}:\n${f.value}` : `${f.label}: ${f.value}`)
    }
  }
  return `${lines.join('\n')}\n`
}
