import { z } from 'zod'
import { localizedText } from './localized'
import { registerKey } from './schema-fields'

/** The retention rules of the register: how long, counted from which event, under which law. */

export const RETENTION_TRIGGERS = [
  'collection',
  'end_of_contract',
  'end_of_relationship',
  'last_contact',
  'invoice_date',
  'end_of_warranty',
  'end_of_dispute',
  'custom',
] as const

/**
 * A retention period whose end is no fixed number of years, months or days (a rule without `duration`):
 * statutory_period: "for the period the law prescribes" (the statute in statutoryReference), counted from the trigger;
 * until_event: kept as long as the trigger event has not happened ("as long as the warranty runs", "until the
 * dispute is settled", "until the end of the contract"). Erasure keeps such rows with no end date.
 */
export const RETENTION_OPEN_ENDS = ['statutory_period', 'until_event'] as const
export type RetentionOpenEnd = (typeof RETENTION_OPEN_ENDS)[number]

/** Triggers that are an event still to come, so that "until" the event is a period: not collection, contact, invoice. */
export const UNTIL_EVENT_TRIGGERS = [
  'end_of_contract',
  'end_of_relationship',
  'end_of_warranty',
  'end_of_dispute',
  'custom',
] as const

export const retentionRuleSchema = z
  .strictObject({
    key: registerKey.describe("the entry's own key, chosen once: other entries refer to it"),
    name: localizedText.describe('what the rule is about, per language, e.g. "Accounting records"'),
    duration: z
      .strictObject({
        years: z.number().int().min(0).max(200).default(0).describe('years of the period'),
        months: z.number().int().min(0).max(1200).default(0).describe('months of the period'),
        days: z.number().int().min(0).max(36500).default(0).describe('days of the period'),
      })
      .refine((d) => d.years + d.months + d.days > 0, 'A retention period needs a duration')
      .optional()
      .describe('the period, counted from the trigger; absent only with openEnd'),
    openEnd: z
      .enum(RETENTION_OPEN_ENDS)
      .optional()
      .describe(
        'instead of a duration: statutory_period ("for the statutory period", name the statute in statutoryReference) or until_event (kept until the trigger event: the warranty ends, the dispute is settled); erasure keeps such rows with no end date',
      ),
    trigger: z.enum(RETENTION_TRIGGERS).describe('the event the period counts from'),
    triggerDescription: localizedText
      .optional()
      .describe('for trigger custom: the event the period counts from'),
    action: z
      .enum(['delete', 'anonymise', 'anonymise_or_delete', 'archive'])
      .default('delete')
      .describe('anonymise_or_delete: either, decided case by case at the end of the period'),
    statutoryReference: localizedText
      .optional()
      .describe(
        'the statute that sets the period, per language, e.g. { nl: "Wetboek van economisch recht, art. III.88", fr: "Code de droit économique, art. III.88" }',
      ),
    consentRenewable: z
      .boolean()
      .default(false)
      .describe('the period starts again when the subject renews their consent'),
    fromCatalogue: registerKey
      .optional()
      .describe('the key of the built-in catalogue entry it was copied from'),
  })
  .superRefine((rule, issue) => {
    if (rule.duration === undefined && rule.openEnd === undefined)
      issue.addIssue({
        code: 'custom',
        path: ['duration'],
        message:
          'A retention period needs a duration, or openEnd (statutory_period or until_event) when it has no fixed end',
      })
    if (rule.duration !== undefined && rule.openEnd !== undefined)
      issue.addIssue({
        code: 'custom',
        path: ['openEnd'],
        message: 'Give either a duration or openEnd, not both',
      })
    if (rule.openEnd === 'until_event' && !(UNTIL_EVENT_TRIGGERS as readonly string[]).includes(rule.trigger))
      issue.addIssue({
        code: 'custom',
        path: ['trigger'],
        message:
          'until_event needs an event still to come: end_of_contract, end_of_relationship, end_of_warranty, end_of_dispute or custom',
      })
    if (rule.openEnd === 'until_event' && rule.trigger === 'custom' && rule.triggerDescription === undefined)
      issue.addIssue({
        code: 'custom',
        path: ['triggerDescription'],
        message: 'until_event with trigger custom needs the event, e.g. "the handover of the works"',
      })
  })
