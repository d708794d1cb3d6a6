import type { LegalBasis } from '../../register/schema'
import type { NoticeFacts } from '../facts'
import type { Block, Inline, NoticeSection } from '../model'
import { distinct } from '../text'
import type { ErasureLimit, RightText } from '../wording/types'
import {
  activityPaths,
  bulletList,
  type ComposeContext,
  paragraph,
  requestChannels,
  section,
} from './context'

/** Purposes that are direct marketing in the sense of Art. 21(2), including the profiling that serves it. */
const DIRECT_MARKETING = new Set(['direct_marketing', 'profiling_personalisation'])

export function isDirectMarketing(purposeKey: string): boolean {
  return DIRECT_MARKETING.has(purposeKey) || /marketing/.test(purposeKey)
}

/** What the rights sections need to know about the register. */
export function rightsFacts(facts: NoticeFacts) {
  const withBasis = (...bases: LegalBasis[]) =>
    facts.purposes.filter((p) => p.bases.some((b) => b.basis !== undefined && bases.includes(b.basis)))
  const directMarketing = facts.purposes.filter(
    (p) => !p.key.startsWith('processor_') && isDirectMarketing(p.key),
  )
  const telemarketing =
    facts.doc.activities.some(
      (a) => a.status === 'active' && a.purposes.some((p) => /telemarketing/.test(p.purpose)),
    ) || directMarketing.some((p) => p.activities.some((a) => a.subjectCategories.includes('called_persons')))
  return {
    objectable: withBasis('legitimate_interests', 'public_task'),
    legitimate: withBasis('legitimate_interests').length > 0,
    publicTask: withBasis('public_task').length > 0,
    consent: withBasis('consent'),
    directMarketing,
    telemarketing,
    // Art. 20 applies to processing based on consent or a contract only.
    portability: facts.purposes.filter(
      (p) =>
        p.activities.some((a) => a.portability) &&
        p.bases.some((b) => b.basis === 'consent' || b.basis === 'contract'),
    ),
  }
}

/** Catalogue retention periods that are a limitation period for claims (Civil Code, employment law). */
const LIMITATION_PERIODS = new Set(['contractual_claims', 'tort_claims', 'employment_claims'])

/** Statutory retention and claims found in the register, to make the limits of erasure concrete (Art. 17(3)). */
function erasureLimits(facts: NoticeFacts): ErasureLimit[] {
  const limits = new Set<ErasureLimit>()
  const purposes = new Set(facts.purposes.map((p) => p.key))
  if (purposes.has('invoicing_accounting')) limits.add('accounting')
  if (purposes.has('aml_due_diligence')) limits.add('aml')
  if (purposes.has('personnel_administration')) limits.add('social')
  if (purposes.has('disputes_litigation') || purposes.has('debt_collection')) limits.add('disputes')
  for (const { rules } of facts.retention) {
    for (const { rule } of rules) {
      const origin = rule.fromCatalogue ?? rule.key
      const reference = Object.values(
        typeof rule.statutoryReference === 'string'
          ? { text: rule.statutoryReference }
          : (rule.statutoryReference ?? {}),
      ).join(' ')
      if (origin === 'accounting_records' || /III\.8[0-9]/.test(reference)) limits.add('accounting')
      if (origin === 'tax_records' || /WIB|CIR|art\. 315/.test(reference)) limits.add('tax')
      if (origin.startsWith('aml_') || /18\.09\.2017|18 (september|septembre|September) 2017/.test(reference))
        limits.add('aml')
      if (origin === 'social_documents') limits.add('social')
      if (rule.trigger === 'end_of_dispute') limits.add('disputes')
      if (LIMITATION_PERIODS.has(origin)) limits.add('limitation')
    }
  }
  if (facts.purposes.some((p) => p.bases.some((b) => b.basis === 'contract'))) limits.add('contract')
  const order: ErasureLimit[] = ['accounting', 'tax', 'aml', 'social', 'disputes', 'limitation', 'contract']
  return order.filter((l) => limits.has(l))
}

const definition = (right: RightText) => ({ term: right.term, description: right.text })

/** "Uw rechten" (Art. 13(2)(b)-(c) and (f), Art. 15-22). */
export function yourRights(ctx: ComposeContext): NoticeSection {
  const { w, facts } = ctx
  const r = rightsFacts(facts)
  const rights: RightText[] = [
    w.rights.access(),
    w.rights.rectification(),
    w.rights.erasure(erasureLimits(facts)),
    w.rights.restriction(),
    w.rights.notification(),
    w.rights.portability(r.portability.map((p) => p.label)),
    ...(r.consent.length > 0 ? [w.rights.withdrawConsent(r.consent.map((p) => p.label))] : []),
    w.rights.objection(),
    w.rights.automated(facts.automated, facts.activities.length > 0),
  ]
  const acts = facts.activities
  return section(ctx, 'your-rights', [
    paragraph(w.rights.intro(), ['law: Art. 15-22 GDPR']),
    {
      type: 'definitions',
      items: rights.map(definition),
      source: [
        'law: Art. 15-22 GDPR',
        ...activityPaths(acts, 'purposes[].legalBasis'),
        ...activityPaths(
          acts.filter((a) => a.portability),
          'portability',
        ),
        ...activityPaths(acts, 'automatedDecisions'),
        ...activityPaths(acts, 'retention'),
      ],
    },
  ])
}

