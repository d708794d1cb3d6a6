import { z } from 'zod'
import type { JobDefinition } from './types'

/** How a job's payload is stored in the queue: the version that wrote it, and the payload itself. */
export interface StoredJobPayload {
  version: number
  payload: object
}

const envelope = z.strictObject({
  version: z.number().int().min(1),
  payload: z.record(z.string(), z.unknown()),
})

/** Why a stored payload was not run: its version is not one this code reads, or it does not match the schema. */
export class JobPayloadError extends Error {
  constructor(
    readonly job: string,
    readonly storedVersion: number,
    readonly reason: 'newer-version' | 'older-version' | 'invalid-payload',
    message: string,
  ) {
    super(message)
    this.name = 'JobPayloadError'
  }
}

/** Validates a payload of the current version and wraps it for the queue. */
export function wrapJobPayload<T>(job: JobDefinition<T>, data: T): StoredJobPayload {
  const payload = job.schema.parse(data)
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new TypeError('A job payload must be an object')
  }
  return { version: job.version, payload }
}

/**
 * Reads a payload from the queue as the current version: an older one is upgraded when the definition can, a
 * payload without the envelope (queued before jobs had versions) is version 1. Anything else is a
 * JobPayloadError saying why - never a payload run as if it were current.
 */
export function readJobPayload<T>(job: JobDefinition<T>, stored: unknown): T {
  const wrapped = envelope.safeParse(stored)
  const { version, payload } = wrapped.success ? wrapped.data : { version: 1, payload: stored }
  if (version > job.version) {
    throw new JobPayloadError(
      job.name,
      version,
      'newer-version',
      `Job ${job.name} payload has version ${version}, newer than ${job.version} known here (a newer release queued it)`,
    )
  }
  let current: unknown = payload
  if (version < job.version) {
    if (!job.upgrade) {
      throw new JobPayloadError(
        job.name,
        version,
        'older-version',
        `Job ${job.name} payload has version ${version}; this release runs version ${job.version} and cannot upgrade it`,
      )
    }
    current = job.upgrade(payload, version)
  }
  const parsed = job.schema.safeParse(current)
  if (!parsed.success) {
    throw new JobPayloadError(
      job.name,
      version,
      'invalid-payload',
      `Job ${job.name} payload (version ${version}) does not match its schema: ${z.prettifyError(parsed.error)}`,
    )
  }
  return parsed.data
}
