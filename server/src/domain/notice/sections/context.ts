import { type Language, textIn } from '../../register/localized'
import type { RegisterDocument } from '../../register/schema'
import type { NoticeFacts } from '../facts'
import type { Block, Inline, NoticeOptions, NoticeSection } from '../model'
import { normalizeInline } from '../text'
import { type NoticeWording, type SectionId, wordingFor } from '../wording'
import type { NoticeChannel } from '../wording/types'

/** Everything a section builder needs: the register, the options, the gathered facts and the wording. */
export interface ComposeContext {
  doc: RegisterDocument
  options: NoticeOptions
  facts: NoticeFacts
  w: NoticeWording
  /** Where subjects write about privacy: the notice's request address, else the DPO's, else the organisation's. */
  privacyEmail: string | undefined
}

/** The channels through which a data subject can exercise their rights (Art. 12(2)), in the order we list them. */
export interface RequestChannels {
  portal?: string
  email?: string
  postal?: NonNullable<RegisterDocument['organization']['address']>
  /** notice.requestChannels in the notice's language; an office without its own address has the registered one. */
  others: { channel: NoticeChannel; contact?: string; details?: string; fromAddress: boolean }[]
}

export function privacyEmailOf(doc: RegisterDocument): string | undefined {
  return doc.notice.requestEmail ?? doc.organization.dpo?.email ?? doc.organization.email
}

export function requestChannels(
  doc: RegisterDocument,
  portalUrl: string | undefined,
  language: Language = 'nl',
): RequestChannels {
  const w = wordingFor(language)
  const email = privacyEmailOf(doc)
  const { address } = doc.organization
  const others = (doc.notice.requestChannels ?? []).map((c) => {
    const fromAddress = c.channel === 'in_person' && c.contact === undefined && address !== undefined
    const contact = fromAddress && address ? w.address(address) : c.contact
    const details = textIn(c.details, language)
    return {
      channel: c.channel,
      fromAddress,
      ...(contact === undefined ? {} : { contact }),
      ...(details === undefined ? {} : { details }),
    }
  })
  return {
    others,
    ...(doc.notice.portal && portalUrl ? { portal: `${portalUrl.replace(/\/$/, '')}/request` } : {}),
    ...(email ? { email } : {}),
    ...(doc.notice.requestPostalAddress && address ? { postal: address } : {}),
  }
}

export function paragraph(content: Inline[] | string, source?: readonly string[]): Block {
  return withSource(
    { type: 'paragraph', content: normalizeInline(typeof content === 'string' ? [content] : content) },
    source,
  )
}

export function bulletList(items: (Inline[] | string)[], source?: readonly string[]): Block {
  return withSource(
    { type: 'list', items: items.map((item) => normalizeInline(typeof item === 'string' ? [item] : item)) },
    source,
  )
}

/** The block with the register paths (or "law: ...") its statements come from. */
export function withSource<T extends Block>(block: T, source: readonly string[] | undefined): T {
  const paths = [...new Set(source ?? [])]
  return paths.length === 0 ? block : { ...block, source: paths }
}

/** "activities[crm]": an activity in a trace path, by its key. */
export function activityPath(activity: { key: string }, rest?: string): string {
  return `activities[${activity.key}]${rest ? `.${rest}` : ''}`
}

/** Register paths of a field on each activity. */
export function activityPaths(activities: readonly { key: string }[], rest: string): string[] {
  return activities.map((a) => activityPath(a, rest))
}

export function section(
  ctx: ComposeContext,
  id: SectionId,
  blocks: Block[],
  extra: Partial<Pick<NoticeSection, 'subsections' | 'prominent'>> = {},
): NoticeSection {
  return { id, heading: ctx.w.headings[id], blocks, ...extra }
}

/** Inline content whose first word is lowered, to continue it after a lead-in ("Voor X: wij ..."). */
export function continued(content: Inline[], lower: (text: string) => string): Inline[] {
  const [first, ...rest] = content
  return typeof first === 'string' ? [lower(first), ...rest] : content
}
