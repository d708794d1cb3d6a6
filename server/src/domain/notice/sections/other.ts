import { textIn } from '../../register/localized'
import type { Block, Inline, NoticeSection } from '../model'
import { distinct, normalizeInline } from '../text'
import { activityPaths, bulletList, type ComposeContext, paragraph, section } from './context'
import { rightsFacts, transferCountries } from './rights'
import { allSafeguarded, transferStatement } from './sharing'

/** "Hoe beveiligen wij uw gegevens?" (Art. 32), with what we do after a breach (Art. 33-34). */
export function security(ctx: ComposeContext): NoticeSection {
  const w = ctx.w.security
  const { technical, organisational } = ctx.facts.measures
  const describe = (measures: typeof technical) => distinct(measures.map((m) => m.description ?? m.name))
  const measures = [...activityPaths(ctx.facts.activities, 'measures'), 'systems[].measures', 'measures']
  const blocks: Block[] = [paragraph(w.intro(), ['law: Art. 32 GDPR'])]
  if (technical.length > 0)
    blocks.push(paragraph(w.technical(), measures), bulletList(describe(technical), measures))
  if (organisational.length > 0)
    blocks.push(paragraph(w.organisational(), measures), bulletList(describe(organisational), measures))
  const storage = ctx.facts.storage
  if (storage.length > 0) {
    const from = storage.map((s) => `systems[${s.key}].hostingCountry|location|certifications`)
    blocks.push(
      paragraph(w.storageIntro(), from),
      bulletList(
        storage.map((s) =>
          w.storage({
            system: s.system,
            ...(s.country === undefined ? {} : { country: ctx.w.country(s.country) }),
            ...(s.location === undefined ? {} : { location: s.location }),
            certifications: s.certifications,
          }),
        ),
        from,
      ),
    )
  }
  blocks.push(
    paragraph(w.limits(ctx.privacyEmail), ['law: Art. 32 GDPR']),
    paragraph(w.breach(), ['law: Art. 33-34 GDPR']),
  )
  const promise = ctx.doc.notice.breachCommunication
  if (promise !== undefined)
    blocks.push(paragraph(w.breachPromise(promise.withinHours), ['notice.breachCommunication']))
  return section(ctx, 'security', blocks)
}

/** "Links naar andere websites": only when the register says the website links to other sites. */
export function otherWebsites(ctx: ComposeContext): NoticeSection | undefined {
  if (ctx.doc.notice.thirdPartyLinks !== true) return undefined
  return section(
    ctx,
    'other-websites',
    ctx.w.other.thirdPartyLinks().map((p) => paragraph(p, ['notice.thirdPartyLinks'])),
  )
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
  if (inventory !== undefined && inventory.length === 0)
    blocks.push(paragraph(w.noCookies(), ['notice.cookies']))
  else if (inventory !== undefined) {
    const necessaryOnly = inventory.every((c) => c.purpose === 'strictly_necessary')
    blocks.push(paragraph(w.cookieInventory(necessaryOnly), ['notice.cookies[].purpose']), {
      source: ['notice.cookies'],
      type: 'table',
      head: [...w.cookieHead],
      rows: inventory.map((c) => [
        [c.name],
        [w.cookieParty(c.party, c.provider, c.country ? ctx.w.country(c.country) : undefined)],
        [w.cookiePurpose(c.purpose)],
        [textIn(c.duration, ctx.options.language) ?? ''],
      ]),
    })
  } else if (usesCookies) blocks.push(paragraph(w.cookiesUsed(), ['activities[].purposes[website_cookies]']))
  if (cookiePolicyUrl) blocks.push(paragraph(w.cookiePolicy(cookiePolicyUrl), ['notice.cookiePolicyUrl']))
  return blocks.length === 0 ? undefined : section(ctx, 'cookies', blocks)
}

/** "Minderjarigen": the organisation's statement, else the minimum age (Art. 8; Belgian age 13). */
export function minors(ctx: ComposeContext): NoticeSection | undefined {
  const settings = ctx.doc.notice.minors
  const concernsMinors = ctx.facts.activities.some((a) => a.subjectCategories.includes('minors'))
  if (settings === undefined && !concernsMinors) return undefined
  const statement = textIn(settings?.statement, ctx.options.language)
  const paragraphs = statement ? statement.split(/\n\s*\n/) : ctx.w.other.minors(settings?.minimumAge ?? 13)
  const from = statement
    ? ['notice.minors.statement']
    : settings
      ? ['notice.minors.minimumAge', 'law: Act of 30 July 2018, art. 7']
      : ['activities[].subjectCategories[minors]', 'law: Act of 30 July 2018, art. 7']
  return section(
    ctx,
    'minors',
    paragraphs.map((p) => paragraph(p.trim(), from)),
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
  const whereFrom = portalUrl ? ['portal address'] : where ? ['organization.website'] : []
  return section(ctx, 'changes', [
    paragraph(w.changes(where, portalUrl !== undefined), [
      'law: Art. 12(1) GDPR',
      ...whereFrom,
      ...(portalUrl ? ['portal: subscribers are e-mailed when a material change is published'] : []),
    ]),
    paragraph(status, ['publication: version and effective date']),
  ])
}

/** "In het kort": three to five points a reader can take in at a glance, with where each comes from. */
export function summary(ctx: ComposeContext): { points: Inline[][]; sources: string[][] } {
  const w = ctx.w.summary
  const r = rightsFacts(ctx.facts)
  const { doc } = ctx
  const name = doc.organization.legalName ?? doc.organization.name
  const bases = activityPaths(ctx.facts.activities, 'purposes[].legalBasis')
  const all: [Inline[], string[]][] = [
    [
      w.controller(name, ctx.privacyEmail),
      ['organization.name', ...(ctx.privacyEmail ? ['organization.email'] : [])],
    ],
    [w.purposes(), ['law: Art. 5 and 6 GDPR', ...bases]],
    [
      w.sharing({
        sellsData: doc.notice.sellsData,
        transfers: transferStatement(ctx),
        countries: transferCountries(ctx),
        safeguarded: allSafeguarded(ctx),
      }),
      [
        ...(doc.notice.sellsData === false ? ['notice.sellsData'] : []),
        ...(doc.notice.transfersOutsideEea ? ['notice.transfersOutsideEea'] : []),
        ...activityPaths(ctx.facts.activities, 'transfers'),
      ],
    ],
    [
      w.rights({ directMarketing: r.directMarketing.length > 0, legitimate: r.objectable.length > 0 }),
      ['law: Art. 12(3), 15-21 GDPR', ...bases],
    ],
    [w.complaint(), ['law: Art. 77 GDPR']],
  ]
  const kept = all
    .map(([point, source]): [Inline[], string[]] => [normalizeInline(point), source])
    .filter(([point]) => point.length > 0)
  return { points: kept.map(([p]) => p), sources: kept.map(([, s]) => [...new Set(s)]) }
}
