import { resolveRegister } from '../../register/resolve'
import type { RegisterDocument } from '../../register/schema'
import { authorityWebsite } from '../authority'
import { formatDate, formatEuro } from '../format'
import type { LetterSpec } from '../letter-spec'
import { REQUEST_TYPES } from '../request-types'
import { type BlockContext, completionBlocks, type LetterLinks, requestTypeItem } from './completion-blocks'
import { type Letter, type LetterBlock, list, paragraph } from './letter'
import { reasonBlocks, refusedPartSection, remediesSection } from './refusal-blocks'
import { letterSignature, requestContactEmail } from './signature'
import { LETTER_WORDING } from './wording'

export interface LetterContext {
  /** The organisation's register: its name and contact, the Art. 15 information, retention rules. */
  readonly register: RegisterDocument
  readonly links?: LetterLinks
}

function typeList(spec: LetterSpec, ctx: BlockContext): LetterBlock {
  return list(
    REQUEST_TYPES.filter((type) => spec.types.includes(type)).map((t) => requestTypeItem(t, ctx.language)),
  )
}

function body(spec: LetterSpec, ctx: BlockContext): LetterBlock[] {
  const w = ctx.wording
  const email = requestContactEmail(ctx.doc)
  const received = paragraph(w.receivedIntro(formatDate(spec.receivedOn), spec.reference))
  const questions = paragraph(w.questions(spec.reference, email))
  switch (spec.kind) {
    case 'acknowledgement': {
      const oral = spec.channel === 'phone' || spec.channel === 'in_person'
      return [
        paragraph(w.acknowledgement.received(formatDate(spec.receivedOn), w.channels[spec.channel])),
        paragraph(w.typesIntro),
        typeList(spec, ctx),
        ...(oral ? [paragraph(w.acknowledgement.oralSummary)] : []),
        paragraph(w.acknowledgement.reference(spec.reference)),
        paragraph(w.acknowledgement.deadline(formatDate(spec.dueDate))),
        paragraph(w.acknowledgement.nextSteps),
        paragraph(
          spec.identityConfirmed
            ? w.acknowledgement.identityConfirmed
            : w.acknowledgement.identityProportionate,
        ),
        ...(ctx.links.status
          ? [{ type: 'link' as const, text: w.acknowledgement.statusLink, href: ctx.links.status }]
          : []),
        questions,
      ]
    }
    case 'identity_needed': {
      const words = w.identity
      return [
        received,
        paragraph(words.why),
        paragraph(words.reason(spec.reason)),
        paragraph(words.neededIntro),
        list(spec.needed.map((evidence) => words.evidence[evidence])),
        ...(spec.details ? [paragraph(words.details(spec.details))] : []),
        ...(spec.needed.includes('id_document_masked')
          ? [paragraph(words.maskAdvice(ctx.doc.organization.legalName ?? ctx.doc.organization.name))]
          : []),
        paragraph(words.proportionate),
        paragraph(spec.dueDate ? words.clockReceipt(formatDate(spec.dueDate)) : words.clockConfirmed),
        paragraph(words.notEstablished),
        paragraph(words.howToReply(email)),
      ]
    }
    case 'extension':
      return [
        received,
        paragraph(w.extension.originalDeadline(formatDate(spec.dueDate))),
        paragraph(w.extension.extended(formatDate(spec.extendedDueDate))),
        paragraph(w.extension.reasonsIntro),
        list(spec.reasons),
        paragraph(w.extension.meanwhile),
        paragraph(w.extension.disagree(authorityWebsite(ctx.language))),
        questions,
      ]
    case 'fee_warning':
      return [
        received,
        paragraph(w.fee.judgement(spec.ground)),
        list(spec.reasons),
        paragraph(w.fee.amount(formatEuro(spec.amountCents, ctx.language))),
        paragraph(w.fee.confirm),
        ...(spec.paymentDetails ? [paragraph(w.fee.payment(spec.paymentDetails))] : []),
        paragraph(w.fee.withdraw),
        remediesSection(ctx),
        questions,
      ]
    case 'completed':
      return [
        received,
        paragraph(w.completed.intro),
        ...completionBlocks(spec.types, spec.details, ctx),
        questions,
      ]
    case 'partially_refused': {
      const granted = spec.types.filter((type) => !spec.refusedTypes.includes(type))
      return [
        received,
        paragraph(w.refusal.partialIntro),
        ...completionBlocks(granted, spec.details, ctx),
        refusedPartSection(spec, ctx),
        remediesSection(ctx),
        questions,
      ]
    }
    case 'refused':
      return [
        received,
        paragraph(w.typesIntro),
        typeList(spec, ctx),
        paragraph(w.refusal.fullIntro),
        ...reasonBlocks(spec, ctx),
        remediesSection(ctx),
        questions,
      ]
    case 'forwarded': {
      const name = spec.controller.name
      return [
        received,
        paragraph(w.forwarded.processor(name)),
        paragraph(w.forwarded.forwardedOn(name, formatDate(spec.forwardedOn))),
        paragraph(
          spec.controller.contact
            ? w.forwarded.contact(name, spec.controller.contact)
            : w.forwarded.noContact(name),
        ),
        questions,
      ]
    }
  }
}

/** The letter for `spec`, in the subject's language, signed for the organisation of `context.register`. */
export function composeLetter(spec: LetterSpec, context: LetterContext): Letter {
  const wording = LETTER_WORDING[spec.language]
  const ctx: BlockContext = {
    language: spec.language,
    wording,
    doc: context.register,
    register: resolveRegister(context.register),
    links: context.links ?? {},
  }
  const addressee = [spec.addressee.name, ...(spec.addressee.postalAddress ?? [])].filter(
    (line): line is string => line !== undefined && line.trim() !== '',
  )
  return {
    kind: spec.kind,
    language: spec.language,
    reference: spec.reference,
    date: spec.date,
    subject: wording.subjects[spec.kind](spec.reference),
    addressee,
    meta: [
      { label: wording.dateLabel, value: formatDate(spec.date) },
      { label: wording.referenceLabel, value: spec.reference },
      { label: wording.subjectLabel, value: wording.subjects[spec.kind](spec.reference) },
    ],
    salutation: wording.salutation,
    body: body(spec, ctx),
    closing: wording.closing,
    signature: letterSignature(context.register, wording),
  }
}
