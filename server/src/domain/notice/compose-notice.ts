import type { RegisterDocument } from '../register/schema'
import { gatherFacts } from './facts'
import type { NoticeDocument, NoticeOptions, NoticeSection } from './model'
import { type ComposeContext, privacyEmailOf } from './sections/context'
import { introduction, whoWeAre } from './sections/identity'
import { changes, cookies, minors, otherWebsites, security, summary } from './sections/other'
import { personalData, sources } from './sections/processing'
import { complaints, exerciseRights, rightToObject, yourRights } from './sections/rights'
import { recipients, retention, transfers } from './sections/sharing'
import { withFrenchPunctuation } from './text'
import { wordingFor } from './wording'

/**
 * The privacy notice of an organisation, generated from its register in one language (Art. 12-14 and 21(4) GDPR).
 * Only active activities for which the organisation is controller or joint controller feed it; processing done
 * as a processor is covered by the client's notice and only mentioned as such. Purposes are merged across
 * activities and read the way people read a notice: who we are, what and why, where from, who receives it,
 * transfers, retention, rights (with the right to object set apart), how to exercise them, complaints,
 * security, cookies, minors and changes.
 */
export function composeNotice(doc: RegisterDocument, options: NoticeOptions): NoticeDocument {
  const w = wordingFor(options.language)
  const ctx: ComposeContext = {
    doc,
    options,
    facts: gatherFacts(doc, options.language),
    w,
    privacyEmail: privacyEmailOf(doc),
  }
  const sections: (NoticeSection | undefined)[] = [
    introduction(ctx),
    whoWeAre(ctx),
    personalData(ctx),
    sources(ctx),
    recipients(ctx),
    transfers(ctx),
    retention(ctx),
    yourRights(ctx),
    rightToObject(ctx),
    exerciseRights(ctx),
    complaints(ctx),
    security(ctx),
    cookies(ctx),
    otherWebsites(ctx),
    minors(ctx),
    changes(ctx),
  ]
  const { points, sources: summarySources } = summary(ctx)
  const kept = sections.filter((s): s is NoticeSection => s !== undefined)
  const name = doc.organization.legalName ?? doc.organization.name
  const notice: NoticeDocument = {
    language: options.language,
    title: w.title(doc.organization.name),
    organizationName: name,
    ...(options.version === undefined ? {} : { version: options.version }),
    ...(options.effectiveDate === undefined ? {} : { effectiveDate: options.effectiveDate }),
    summary: points,
    ...(options.trace ? { summarySources } : {}),
    sections: options.trace ? kept : kept.map(withoutSources),
  }
  return options.language === 'fr' ? withFrenchPunctuation(notice) : notice
}

/** The section without trace paths, as every renderer and the stored versions get it. */
function withoutSources(section: NoticeSection): NoticeSection {
  return {
    ...section,
    blocks: section.blocks.map(({ source: _source, ...block }) => block),
    ...(section.subsections ? { subsections: section.subsections.map(withoutSources) } : {}),
  }
}
