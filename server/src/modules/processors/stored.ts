import { z } from 'zod'
import type { ClauseChecklist, SubProcessorOfVendor } from '../../db/schema'
import { StoredDataInvalid } from '../../domain/errors'
import { CLAUSE_LETTERS } from '../../domain/processors/art28'
import { defineStoredJson } from '../../lib/stored-json'

/**
 * The JSON the processors module stores (decision 0025, as webhook event data): checked on the way in, read back
 * through a schema - a malformed value is an error with the row, never a cast.
 */

const clause = z.object({ present: z.boolean(), location: z.string().optional() })

/** The Art. 28(3) checklist of an agreement (`processor_agreements.clauses`), versioned under `$v`. */
export const storedClauses = defineStoredJson<ClauseChecklist>({
  name: 'processor.agreement-clauses',
  version: 1,
  schema: z.object(
    Object.fromEntries(CLAUSE_LETTERS.map((l) => [l, clause.optional()])),
  ) as z.ZodType<ClauseChecklist>,
})

/**
 * A vendor's sub-processors and certifications (`processor_vendor_profiles`): JSON arrays, which cannot carry a
 * version key; their shape is checked on every read instead (a new shape would need a new column or a wrapper).
 */
const subProcessors = z.array(
  z.object({ name: z.string(), country: z.string(), services: z.string().optional() }),
)
const certifications = z.array(z.string())

function parsed<T>(schema: z.ZodType<T>, store: string, stored: unknown, rowId: string): T {
  const value = typeof stored === 'string' ? safeJson(stored) : stored
  const result = schema.safeParse(value)
  if (!result.success) throw new StoredDataInvalid(store, rowId, 'invalid', z.prettifyError(result.error))
  return result.data
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

export function readSubProcessors(stored: unknown, rowId: string): SubProcessorOfVendor[] {
  return parsed(subProcessors, 'processor.sub-processors', stored, rowId)
}

export function readCertifications(stored: unknown, rowId: string): string[] {
  return parsed(certifications, 'processor.certifications', stored, rowId)
}
