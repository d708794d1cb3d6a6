import type { z } from 'zod'
import { checkRegister } from '../../src/domain/register/checks'
import {
  type activitySchema,
  type RegisterDocument,
  type RegisterInput,
  registerDocumentSchema,
} from '../../src/domain/register/schema'
import { sampleRegister } from './register'

/** Test helpers for the register linter (used by server/src/domain/register/checks/*.test.ts). */

export type ActivityInput = z.input<typeof activitySchema>

/** The fixed date the tests check on. */
export const TODAY = '2026-06-15'

export function sampleDocument(): RegisterDocument {
  return registerDocumentSchema.parse(sampleRegister())
}

/** The sample register with one change to the top level (`patch` replaces whole sections). */
export function sampleWith(patch: Partial<RegisterInput>): RegisterDocument {
  return registerDocumentSchema.parse({ ...sampleRegister(), ...patch })
}

/** The sample register with its one activity changed. */
export function activityWith(
  patch: Partial<ActivityInput>,
  extra: Partial<RegisterInput> = {},
): RegisterDocument {
  const input = sampleRegister()
  const [first] = input.activities ?? []
  if (first === undefined) throw new Error('sampleRegister() has no activity')
  return registerDocumentSchema.parse({ ...input, ...extra, activities: [{ ...first, ...patch }] })
}

/** The sample's vendor, system or organisation with a change, for the few non-activity rules. */
export function sampleParts() {
  const input = sampleRegister()
  const [vendor] = input.vendors ?? []
  const [system] = input.systems ?? []
  if (vendor === undefined || system === undefined)
    throw new Error('sampleRegister() lacks a vendor or system')
  return { input, vendor, system }
}

export function check(doc: RegisterDocument) {
  return checkRegister(doc, { today: TODAY })
}

export function findingsOf(doc: RegisterDocument, rule: string) {
  return check(doc).filter((f) => f.rule === rule)
}
