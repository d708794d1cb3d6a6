import type { TxContext } from '../../context'
import { Conflict, type FieldErrorCode, type FieldIssue, InvalidInput } from '../../domain/errors'
import { type NormalisedIdentity, normaliseIdentity } from '../../domain/subjects/identity'
import { lookupKeyOf } from './presenter'
import * as repo from './repository'
import type { CreateSubjectInput } from './schemas'

export type IdentityInput = CreateSubjectInput['identities'][number]

/** PostgreSQL unique_violation: two writers raced for the same identity. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
}

export async function translateRace<T>(work: () => Promise<T>, path: string): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new Conflict(
        'identity_recorded_concurrently',
        'This identity was recorded for a subject at the same moment.',
        {
          fields: [
            {
              path,
              code: 'identity_recorded_concurrently',
              message: 'Already recorded in this organisation',
            },
          ],
        },
      )
    }
    throw error
  }
}

const VALUE_CODES: Partial<Record<IdentityInput['kind'], FieldErrorCode>> = {
  email: 'invalid_email',
  phone: 'invalid_phone',
  national_number: 'invalid_national_number',
}

/** The code of an identity problem: a missing value, a value of its kind that is not valid, a system key. */
function identityCode(input: IdentityInput, problem: { field: string; message: string }): FieldErrorCode {
  if (problem.message === 'Required') return 'required'
  if (problem.field === 'value') return VALUE_CODES[input.kind] ?? 'invalid'
  return 'invalid'
}

/** Validates identities from a request body; every problem names its field (e.g. body.identities.0.value). */
export function normaliseAll(
  inputs: IdentityInput[],
  pathOf: (index: number) => string,
): NormalisedIdentity[] {
  const errors: FieldIssue[] = []
  const out: NormalisedIdentity[] = []
  inputs.forEach((input, index) => {
    const result = normaliseIdentity(input)
    if (result.ok) out.push(result.value)
    else
      for (const p of result.problems)
        errors.push({ path: `${pathOf(index)}.${p.field}`, message: p.message, code: identityCode(input, p) })
  })
  if (errors.length > 0) throw new InvalidInput(errors)
  return out
}

/** Refuses identities another subject (or this one) already has: 409 naming each field. */
export async function assertIdentitiesFree(
  ctx: TxContext,
  organizationId: string,
  identities: NormalisedIdentity[],
  pathOf: (index: number) => string,
  subjectId: string | null,
) {
  const keys = identities.map((i) => lookupKeyOf(ctx.encryption, i))
  const taken = await repo.findIdentitiesByLookup(ctx.db, organizationId, keys)
  if (taken.length === 0) return
  const owner = new Map(taken.map((t) => [t.lookupKey, t.subjectId]))
  const errors: FieldIssue[] = []
  keys.forEach((key, index) => {
    const holder = owner.get(key)
    if (holder === undefined) return
    errors.push({
      path: `${pathOf(index)}.value`,
      message:
        holder === subjectId
          ? 'This subject has this identity already'
          : `Already recorded for another subject (${holder})`,
      code: 'already_taken',
      params: { subjectId: holder, sameSubject: holder === subjectId },
    })
  })
  throw new Conflict('identity_taken', 'An identity is already recorded in this organisation.', {
    fields: errors,
  })
}

/** Keeps the first of identities that are the same person-identifier (same kind, system and value). */
export function withoutRepeats(identities: NormalisedIdentity[]): NormalisedIdentity[] {
  const seen = new Set<string>()
  return identities.filter((i) => {
    const id = `${i.kind}\u0000${i.systemKey}\u0000${i.lookupValue}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
