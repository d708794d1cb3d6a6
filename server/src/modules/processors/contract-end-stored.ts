import { z } from 'zod'
import type { ContractEndOutcome } from '../../domain/processors/contract-end'
import { defineStoredJson } from '../../lib/stored-json'

/** The outcome of a contract end as stored in `processor_contract_ends.outcome` (decision 0050). */
export const storedContractEndOutcome = defineStoredJson<ContractEndOutcome>({
  name: 'processor.contract-end-outcome',
  version: 1,
  schema: z.object({
    runId: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    systems: z.array(
      z.object({
        dataset: z.string(),
        datasetName: z.string(),
        system: z.string(),
        systemName: z.string(),
        collections: z.array(
          z.object({
            collection: z.string(),
            found: z.number().int().min(0),
            deleted: z.number().int().min(0),
            masked: z.number().int().min(0),
            kept: z.array(
              z.object({
                rows: z.number().int().min(0),
                reason: z.enum(['retention', 'shared', 'referenced', 'reference_data', 'legal_hold']),
                rule: z.string().optional(),
                until: z.string().nullable().optional(),
                holdReason: z.string().optional(),
              }),
            ),
          }),
        ),
      }),
    ),
  }),
})
