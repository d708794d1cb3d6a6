import { z } from 'zod'
import {
  ERASURE_EXCEPTIONS,
  FEE_GROUNDS,
  IDENTITY_EVIDENCE,
  REFUSAL_GROUNDS,
  REQUEST_TYPES,
  type RequestAction,
} from '../../domain/requests'
import { assigneeBody, isoDate, key, requestTypeSchema, text } from './input-schemas'

/** The bodies of the workflow actions (complete, refuse, extend, ...) and their summaries in the API description. */

const reasons = z
  .array(text(2000))
  .min(1, 'Give at least one reason')
  .max(20)
  .describe('the reasons, one per item; the letter gives them to the subject')

const keptData = z.strictObject({
  dataCategories: z
    .array(key)
    .min(1)
    .max(50)
    .describe('the data category keys of the register that are kept'),
  ground: z.enum(ERASURE_EXCEPTIONS).describe('the exception of Art. 17(3) that allows keeping them'),
  retentionRule: key
    .optional()
    .describe('a retention rule key of the register (names the law that requires it)'),
  until: isoDate.optional().describe('until when they are kept; the letter says so'),
  explanation: z.string().trim().max(2000).optional().describe('why, in words the subject understands'),
})

export const completionDetails = z.strictObject({
  access: z
    .strictObject({
      delivery: z
        .enum(['download', 'enclosed'])
        .describe('download: a link to the package; enclosed: the files go with the letter'),
      availableUntil: isoDate.optional().describe('until when the download link works'),
      activityKeys: z
        .array(key)
        .max(100)
        .optional()
        .describe(
          'the activities of the register the letter describes (absent: those found for the subject)',
        ),
      noData: z.boolean().optional().describe('true: no personal data of the subject were found'),
    })
    .optional()
    .describe('for access (Art. 15): how the copy is given'),
  portability: z
    .strictObject({
      delivery: z
        .enum(['download', 'enclosed', 'transmitted'])
        .describe('download, enclosed, or transmitted directly to another controller (Art. 20(2))'),
      transmittedTo: z.string().trim().max(500).optional().describe('for transmitted: the other controller'),
      availableUntil: isoDate.optional().describe('until when the download link works'),
    })
    .optional()
    .describe('for portability (Art. 20): how the data are given'),
  rectification: z
    .strictObject({
      corrected: z
        .array(text(500))
        .max(100)
        .describe('what was corrected, one item each; the letter lists them'),
    })
    .optional()
    .describe('for rectification (Art. 16)'),
  erasure: z
    .strictObject({
      erased: z.array(key).max(100).describe('the data category keys that were erased'),
      kept: z.array(keptData).max(50).default([]).describe('what is kept, with its legal ground'),
      keptUnderLegalHold: z
        .array(key)
        .max(100)
        .optional()
        .describe(
          "set by Custos when the answer is given (a value sent is replaced): the register's systems whose data the request's erasure kept under a legal hold on the whole system, to be erased when the hold ends; the letter says so",
        ),
    })
    .optional()
    .describe('for erasure (Art. 17)'),
  restriction: z
    .strictObject({
      scope: z.string().trim().max(2000).optional().describe('what processing is restricted'),
    })
    .optional()
    .describe('for restriction (Art. 18)'),
  objectionLegitimateInterest: z
    .strictObject({
      stopped: z.array(key).max(100).describe('the activity keys whose processing stopped'),
    })
    .optional()
    .describe('for an objection to processing based on legitimate interests (Art. 21(1))'),
  withdrawConsent: z
    .strictObject({
      purposes: z
        .array(key)
        .max(100)
        .describe('the consent purpose keys withdrawn; recorded in the consent log'),
    })
    .optional()
    .describe('for a withdrawal of consent (Art. 7(3))'),
  recipientsNotified: z
    .array(text(500))
    .max(100)
    .optional()
    .describe('the recipients told of the rectification, erasure or restriction (Art. 19)'),
  note: z.string().trim().max(5000).optional().describe('an internal note, kept in the history'),
})

const refusal = {
  ground: z.enum(REFUSAL_GROUNDS).describe('the ground of the refusal; the letter words it'),
  reasons,
  legalReference: z
    .string()
    .trim()
    .max(500)
    .optional()
    .describe('the law the refusal rests on, where the ground needs one'),
}
const optionalNote = z.strictObject({
  note: z.string().trim().max(2000).optional().describe('an internal note, kept in the history'),
})

