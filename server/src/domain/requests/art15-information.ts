import { DATA_SOURCE_LABELS, LEGAL_BASIS_LABELS, TRANSFER_SAFEGUARD_LABELS } from '../register/catalogue'
import { type Language, textIn } from '../register/localized'
import { type ResolvedRegister, resolveRegister } from '../register/resolve'
import type { Activity, RegisterDocument } from '../register/schema'
import { ART15_WORDING, type Art15SectionId } from './art15-wording'
import type { GdprProvision } from './articles'
import { authorityAddress } from './authority'
import { colon, distinct, inSentence, joinList, semicolon } from './format'
import { retentionRuleText } from './retention-text'

/**
 * The information an access request must receive beside the copy of the data (Art. 15(1)(a)-(h) and 15(2) GDPR),
 * drawn from the register for the activities that concern the subject. Text is plain, in the subject's language;
 * labels come from the catalogue or the organisation's own taxonomy.
 */
export interface Art15Section {
  readonly id: Art15SectionId
  readonly provision: GdprProvision
  readonly heading: string
  readonly paragraphs: readonly string[]
  readonly items: readonly string[]
  /** Contact lines (the supervisory authority). */
  readonly address?: readonly string[]
  /** Paragraphs after the items. */
  readonly after?: readonly string[]
}

export interface Art15Options {
  /** The activities the subject's data is processed in; default: every active activity the organisation controls. */
  readonly activityKeys?: readonly string[]
}

/** The activities the information covers: processor activities are the client's to explain, and left out. */
export function art15Activities(doc: RegisterDocument, activityKeys?: readonly string[]): Activity[] {
  const controlled = doc.activities.filter((activity) => activity.role !== 'processor')
  if (activityKeys === undefined) return controlled.filter((activity) => activity.status === 'active')
  return controlled.filter((activity) => activityKeys.includes(activity.key))
}

const LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

interface Context {
  readonly language: Language
  readonly register: ResolvedRegister
  readonly doc: RegisterDocument
  readonly activities: readonly Activity[]
  readonly name: (activity: Activity) => string
}

function purposes({ language, register, activities, name }: Context): string[] {
  return activities.flatMap((activity) =>
    activity.purposes.map((entry) => {
      const purpose = register.labelOf('purpose', entry.purpose, language)
      const activityName = name(activity)
      const what =
        purpose.toLocaleLowerCase() === activityName.toLocaleLowerCase()
          ? purpose
          : `${activityName}${colon(language)} ${purpose}`
      const basis = entry.legalBasis ? ` – ${LEGAL_BASIS_LABELS[entry.legalBasis].label[language]}` : ''
      const law =
        entry.legalBasis && entry.legalObligation
          ? `${colon(language)} ${textIn(entry.legalObligation.law, language)}`
          : ''
      return `${what}${basis}${law}`
    }),
  )
}

function recipients({ language, register, doc, activities }: Context): string[] {
  const byType = new Map<string, string[]>()
  for (const recipient of activities.flatMap((activity) => activity.recipients)) {
    const vendor = recipient.vendor ? doc.vendors.find((v) => v.key === recipient.vendor)?.name : undefined
    const names = byType.get(recipient.type) ?? []
    names.push(...distinct([textIn(recipient.name, language) ?? vendor]))
    byType.set(recipient.type, names)
  }
  return [...byType].map(([type, names]) => {
    const label = register.labelOf('recipient_type', type, language)
    const named = distinct(names)
    return named.length > 0 ? `${label}${colon(language)} ${named.join(', ')}` : label
  })
}

/** A transfer whose country the register does not know (Art. 15(1)(c) and (2)). */
const UNKNOWN_COUNTRY = {
  nl: 'een land buiten de EER dat ons niet bekend is',
  fr: 'un pays hors de l’EEE qui ne nous est pas connu',
  en: 'a country outside the EEA not known to us',
} as const

function transfers({ language, activities }: Context): string[] {
  return distinct(
    activities.flatMap((activity) =>
      activity.transfers.map((transfer) => {
        const safeguard = transfer.safeguard
          ? TRANSFER_SAFEGUARD_LABELS[transfer.safeguard].label[language]
          : ''
        const copy = textIn(transfer.copyAvailableAt, language)
        const country =
          transfer.country === undefined ? UNKNOWN_COUNTRY[language] : countryName(transfer.country, language)
        const where = `${textIn(transfer.recipient, language)} (${country})`
        return [where, safeguard, copy].filter(Boolean).join(' – ')
      }),
    ),
  )
}

