import type { Language } from '../../register/localized'
import type { ResolvedRegister } from '../../register/resolve'
import type { RegisterDocument } from '../../register/schema'
import { art15Information } from '../art15-information'
import { gdprArticle } from '../articles'
import { asSentence, colon, distinct, formatDate, joinLabels, joinList, lowerFirst } from '../format'
import type { CompletionDetails, KeptData } from '../request'
import { REQUEST_TYPE_INFO, REQUEST_TYPES, type RequestType } from '../request-types'
import { retentionRuleText } from '../retention-text'
import { type LetterBlock, list, paragraph, section } from './letter'
import type { LetterWording } from './wording'

/** What the letters need besides the spec: the register, and the secret links (never stored in the spec). */
export interface LetterLinks {
  /** The subject's status page (token link). */
  readonly status?: string
  /** The secure, expiring download of the data package (access, portability). */
  readonly download?: string
}

export interface BlockContext {
  readonly language: Language
  readonly wording: LetterWording
  readonly doc: RegisterDocument
  readonly register: ResolvedRegister
  readonly links: LetterLinks
}

/** "Recht op inzage (art. 15 AVG)". */
export function requestTypeItem(type: RequestType, language: Language): string {
  const info = REQUEST_TYPE_INFO[type]
  return `${info.label[language]} (${gdprArticle(info.article, language)})`
}

function downloadBlocks(text: string, ctx: BlockContext, files: readonly string[] = []): LetterBlock[] {
  const href = ctx.links.download
  if (!href) return [paragraph(text), paragraph(ctx.wording.completed.accessLinkSeparately)]
  // The files staff added are named as the package holds them: the letter promises nothing the link lacks.
  const listed = files.length > 0 ? [paragraph(ctx.wording.completed.packageFiles), list([...files])] : []
  return [{ type: 'link', text, href }, ...listed]
}

function accessBlocks(details: CompletionDetails, ctx: BlockContext): LetterBlock[] {
  const words = ctx.wording.completed
  const access = details.access
  if (access?.noData) return [paragraph(words.accessNoData)]
  const until = access?.availableUntil ? formatDate(access.availableUntil) : undefined
  const copy =
    access?.delivery === 'enclosed'
      ? [paragraph(words.accessEnclosed)]
      : downloadBlocks(words.accessDownload(until), ctx, access?.files)
  const information = art15Information(ctx.doc, ctx.language, {
    ...(access?.activityKeys ? { activityKeys: access.activityKeys } : {}),
  }).map((part) =>
    section(`${part.heading} (${gdprArticle(part.provision, ctx.language)})`, [
      ...part.paragraphs.map(paragraph),
      ...(part.items.length > 0 ? [list(part.items)] : []),
      ...(part.address ? [{ type: 'address' as const, lines: part.address }] : []),
      ...(part.after ?? []).map(paragraph),
    ]),
  )
  return [...copy, paragraph(words.accessInformation), ...information]
}

function portabilityBlocks(details: CompletionDetails, ctx: BlockContext): LetterBlock[] {
  const words = ctx.wording.completed
  const portability = details.portability
  if (portability?.delivery === 'transmitted' && portability.transmittedTo) {
    return [paragraph(words.portabilityTransmitted(portability.transmittedTo))]
  }
  if (portability?.delivery === 'enclosed') return [paragraph(words.portabilityEnclosed)]
  const accessDownload =
    details.access !== undefined && details.access.delivery === 'download' && !details.access.noData
  if (accessDownload) return [paragraph(words.portabilitySamePackage)]
  const until = portability?.availableUntil ? formatDate(portability.availableUntil) : undefined
  return downloadBlocks(words.portabilityDownload(until), ctx, portability?.files)
}

function keptItem(kept: KeptData, ctx: BlockContext): string {
  const words = ctx.wording.completed
  const categories = joinLabels(
    kept.dataCategories.map((key) => ctx.register.labelOf('data_category', key, ctx.language)),
    ctx.language,
  )
  const rule = kept.retentionRule ? ctx.register.retentionRule(kept.retentionRule) : undefined
  const ruleText = rule ? retentionRuleText(rule, ctx.language) : kept.retentionRule
  const parts = [
    `${categories}${colon(ctx.language)} ${words.kept[kept.ground](ruleText)}.`,
    ...(kept.until ? [words.keptUntil(formatDate(kept.until))] : []),
    ...(kept.explanation ? [asSentence(kept.explanation)] : []),
  ]
  return parts.join(' ')
}

