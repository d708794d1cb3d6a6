import type { Block, Inline, NoticeSection } from '../model'
import { type ComposeContext, paragraph, section } from './context'

/** Recipient types whose members act on our instructions under an Art. 28 contract. */
const PROCESSOR_TYPES = new Set(['service_providers', 'social_secretariat'])

/** "Met wie delen wij uw gegevens?" (Art. 13(1)(e)). */
export function recipients(ctx: ComposeContext): NoticeSection {
  const w = ctx.w.recipients
  const { facts } = ctx
  const groups = facts.recipients
  const blocks: Block[] = []
  if (groups.length === 0) blocks.push(paragraph(w.none()))
  else {
    blocks.push(paragraph(w.intro()))
    blocks.push({
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
  if (usesProcessors) blocks.push(paragraph(w.processors()))
  blocks.push(paragraph(w.neverSell(groups.some((g) => g.type === 'marketing_partners'))))
  return section(ctx, 'recipients', blocks)
}

/** "Doorgifte buiten de EER" (Art. 13(1)(f)): country, recipient, safeguard and how to obtain a copy. */
export function transfers(ctx: ComposeContext): NoticeSection {
  const w = ctx.w.transfers
  const found = ctx.facts.transfers
  if (found.length === 0) return section(ctx, 'transfers', [paragraph(w.none())])
  return section(ctx, 'transfers', [
    paragraph(w.intro()),
    {
      type: 'table',
      head: [...w.head],
      rows: found.map((t) => [
        [ctx.w.country(t.country)],
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
  const blocks: Block[] = [paragraph(w.intro(rules.some((r) => r.action !== 'delete')))]
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
  if (disputeRule || disputes) blocks.push(paragraph(w.disputes(disputeRule?.duration)))
  return section(ctx, 'retention', blocks)
}