/** "Uw recht van bezwaar": apart and prominent, as Art. 21(4) requires. */
export function rightToObject(ctx: ComposeContext): NoticeSection {
  const { w, facts } = ctx
  const r = rightsFacts(facts)
  const blocks: Block[] = []
  const bases = activityPaths(facts.activities, 'purposes[].legalBasis')
  if (r.objectable.length > 0) {
    const text = w.objection.legitimate({ legitimate: r.legitimate, publicTask: r.publicTask })
    blocks.push(
      paragraph(text.lead, bases),
      bulletList(
        r.objectable.map((p) => p.label),
        bases,
      ),
      paragraph(text.after, ['law: Art. 21(1) GDPR']),
    )
  }
  if (r.directMarketing.length > 0)
    blocks.push(paragraph(w.objection.directMarketing(), ['activities[].purposes[direct_marketing]']))
  if (blocks.length === 0) {
    const known = facts.purposes.length > 0 && facts.purposes.every((p) => p.bases.every((b) => b.basis))
    blocks.push(paragraph(w.objection.general(known), ['law: Art. 21 GDPR', ...(known ? bases : [])]))
  }
  if (r.telemarketing)
    blocks.push(paragraph(w.objection.doNotCall(), ['activities[].subjectCategories[called_persons]']))
  blocks.push(paragraph(w.objection.how(), ['law: Art. 12(2) GDPR']))
  return section(ctx, 'right-to-object', blocks, { prominent: true })
}

/** "Hoe oefent u uw rechten uit?" (Art. 12(2)-(5)). */
export function exerciseRights(ctx: ComposeContext): NoticeSection {
  const { w, doc } = ctx
  const channels = requestChannels(doc, ctx.options.portalUrl, ctx.options.language)
  const items: Inline[][] = [
    ...(channels.portal ? [w.exercise.portal(channels.portal)] : []),
    ...(channels.email ? [w.exercise.email(channels.email)] : []),
    ...channels.others.map((c) => w.exercise.channel(c.channel, c.contact, c.details)),
    ...(channels.postal
      ? [w.exercise.post(doc.organization.legalName ?? doc.organization.name, w.address(channels.postal))]
      : []),
  ]
  const from = [
    ...(channels.portal ? ['notice.portal'] : []),
    ...(channels.email ? ['notice.requestEmail | organization.dpo.email | organization.email'] : []),
    ...channels.others.map((c) => `notice.requestChannels[${c.channel}]`),
    ...(channels.others.some((c) => c.channel === 'in_person' && c.fromAddress)
      ? ['organization.address']
      : []),
    ...(channels.postal ? ['notice.requestPostalAddress', 'organization.address'] : []),
  ]
  return section(ctx, 'exercise-rights', [
    ...(items.length > 0 ? [paragraph(w.exercise.intro(), from), bulletList(items, from)] : []),
    paragraph(w.exercise.deadline(), ['law: Art. 12(3) GDPR']),
    paragraph(w.exercise.identity(), ['law: Art. 12(6) GDPR; Custos request handling']),
    paragraph(w.exercise.excessive(), ['law: Art. 12(5) GDPR']),
    paragraph(w.exercise.refusal(), ['law: Art. 12(4) GDPR']),
  ])
}

/** "Klachten" (Art. 13(2)(d), 77 and 79): the GBA with its full contact details, and the courts. */
export function complaints(ctx: ComposeContext): NoticeSection {
  const w = ctx.w.complaints
  return section(ctx, 'complaints', [
    paragraph(w.contactUsFirst(ctx.privacyEmail), ctx.privacyEmail ? ['organization.email'] : []),
    paragraph(w.authority(), ['law: Art. 77 GDPR']),
    bulletList(w.authorityDetails(), ['law: Art. 77 GDPR (GBA/APD contact details)']),
    paragraph(w.court(), ['law: Art. 79 and 82 GDPR; Act of 30 July 2018, art. 209']),
  ])
}

export function transferCountries(ctx: ComposeContext): string[] {
  return distinct(ctx.facts.transfers.map((t) => ctx.w.country(t.country)))
}
