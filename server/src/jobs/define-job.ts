import type { JobDefinition } from './types'

/** Identity helper: lets TypeScript infer the payload type of a job from its schema. */
export function defineJob<T>(definition: JobDefinition<T>): JobDefinition<T> {
  return definition
}
