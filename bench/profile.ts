/** How much work each measurement does; `--quick` trades precision for a run of well under a minute. */
export interface Profile {
  name: 'full' | 'quick'
  /** Recorded runs per measurement (each after one unrecorded warm-up run). */
  runs: number
  /** Audit appends per run (split over the writers in the concurrent case). */
  appends: number
  /** Length of the chain that verifyAuditChain walks. */
  verifyEvents: number
  /** API requests per run. */
  requests: number
  /** Timed logins (argon2id), each its own run. */
  logins: number
  /** Encryption micro-benchmark: batches per run and calls per batch. */
  cryptoBatches: number
  cryptoBatchSize: number
}

export const FULL: Profile = {
  name: 'full',
  runs: 5,
  appends: 500,
  verifyEvents: 5_000,
  requests: 200,
  logins: 20,
  cryptoBatches: 50,
  cryptoBatchSize: 1_000,
}

export const QUICK: Profile = {
  name: 'quick',
  runs: 2,
  appends: 100,
  verifyEvents: 1_000,
  requests: 50,
  logins: 5,
  cryptoBatches: 10,
  cryptoBatchSize: 500,
}
