import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { InvalidInput } from '../../domain/errors'
import { checkNoticeCompleteness } from '../../domain/notice/completeness'
import { composeNotice } from '../../domain/notice/compose-notice'
import { renderNoticeHtml } from '../../domain/notice/render-html'
import { renderNoticeMarkdown } from '../../domain/notice/render-markdown'
import type { RegisterDocument } from '../../domain/register/schema'
import { counted } from '../../lib/plural'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { confirmedSubscribers, insertNoticeVersion, latestNoticeVersion } from './repository'
import type { PublishedTexts } from './stored'

export function portalUrlOf(ctx: AppContext, org: Organization): string {
  return `${ctx.config.publicUrl}/p/${org.slug}`
}

export function noticeLanguages(doc: RegisterDocument): Language[] {
  return doc.organization.languages.length > 0 ? doc.organization.languages : ['nl', 'fr', 'en']
}

/** Unsubscribe links carry a keyed hash of the subscriber id: nothing to store, nothing to guess. */
export function unsubscribeToken(ctx: Pick<AppContext, 'encryption'>, subscriberId: string): string {
  return ctx.encryption.blindIndex(subscriberId, 'notice-unsubscribe')
}

function unsubscribeUrl(
  ctx: Pick<AppContext, 'encryption'>,
  portalUrl: string,
  subscriberId: string,
): string {
  return `${portalUrl}/privacy/unsubscribe?s=${subscriberId}&t=${unsubscribeToken(ctx, subscriberId)}`
}

/** The notice as it would read if published now (draft), with its completeness check. */
export async function previewNotice(ctx: AppContext, org: Organization, language: Language) {
  const doc = await loadRegister(ctx, org)
  const notice = composeNotice(doc, { language, portalUrl: portalUrlOf(ctx, org) })
  return {
    notice,
    markdown: renderNoticeMarkdown(notice),
    html: renderNoticeHtml(notice, { standalone: false }),
    completeness: checkNoticeCompleteness(doc, { portalUrl: portalUrlOf(ctx, org) }),
  }
}

/**
 * Publishes a new, immutable version in every language of the organisation. Refused while a required element
 * (Art. 13, 14, 21(4)) is missing. A material change queues a mail to every confirmed subscriber.
 */
export async function publishNotice(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  input: { effectiveDate?: string | undefined; material: boolean; changeSummary?: string | undefined },
) {
  const doc = await loadRegister(ctx, org)
  const portalUrl = portalUrlOf(ctx, org)
  const missing = checkNoticeCompleteness(doc, { portalUrl }).filter((i) => i.status === 'missing')
  if (missing.length > 0) {
    throw new InvalidInput(
      missing.map((m) => ({
        path: m.fixAt?.path ?? m.element,
        message: `${m.article}: ${m.missing?.en ?? m.label.en}`,
        code: 'notice_incomplete',
        params: { element: m.element, article: m.article },
      })),
      `The notice cannot be published: ${counted('en', missing.length, { one: 'required element is', other: 'required elements are' })} missing from the register.`,
      'notice_incomplete',
      { params: { missing: missing.length } },
    )
  }
  const effectiveDate = input.effectiveDate ?? toBrusselsDate(new Date())
  const { version, mailIds } = await inTransaction(ctx, async (ctx) => {
    const previous = await latestNoticeVersion(ctx.db, org.id)
    const version = (previous?.version ?? 0) + 1
    const documents: PublishedTexts = {}
    for (const language of noticeLanguages(doc)) {
      const notice = composeNotice(doc, { language, portalUrl, version, effectiveDate })
      documents[language] = {
        json: notice,
        markdown: renderNoticeMarkdown(notice),
        html: renderNoticeHtml(notice, { standalone: false }),
      }
    }
    await insertNoticeVersion(ctx.db, {
      organizationId: org.id,
      version,
      effectiveDate,
      material: input.material,
      changeSummary: input.changeSummary ?? null,
      registerSnapshot: doc as unknown as Record<string, unknown>,
      documents,
      publishedBy: actor.label,
    })
    const mailIds: string[] = []
    if (input.material && previous) {
      for (const s of await confirmedSubscribers(ctx.db, org.id)) {
        mailIds.push(
          await queueMail(ctx.db, ctx.encryption, {
            organizationId: org.id,
            to: s.email,
            language: s.language,
            template: 'notice-changed',
            params: {
              organizationName: doc.organization.legalName ?? doc.organization.name,
              version,
              effectiveDate,
              changeSummary: input.changeSummary ?? null,
              noticeUrl: `${portalUrl}/privacy?lang=${s.language}`,
              unsubscribeUrl: unsubscribeUrl(ctx, portalUrl, s.id),
            },
          }),
        )
      }
    }
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'notice.published',
      targetType: 'notice',
      targetId: String(version),
      summary: {
        version,
        effectiveDate,
        material: input.material,
        languages: Object.keys(documents),
        subscribersNotified: mailIds.length,
      },
    })
    return { version, mailIds }
  })
  await dispatchQueuedMail(ctx, mailIds)
  return { version, effectiveDate, subscribersNotified: mailIds.length }
}
