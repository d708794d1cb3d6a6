import { z } from 'zod'
import type { Language } from '../../db/schema'
import type { FieldIssue } from '../../domain/errors'
import type { ReferenceTarget } from '../../domain/register/references'
import { type ResolvedRegister, resolveRegister } from '../../domain/register/resolve'
import type { RegisterDocument } from '../../domain/register/schema'
import type { CompletionDetails } from '../../domain/requests'

/**
 * What an answer may name from the organisation's register: the data categories its activities use (and its own
 * categories), its retention rules, its activities and the purposes they serve. The UI offers these as pickers;
 * completion details naming anything else are refused, so letters never show a bare key.
 */

const LANGUAGES: readonly Language[] = ['nl', 'fr', 'en']
const labelSchema = z.object({ nl: z.string(), fr: z.string(), en: z.string() })
const choiceSchema = z.object({ key: z.string(), label: labelSchema })

export const registerChoicesSchema = z.object({
  dataCategories: z.array(choiceSchema),
  retentionRules: z.array(choiceSchema),
  activities: z.array(
    choiceSchema.extend({
      role: z.enum(['controller', 'joint_controller', 'processor']),
      status: z.enum(['planned', 'active', 'ended']),
      legitimateInterest: z.boolean().describe('a purpose relies on legitimate interests (Art. 6(1)(f))'),
    }),
  ),
  purposes: z.array(
    choiceSchema.extend({ consent: z.boolean().describe('some activity relies on consent') }),
  ),
})
export type RegisterChoices = z.infer<typeof registerChoicesSchema>
export type Label = z.infer<typeof labelSchema>

const distinct = (keys: readonly string[]) => [...new Set(keys)]

function labels(register: ResolvedRegister, kind: ReferenceTarget, key: string): Label {
  const [nl, fr, en] = LANGUAGES.map((language) => register.labelOf(kind, key, language))
  return { nl: nl ?? key, fr: fr ?? key, en: en ?? key }
}

export function registerChoices(doc: RegisterDocument): RegisterChoices {
  const register = resolveRegister(doc)
  const categoryKeys = distinct([
    ...doc.activities.flatMap((a) => a.dataCategories.map((use) => use.category)),
    ...doc.taxonomy.dataCategories.map((c) => c.key),
  ])
  const purposeUses = doc.activities.flatMap((a) => a.purposes)
  const purposeKeys = distinct([
    ...purposeUses.map((p) => p.purpose),
    ...doc.taxonomy.purposes.map((p) => p.key),
  ])
  return {
    dataCategories: categoryKeys.map((key) => ({ key, label: labels(register, 'data_category', key) })),
    retentionRules: distinct(doc.retentionRules.map((r) => r.key)).map((key) => ({
      key,
      label: labels(register, 'retention_rule', key),
    })),
    activities: doc.activities
      .filter((a, i) => doc.activities.findIndex((b) => b.key === a.key) === i)
      .map((a) => ({
        key: a.key,
        label: labels(register, 'activity', a.key),
        role: a.role,
        status: a.status,
        legitimateInterest: a.purposes.some((p) => p.legalBasis === 'legitimate_interests'),
      })),
    purposes: purposeKeys.map((key) => ({
      key,
      label: labels(register, 'purpose', key),
      consent: purposeUses.some((p) => p.purpose === key && p.legalBasis === 'consent'),
    })),
  }
}

/** Field problem codes for keys the register does not know. */
export type RegisterKeyCode =
  | 'unknown_data_category'
  | 'unknown_retention_rule'
  | 'unknown_activity'
  | 'unknown_purpose'

const MESSAGES: Record<RegisterKeyCode, string> = {
  unknown_data_category: 'Not a data category of the register',
  unknown_retention_rule: 'Not a retention rule of the register',
  unknown_activity: 'Not a processing activity of the register',
  unknown_purpose: 'Not a purpose of the register',
}

export interface RegisterKeyError extends FieldIssue {
  code: RegisterKeyCode
  value: string
}

/** Every key of the completion details that the register's choices do not offer, with its path. */
export function unknownRegisterKeys(
  details: CompletionDetails,
  choices: RegisterChoices,
  base = 'body.details',
): RegisterKeyError[] {
  const known = {
    unknown_data_category: new Set(choices.dataCategories.map((c) => c.key)),
    unknown_retention_rule: new Set(choices.retentionRules.map((c) => c.key)),
    unknown_activity: new Set(choices.activities.map((c) => c.key)),
    unknown_purpose: new Set(choices.purposes.map((c) => c.key)),
  }
  const errors: RegisterKeyError[] = []
  const check = (code: RegisterKeyCode, path: string, keys: readonly string[] | undefined) => {
    for (const [i, value] of (keys ?? []).entries()) {
      if (!known[code].has(value))
        errors.push({ path: `${base}.${path}.${i}`, message: MESSAGES[code], code, value })
    }
  }
  check('unknown_activity', 'access.activityKeys', details.access?.activityKeys)
  check('unknown_data_category', 'erasure.erased', details.erasure?.erased)
  for (const [i, kept] of (details.erasure?.kept ?? []).entries()) {
    check('unknown_data_category', `erasure.kept.${i}.dataCategories`, kept.dataCategories)
    if (kept.retentionRule !== undefined && !known.unknown_retention_rule.has(kept.retentionRule)) {
      errors.push({
        path: `${base}.erasure.kept.${i}.retentionRule`,
        message: MESSAGES.unknown_retention_rule,
        code: 'unknown_retention_rule',
        value: kept.retentionRule,
      })
    }
  }
  check(
    'unknown_activity',
    'objectionLegitimateInterest.stopped',
    details.objectionLegitimateInterest?.stopped,
  )
  check('unknown_purpose', 'withdrawConsent.purposes', details.withdrawConsent?.purposes)
  return errors
}
