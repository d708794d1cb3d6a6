import { randomBytes } from 'node:crypto'
import { hashPassword, verifyPassword } from '../../server/src/auth/passwords'
import { createEncryption } from '../../server/src/crypto/encryption'
import { nationalNumberFor } from '../../server/src/domain'
import { batched, type Measurement, measure, sequential } from '../measure'
import type { Profile } from '../profile'

/** Database-independent costs: argon2id verification and the field encryption of identifiers. */
export async function cryptoScenarios(profile: Profile, log: (line: string) => void): Promise<Measurement[]> {
  const results: Measurement[] = []

  log(`argon2id verify (${profile.logins} verifications)`)
  const password = 'correct horse battery staple'
  const hash = await hashPassword(password)
  results.push(
    await measure({
      scenario: 'argon2id verify (m=19 MiB, t=2, p=1)',
      backend: 'none',
      unit: 'verifications/s',
      runs: profile.logins,
      warmupRuns: 3,
      latencyOf: 'one verification',
      run: () =>
        sequential(1, async () => {
          if (!(await verifyPassword(hash, password))) throw new Error('argon2id verification failed')
        }),
    }),
  )

  const encryption = createEncryption(randomBytes(32))
  // Valid Belgian national register numbers (rijksregisternummers), as stored on a data subject.
  const numbers = Array.from({ length: 998 }, (_, i) => nationalNumberFor('1985-07-30', i + 1))
  const numberAt = (i: number) => numbers[i % numbers.length] ?? ''
  const { cryptoBatches: batches, cryptoBatchSize: size } = profile

  log(`encrypt + decrypt national number (${profile.runs} × ${batches * size})`)
  results.push(
    await measure({
      scenario: 'encrypt + decrypt national number (AES-256-GCM)',
      backend: 'none',
      unit: 'ops/s',
      runs: profile.runs,
      warmupRuns: 1,
      latencyOf: 'one encrypt + decrypt (batch mean)',
      run: async () =>
        batched(batches, size, (i) => {
          const value = numberAt(i)
          const context = `subjects.national_number:${i}`
          if (encryption.decrypt(encryption.encrypt(value, context), context) !== value) {
            throw new Error('Round trip changed the value')
          }
        }),
    }),
  )

  log(`blind index of national number (${profile.runs} × ${batches * size})`)
  let sink = 0
  results.push(
    await measure({
      scenario: 'blind index national number (HMAC-SHA256)',
      backend: 'none',
      unit: 'ops/s',
      runs: profile.runs,
      warmupRuns: 1,
      latencyOf: 'one blind index (batch mean)',
      run: async () =>
        batched(batches, size, (i) => {
          sink += encryption.blindIndex(numberAt(i), 'subjects.national_number').length
        }),
    }),
  )
  if (sink === 0) throw new Error('Blind index produced nothing')
  return results
}