function retention({ language, register, activities, name }: Context): string[] {
  const wording = ART15_WORDING[language]
  return activities.flatMap((activity) => {
    const rules = activity.retention
      .map((use) => register.retentionRule(use.rule))
      .filter((r) => r !== undefined)
    if (rules.length === 0) return [`${name(activity)}${colon(language)} ${wording.retentionCriterion}`]
    return rules.map((rule) => `${name(activity)} – ${retentionRuleText(rule, language)}`)
  })
}

function sources({ language, register, activities }: Context): string[] {
  return distinct(
    activities.flatMap((activity) =>
      activity.dataCategories
        .filter((use) => use.source !== 'subject')
        .map((use) => {
          const from = textIn(use.sourceName, language) ?? DATA_SOURCE_LABELS[use.source].label[language]
          return `${register.labelOf('data_category', use.category, language)}${colon(language)} ${from}`
        }),
    ),
  )
}

function automated(context: Context): Pick<Art15Section, 'paragraphs' | 'items' | 'after'> {
  const { language, activities, name } = context
  const wording = ART15_WORDING[language]
  const deciding = activities.filter((activity) => activity.automatedDecisions.used)
  const profiling = activities.filter((a) => !a.automatedDecisions.used && a.automatedDecisions.profiling)
  const profilingNote =
    profiling.length > 0 ? [wording.profilingOnly(joinList(profiling.map(name), language))] : []
  if (deciding.length === 0) {
    return { paragraphs: [wording.noAutomatedDecisions], items: [], after: profilingNote }
  }
  const items = deciding.map((activity) => {
    const logic = textIn(activity.automatedDecisions.logic, language)
    const consequences = textIn(activity.automatedDecisions.consequences, language)
    const parts = [
      ...(logic ? [`${wording.automatedLogic}${colon(language)} ${inSentence(logic)}`] : []),
      ...(consequences
        ? [`${wording.automatedConsequences}${colon(language)} ${inSentence(consequences)}`]
        : []),
    ]
    return parts.length > 0 ? `${name(activity)} – ${parts.join(`${semicolon(language)} `)}` : name(activity)
  })
  return { paragraphs: [wording.automatedIntro], items, after: [wording.automatedRights, ...profilingNote] }
}

/** The Art. 15 information as sections (a) to (h), with the transfers of Art. 15(2) where there are any. */
export function art15Information(
  doc: RegisterDocument,
  language: Language,
  options: Art15Options = {},
): Art15Section[] {
  const register = resolveRegister(doc)
  const activities = art15Activities(doc, options.activityKeys)
  const context: Context = {
    language,
    register,
    doc,
    activities,
    name: (activity) => textIn(activity.name, language) ?? activity.key,
  }
  const wording = ART15_WORDING[language]
  const section = (
    id: Art15SectionId,
    provision: GdprProvision,
    rest: Omit<Art15Section, 'id' | 'provision' | 'heading'>,
  ) => ({
    id,
    provision,
    heading: wording.headings[id],
    ...rest,
  })

  const categories = distinct(
    activities.flatMap((a) =>
      a.dataCategories.map((use) => register.labelOf('data_category', use.category, language)),
    ),
  )
  const recipientItems = recipients(context)
  const transferItems = transfers(context)
  const sourceItems = sources(context)

  return [
    section('purposes', '15.1.a', { paragraphs: [wording.purposesIntro], items: purposes(context) }),
    section('categories', '15.1.b', { paragraphs: [wording.categoriesIntro], items: categories }),
    section('recipients', '15.1.c', {
      paragraphs: [recipientItems.length > 0 ? wording.recipientsIntro : wording.noRecipients],
      items: recipientItems,
    }),
    ...(transferItems.length > 0
      ? [section('transfers', '15.2', { paragraphs: [wording.transfersIntro], items: transferItems })]
      : []),
    section('retention', '15.1.d', { paragraphs: [wording.retentionIntro], items: retention(context) }),
    section('rights', '15.1.e', { paragraphs: wording.rights, items: [] }),
    section('complaint', '15.1.f', {
      paragraphs: [wording.complaint],
      items: [],
      address: authorityAddress(language),
    }),
    section('source', '15.1.g', {
      paragraphs: [sourceItems.length > 0 ? wording.sourceIntro : wording.allFromSubject],
      items: sourceItems,
    }),
    section('automated_decisions', '15.1.h', automated(context)),
  ]
}
