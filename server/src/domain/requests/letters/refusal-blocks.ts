import { authorityAddress } from '../authority'
import type { RefusalFacts } from '../letter-spec'
import type { RequestType } from '../request-types'
import { type BlockContext, requestTypeItem } from './completion-blocks'
import { type LetterBlock, list, paragraph, section } from './letter'

/**
 * Art. 12(4) GDPR: a refusal states its reasons, and always the right to complain to the GBA/APD and to go to
 * court. Every refusal and fee warning ends with `remediesSection`.
 */
export function remediesSection(ctx: BlockContext): LetterBlock {
  const words = ctx.wording.remedies
  return section(words.heading, [
    paragraph(words.complaint),
    { type: 'address', lines: authorityAddress(ctx.language) },
    paragraph(words.court),
  ])
}

/** The reasons, then what the ground means in law (and how to resume when identity could not be established). */
export function reasonBlocks(facts: RefusalFacts, ctx: BlockContext): LetterBlock[] {
  const words = ctx.wording.refusal
  const ground = words.ground[facts.ground](facts.legalReference ?? undefined)
  return [
    paragraph(words.reasonsIntro),
    list(facts.reasons),
    ...(ground ? [paragraph(ground)] : []),
    ...(facts.ground === 'identity_not_established' ? [paragraph(words.identityRetry)] : []),
  ]
}

/** The section of a partial refusal that says what is not granted and why. */
export function refusedPartSection(
  facts: RefusalFacts & { refusedTypes: readonly RequestType[]; refusedScope: string | null },
  ctx: BlockContext,
): LetterBlock {
  const words = ctx.wording.refusal
  const types = facts.refusedTypes.map((type) => requestTypeItem(type, ctx.language))
  return section(words.refusedHeading, [
    ...(types.length > 0 ? [paragraph(words.refusedTypesIntro), list(types)] : []),
    ...(facts.refusedScope ? [paragraph(words.refusedScope(facts.refusedScope))] : []),
    ...reasonBlocks(facts, ctx),
  ])
}