/** The body of each action, as the API takes it (forward_to_controller picks the controller from the register). */
export const ACTION_BODIES = {
  assign: assigneeBody,
  start: z.strictObject({
    identityConfirmedBy: z
      .string()
      .trim()
      .max(500)
      .optional()
      .describe(
        'how the identity is already established, e.g. "known client, wrote from the address on file"',
      ),
  }),
  request_identity: z.strictObject({
    needed: z
      .array(z.enum(IDENTITY_EVIDENCE))
      .min(1)
      .max(IDENTITY_EVIDENCE.length)
      .describe('what the subject is asked to provide'),
    reason: text(2000).describe('why it is needed (Art. 12(6)); the letter tells the subject'),
    details: z.string().trim().max(2000).optional().describe('anything else the subject should know'),
  }),
  confirm_identity: z.strictObject({
    method: text(500).describe('how the identity was confirmed, e.g. "copy of ID card, checked and deleted"'),
  }),
  extend: z.strictObject({ reasons }),
  warn_fee: z.strictObject({
    ground: z.enum(FEE_GROUNDS).describe('why a fee applies: manifestly unfounded or excessive (Art. 12(5))'),
    reasons,
    amountCents: z.number().int().min(1).max(100_000_00).describe('the fee in euro cents'),
    paymentDetails: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .describe('how to pay, e.g. the IBAN and reference'),
  }),
  fee_paid: z.strictObject({}),
  waive_fee: optionalNote,
  forward_to_controller: z
    .strictObject({
      activityKey: key.optional().describe('the processor activity of the register the request concerns'),
      client: z.string().trim().max(500).optional().describe('which client, when the activity has several'),
      clientId: z
        .uuid()
        .optional()
        .describe(
          'a client of the Processors page: the request goes to its contact for requests, in its language (activityKey, if given, must be one of its activities)',
        ),
      controller: z
        .strictObject({
          name: text(500).describe("the controller's name"),
          contact: z.string().trim().max(500).optional().describe('how to reach the controller'),
        })
        .optional()
        .describe('a controller not (yet) in the register'),
    })
    .refine((b) => b.activityKey !== undefined || b.controller !== undefined || b.clientId !== undefined, {
      message: 'Name the client (clientId), the processor activity (activityKey) or the controller',
      path: ['activityKey'],
    }),
  complete: z.strictObject({ details: completionDetails.describe('what was done, per right exercised') }),
  partially_refuse: z.strictObject({
    details: completionDetails.describe('what was done for the part that is answered'),
    refusedTypes: z
      .array(requestTypeSchema)
      .max(REQUEST_TYPES.length)
      .default([])
      .describe('the rights refused as a whole'),
    refusedScope: z.string().trim().max(2000).optional().describe('what else is refused, in words'),
    ...refusal,
  }),
  refuse: z.strictObject(refusal),
  close: optionalNote,
  withdraw: optionalNote,
} satisfies Record<RequestAction, z.ZodType>

export type ActionBody<A extends RequestAction> = z.infer<(typeof ACTION_BODIES)[A]>

export const ACTION_SUMMARIES: Record<RequestAction, string> = {
  assign: 'Give the request to an agent (null: unassigned)',
  start: 'Start handling; no further identity check needed',
  request_identity: 'Ask the subject for what is needed to confirm identity (Art. 12(6)), with the reason',
  confirm_identity: 'Record how identity was confirmed',
  extend:
    'Extend by two months with reasons, within the first month (Art. 12(3)); queues the extension letter',
  warn_fee: 'Warn of a reasonable fee for a manifestly unfounded or excessive request (Art. 12(5))',
  fee_paid: 'The fee was paid',
  waive_fee: 'Waive the fee',
  forward_to_controller:
    'The data concern processing done as processor: forward to the controller from the register and tell the subject',
  complete: 'Answer the request; queues the answer letter (with the Art. 15 information for access)',
  partially_refuse: 'Answer part, refuse part with reasons and the complaint route (Art. 12(4))',
  refuse: 'Refuse with the ground, reasons and the complaint route (Art. 12(4))',
  close: 'File an answered request',
  withdraw: 'The subject withdrew the request',
}
