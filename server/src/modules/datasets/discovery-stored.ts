import { z } from 'zod'
import { defineStoredJson } from '../../lib/stored-json'
import { discoverBody, discoverResult } from './schemas'

/** The connection typed for a discovery (secret included), kept encrypted until it ends so a worker can resume it. */
export const storedDiscoveryInput = defineStoredJson({
  name: 'dataset_discovery.input',
  version: 1,
  schema: discoverBody,
})

/** Tables read so far; rows of before versions may lack any of it (`{}` is the column default). */
export const storedDiscoveryProgress = defineStoredJson({
  name: 'dataset_discovery.progress',
  version: 1,
  schema: z.object({
    done: z.number().int().min(0).default(0),
    total: z.number().int().min(0).default(0),
    table: z.string().optional(),
  }),
})

/** The proposal, kept encrypted: what the API answers once the discovery is done. */
export const storedDiscoveryProposal = defineStoredJson({
  name: 'dataset_discovery.result',
  version: 1,
  schema: discoverResult,
})
