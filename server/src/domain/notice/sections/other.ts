import { textIn } from '../../register/localized'
import type { Block, Inline, NoticeSection } from '../model'
import { distinct, normalizeInline } from '../text'
import { bulletList, type ComposeContext, paragraph, section } from './context'
import { rightsFacts, transferCountries } from './rights'
import { allSafeguarded, transferStatement } from './sharing'

/** "Hoe beveiligen wij uw gegevens?" (Art. 32), with what we do after a breach (Art. 33-34). */
export function security(ctx: ComposeContext): NoticeSection {
  const w = ctx.w.security
  const { technical, organisational } = ctx.facts.measures
  const describe = (measures: typeof technical) => distinct(measures.map((m) => m.description ?? m.name))
  const blocks: Block[] = [paragraph(w.intro())]
  if (technical.length > 0) blocks.push(paragraph(w.technical()), bulletList(describe(technical)))
  if (organisational.length > 0)
    blocks.push(paragraph(w.organisational()), bulletList(describe(organisational)))
  if (ctx.facts.certifications.length > 0) blocks.push(paragraph(w.certifications(ctx.facts.certifications)))
  blocks.push(paragraph(w.limits(ctx.privacyEmail)), paragraph(w.breach()))
  return section(ctx, 'security', blocks)
}

/**
 * "Cookies": the cookie inventory of the register as a table, else the website_cookies purpose, and the link to
 * the organisation's cookie policy. Without an inventory, a purpose or a policy the notice makes no cookie claim.
 */
export function cookies(ctx: ComposeContext): NoticeSection | undefined {
  const w = ctx.w.other
  const { cookiePolicyUrl, cookies: inventory } = ctx.doc.notice
  const usesCookies = ctx.facts.purposes.some((p) => p.key === 'website_cookies')
  const blocks: Block[] = []
  if (inventory !== undefined && inventory.length === 0) blocks.push(paragraph(w.noCookies()))
  else if (inventory !== undefined) {
    const necessaryOnly = inventory.every((c) => c.purpose === 'strictly_necessary')
    blocks.push(paragraph(w.cookieInventory(necessaryOnly)), {
      type: 'table',
      head: [...w.cookieHead],
      rows: inventory.map((c) => [
        [c.name],
        [w.cookieParty(c.party, c.provider, c.country ? ctx.w.country(c.country) : undefined)],
        [w.cookiePurpose(c.purpose)],
        [textIn(c.duration, ctx.options.language) ?? ''],
      ]),
    })
  } else if (usesCookies) blocks.push(paragraph(w.cookiesUsed()))
  if (cookiePolicyUrl) blocks.push(paragraph(w.cookiePolicy(cookiePolicyUrl)))
  return blocks.length === 0 ? undefined : section(ctx, 'cookies', blocks)
}

/** "Minderjarigen": the organisation's statement, else the minimum age (Art. 8; Belgian age 13). */
export function minors(ctx: ComposeContext): NoticeSection | undefined {
  const settings = ctx.doc.notice.minors
  const concernsMinors = ctx.facts.activities.some((a) => a.subjectCategories.includes('minors'))
  if (settings === undefined && !concernsMinors) return undefined
  const statement = textIn(settings?.statement, ctx.options.language)
  const paragraphs = statement ? statement.split(/\n\s*\n/) : ctx.w.other.minors(settings?.minimumAge ?? 13)
  return section(
    ctx,
    'minors',
    paragraphs.map((p) => paragraph(p.trim())),
  )
}

/** "Wijzigingen": where the current version is, and this version's number and effective date. */
export function changes(ctx: ComposeContext): NoticeSection {
  const w = ctx.w.other
  const { version, effectiveDate, portalUrl } = ctx.options
  const where = portalUrl ? `${portalUrl.replace(/\/$/, '')}/privacy` : ctx.doc.organization.website
  const status =
    version !== undefined || effectiveDate !== undefined
      ? w.version(version, effectiveDate === undefined ? undefined : ctx.w.date(effectiveDate))
      : w.draft()
  return section(ctx, 'changes', [paragraph(w.changes(where)), paragraph(status)])
}

/** "In het kort": three to five points a reader can take in at a glance. */
export function summary(ctx: ComposeContext): Inline[][] {
  const w = ctx.w.summary
  const r = rightsFacts(ctx.facts)
  const name = ctx.doc.organization.legalName ?? ctx.doc.organization.name
  return [
    w.controller(name, ctx.privacyEmail),
    w.purposes(),
    w.sharing({
      sellsData: ctx.doc.notice.sellsData,
      transfers: transferStatement(ctx),
      countries: transferCountries(ctx),
      safeguarded: allSafeguarded(ctx),
    }),
    w.rights({ directMarketing: r.directMarketing.length > 0, legitimate: r.objectable.length > 0 }),
    w.complaint(),
  ]
    .map(normalizeInline)
    .filter((point) => point.length > 0)
}