function erasureBlocks(details: CompletionDetails, ctx: BlockContext): LetterBlock[] {
  const words = ctx.wording.completed
  const erased = distinct(
    (details.erasure?.erased ?? []).map((key) => ctx.register.labelOf('data_category', key, ctx.language)),
  )
  const kept = details.erasure?.kept ?? []
  const held = distinct(
    (details.erasure?.keptUnderLegalHold ?? []).map((key) =>
      ctx.register.labelOf('system', key, ctx.language),
    ),
  )
  return [
    ...(erased.length > 0 ? [paragraph(words.erased), list(erased)] : [paragraph(words.nothingErased)]),
    ...(kept.length > 0 ? [paragraph(words.keptIntro), list(kept.map((k) => keptItem(k, ctx)))] : []),
    ...(held.length > 0 ? [paragraph(words.keptUnderLegalHold(held.join(', ')))] : []),
  ]
}

function blocksFor(type: RequestType, details: CompletionDetails, ctx: BlockContext): LetterBlock[] {
  const words = ctx.wording.completed
  const labels = (kind: 'activity' | 'purpose', keys: readonly string[]) =>
    distinct(keys.map((key) => ctx.register.labelOf(kind, key, ctx.language)))
  switch (type) {
    case 'access':
      return accessBlocks(details, ctx)
    case 'portability':
      return portabilityBlocks(details, ctx)
    case 'rectification': {
      const corrected = distinct(details.rectification?.corrected ?? [])
      return corrected.length > 0
        ? [paragraph(words.rectified), list(corrected)]
        : [paragraph(words.rectifiedGeneric)]
    }
    case 'erasure':
      return erasureBlocks(details, ctx)
    case 'restriction':
      return [
        paragraph(words.restricted(details.restriction?.scope)),
        paragraph(words.restrictionMeaning),
        paragraph(words.restrictionLifting),
      ]
    case 'objection_direct_marketing':
      return [paragraph(words.objectionDirectMarketing)]
    case 'objection_legitimate_interest': {
      const stopped = labels('activity', details.objectionLegitimateInterest?.stopped ?? [])
      return stopped.length > 0
        ? [paragraph(words.objectionLegitimateInterest), list(stopped)]
        : [paragraph(words.objectionLegitimateInterestGeneric)]
    }
    case 'withdraw_consent': {
      const purposes = labels('purpose', details.withdrawConsent?.purposes ?? [])
      const named = purposes.length > 0 ? joinList(purposes.map(lowerFirst), ctx.language) : undefined
      return [paragraph(words.consentWithdrawn(named)), paragraph(words.consentLawfulBefore)]
    }
    case 'stop_contact':
      return [
        paragraph(words.stopContact),
        paragraph(words.stopContactRequired),
        paragraph(words.doNotCallList),
      ]
  }
}

const NOTIFIABLE: readonly RequestType[] = ['rectification', 'erasure', 'restriction']

/** One section per right that was granted, then the Art. 19 notification and the agent's note. */
export function completionBlocks(
  types: readonly RequestType[],
  details: CompletionDetails,
  ctx: BlockContext,
): LetterBlock[] {
  const words = ctx.wording.completed
  const granted = REQUEST_TYPES.filter((type) => types.includes(type))
  const sections = granted.map((type) =>
    section(requestTypeItem(type, ctx.language), blocksFor(type, details, ctx)),
  )
  const notified = details.recipientsNotified
  if (notified !== undefined && granted.some((type) => NOTIFIABLE.includes(type))) {
    const recipients = distinct(notified)
    sections.push(
      section(
        words.recipientsHeading,
        recipients.length > 0
          ? [paragraph(words.recipientsNotified), list(recipients)]
          : [paragraph(words.noRecipientsToNotify)],
      ),
    )
  }
  const note = details.note?.trim()
  return note ? [...sections, paragraph(note)] : sections
}
