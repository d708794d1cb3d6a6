/**
 * Public face of the samples module: sample organisations built from the example registers, separate from the
 * user's own organisation and deletable by their owner (issue 15 item 2, decision 0046).
 */
export { sampleOperations } from './operations'
export { sampleActions } from './policy'
export { registerSampleRoutes } from './routes'
export { SAMPLE_EXAMPLES, type SampleExample } from './sample-data'
export { createSampleOrganization, deleteSampleOrganization } from './service'
