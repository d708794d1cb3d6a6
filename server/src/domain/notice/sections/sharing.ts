import type { Block, Inline, NoticeSection } from '../model'
import { upperFirst } from '../text'
import { activityPaths, type ComposeContext, paragraph, section } from './context'

/** Recipient types whose members act on our instructions under an Art. 28 contract. */
const PROCESSOR_TYPES = new Set(['service_providers', 'social_secretariat'])

/** "Met wie delen wij uw gegevens?" (Art. 13(1)(e)). */
export function recipients(ctx: ComposeContext): NoticeSection | undefined {
  const w = ctx.w.recipients
  const { facts } = ctx
  const groups = facts.recipients
  // Nothing recorded is not "nothing shared": without recipients the section says only what the register states.
  const blocks: Block[] = []
  const recorded = activityPaths(facts.activities, 'recipients')
  if (groups.length > 0) {
    blocks.push(paragraph(w.intro(), recorded))
    blocks.push({
      source: [...recorded, 'taxonomy.recipientTypes'],
      type: 'definitions',
      items: groups.map((group) => {
        const description: Inline[][] = []
        if (group.description) description.push([group.description])
        if (group.named.length > 0) description.push([w.named(group.named, !group.unnamed)])
        for (const detail of group.details) description.push([w.detail(detail.purposes, detail.detail)])
        return { term: group.label, description }
      }),
    })
  }
  const usesProcessors =
    groups.some((g) => PROCESSOR_TYPES.has(g.type)) ||
    facts.activities.some((a) =>
      a.recipients.some((r) => r.vendor && facts.resolved.vendor(r.vendor)?.role === 'processor'),
    )
  if (usesProcessors) {
    const signed = processingAgreementsSigned(ctx)
    blocks.push(paragraph(w.processors(signed), [...recorded, ...(signed ? ['vendors[].dpa.signed'] : [])]))
  }
  if (ctx.doc.notice.sharesOnlyWithPermission === true)
    blocks.push(paragraph(w.onlyWithPermission(groups.length > 0), ['notice.sharesOnlyWithPermission']))
  if (ctx.doc.notice.sellsData === false) blocks.push(paragraph(w.neverSell(), ['notice.sellsData']))
  return blocks.length === 0 ? undefined : section(ctx, 'recipients', blocks)
}

/** Every processor vendor the notice's activities use (as recipient or system) has a signed agreement. */
function processingAgreementsSigned(ctx: ComposeContext): boolean {
  const { facts } = ctx
  const keys = new Set(
    facts.activities.flatMap((a) => [
      ...a.recipients.flatMap((r) => (r.vendor ? [r.vendor] : [])),
      ...a.systems.flatMap((s) => {
        const vendor = facts.resolved.system(s)?.vendor
        return vendor ? [vendor] : []
      }),
    ]),
  )
  const processors = [...keys]
    .map((key) => facts.resolved.vendor(key))
    .filter((v) => v !== undefined && (v.role === 'processor' || v.role === 'sub_processor'))
  return processors.length > 0 && processors.every((v) => v?.dpa.signed === true)
}

/** Whether every transfer the notice lists has a safeguard, recorded or by an adequacy decision. */
export function allSafeguarded(ctx: ComposeContext): boolean {
  return ctx.facts.transfers.every((t) => t.safeguard !== undefined)
}

/** What the register says about transfers: stated none, recorded ones, or nothing. */
export function transferStatement(ctx: ComposeContext): 'none' | 'listed' | 'unknown' {
  if (ctx.facts.transfers.length > 0) return 'listed'
  return ctx.doc.notice.transfersOutsideEea === 'none' ? 'none' : 'unknown'
}

/** "Doorgifte buiten de EER" (Art. 13(1)(f)): country, recipient, safeguard and how to obtain a copy. */
export function transfers(ctx: ComposeContext): NoticeSection | undefined {
  const w = ctx.w.transfers
  const found = ctx.facts.transfers
  if (found.length === 0) {
    // Only what the organisation stated: that nothing leaves the EEA, or that something does (not yet listed).
    const stated = ctx.doc.notice.transfersOutsideEea
    const statement = ['notice.transfersOutsideEea']
    if (stated === 'none') return section(ctx, 'transfers', [paragraph(w.none(), statement)])
    if (stated === 'some') return section(ctx, 'transfers', [paragraph(w.unlisted(), statement)])
    return undefined
  }
  return section(ctx, 'transfers', [
    paragraph(w.intro(allSafeguarded(ctx)), activityPaths(ctx.facts.activities, 'transfers[].safeguard')),
    {
      source: activityPaths(ctx.facts.activities, 'transfers'),
      type: 'table',
      head: [...w.head],
      rows: found.map((t) => [
        [upperFirst(ctx.w.country(t.country))],
        [t.recipient],
        [w.safeguard(t)],
        w.copy(t, ctx.privacyEmail),
      ]),
    },
  ])
}

/** "Hoe lang bewaren wij uw gegevens?" (Art. 13(2)(a)): per activity, each rule with its period and start. */
export function retention(ctx: ComposeContext): NoticeSection {
  const w = ctx.w.retention
  const groups = ctx.facts.retention
  const rules = groups.flatMap((g) => g.rules.map((r) => r.rule))
  const blocks: Block[] = [
    paragraph(w.intro(rules.some((r) => r.action !== 'delete')), [
      'law: Art. 5(1)(e) GDPR',
      ...(rules.some((r) => r.action !== 'delete') ? ['retentionRules[].action'] : []),
    ]),
  ]
  // An activity with one purpose is named by that purpose, unless another activity serves the same purpose.
  const single = groups.map((g) => (g.purposes.length === 1 ? g.purposes[0] : undefined))
  const termOf = (i: number) => {
    const purpose = single[i]
    return purpose !== undefined && single.filter((p) => p === purpose).length === 1
      ? purpose
      : (groups[i]?.activityName ?? '')
  }
  if (groups.length > 0) {
    blocks.push({
      source: [...activityPaths(ctx.facts.activities, 'retention'), 'retentionRules'],
      type: 'definitions',
      items: groups.map((group, i) => ({
        term: termOf(i),
        description:
          group.rules.length === 0
            ? [[w.fallback()]]
            : group.rules.map(({ rule, categories }) => [w.line(categories, rule, group.consent)]),
      })),
    })
  }
  const disputeRule = rules.find((r) => r.trigger === 'end_of_dispute')
  const disputes = ctx.facts.purposes.some((p) => p.key === 'disputes_litigation')
  if (disputeRule || disputes) {
    const from = disputeRule ? [`retentionRules[${disputeRule.key}]`] : ['purposes[disputes_litigation]']
    blocks.push(paragraph(w.disputes(disputeRule?.duration), from))
  }
  return section(ctx, 'retention', blocks)
}
