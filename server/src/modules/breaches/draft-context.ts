import type { AppContext } from '../../context'
import type { BreachRow } from '../../db/schema'
import {
  type DraftContext,
  type DraftLanguage,
  type DraftOrganisation,
  GERMAN_DATA_CATEGORY_LABELS,
  GERMAN_SUBJECT_CATEGORY_LABELS,
} from '../../domain/breaches'
import { resolveRegister } from '../../domain/register/resolve'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { letterStatus, listTimeline } from './repository'
import { assessmentOf, factsOf } from './stored'

export function draftOrganisation(org: Organization): DraftOrganisation {
  const place = [org.postalCode, org.city].filter(Boolean).join(' ')
  const address = [org.street, place].filter(Boolean).join(', ')
  return {
    name: org.legalName || org.name,
    enterpriseNumber: org.enterpriseNumber,
    address: address || null,
    contactName: org.privacyContactName,
    contactEmail: org.privacyContactEmail ?? org.contactEmail,
    contactPhone: org.privacyContactPhone ?? org.phone,
    dpoAppointed: org.dpoAppointed,
  }
}

/**
 * Everything a draft of this breach may say, read from the breach, its timeline, its letters, the organisation and
 * the register (labels). The register has labels in nl, fr and en: a German draft names the catalogue's data and
 * subject categories in German, and shows an organisation's own entry (its systems, activities, vendors, a custom
 * category) with its English label, as the register has no German for it.
 */
export async function draftContext(
  ctx: AppContext,
  org: Organization,
  row: BreachRow,
  language: DraftLanguage,
): Promise<DraftContext> {
  const doc = await loadRegister(ctx, org)
  const register = resolveRegister(doc)
  const labelLanguage = language === 'de' ? 'en' : language
  const facts = factsOf(row)
  const assessment = assessmentOf(row)
  const countries = new Intl.DisplayNames([language], { type: 'region' })
  const events = await listTimeline(ctx.db, org.id, row.id)
  const letters = await letterStatus(ctx.db, org.id, row.id)
  return {
    organisation: draftOrganisation(org),
    reference: row.reference,
    caseNumber: row.case_number,
    facts,
    label: {
      dataCategory: (k) =>
        (language === 'de' && register.dataCategory(k)?.origin === 'catalogue'
          ? (GERMAN_DATA_CATEGORY_LABELS as Readonly<Record<string, string>>)[k]
          : undefined) ?? register.labelOf('data_category', k, labelLanguage),
      subjectCategory: (k) =>
        (language === 'de' && register.subjectCategory(k)?.origin === 'catalogue'
          ? (GERMAN_SUBJECT_CATEGORY_LABELS as Readonly<Record<string, string>>)[k]
          : undefined) ?? register.labelOf('subject_category', k, labelLanguage),
      activity: (k) => register.labelOf('activity', k, labelLanguage),
      system: (k) => register.labelOf('system', k, labelLanguage),
      vendor: (k) => register.labelOf('vendor', k, labelLanguage),
      country: (code) => countries.of(code) ?? code,
    },
    specialCategories: facts.dataCategories.filter((k) => {
      const flags = register.dataCategory(k)?.flags
      return flags?.special === true || flags?.criminal === true
    }),
    decision: assessment
      ? {
          risk: assessment.risk,
          reasoning: assessment.reasoning,
          exception: assessment.exception,
          exceptionReasoning: assessment.exceptionReasoning,
          decidedBy: assessment.decidedBy,
          decidedAt: new Date(assessment.decidedAt),
        }
      : null,
    obligations: assessment?.obligations ?? null,
    enisa: assessment?.enisa ?? null,
    part1DueAt: row.part1_due_at,
    part1FiledAt: row.part1_filed_at,
    delayReason: row.delay_reason,
    lettersSent: { count: letters.total, firstAt: letters.firstSentAt },
    timeline: events.filter((e) => e.data.key !== 'reminder'),
  }
}
