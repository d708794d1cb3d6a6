import type { ConnectionCheck } from '../../connectors/driver'
import type { AppContext } from '../../context'
import { DecryptionError } from '../../crypto/encryption'
import { InvalidInput, NotFound } from '../../domain/errors'
import type { Organization } from '../organizations'
import { connectionSettingsOf, openDriverForDataset } from './open-driver'
import { findDataset, recordConnectionCheck } from './repository'
import { withoutSecret } from './secret'

const CHECK_TIMEOUT_MS = 30_000

/** Runs a driver's check with a time limit; whatever goes wrong becomes a failed check, never an exception. */
export async function runCheck(open: () => { check(): Promise<ConnectionCheck>; close(): Promise<void> }) {
  let timer: NodeJS.Timeout | undefined
  try {
    const driver = open()
    try {
      const timeout = new Promise<ConnectionCheck>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, message: `No answer within ${CHECK_TIMEOUT_MS / 1000} seconds` }),
          CHECK_TIMEOUT_MS,
        )
      })
      return await Promise.race([driver.check(), timeout])
    } finally {
      clearTimeout(timer)
      await driver.close().catch(() => {})
    }
  } catch (error) {
    const message =
      error instanceof DecryptionError
        ? 'The stored secret cannot be decrypted (was the secret key changed?): enter it again'
        : error instanceof Error
          ? error.message
          : String(error)
    return { ok: false, message } satisfies ConnectionCheck
  }
}

/** "Test connection": connects with the stored settings, keeps the outcome as the dataset's last check. */
export async function checkDatasetConnection(ctx: AppContext, org: Organization, key: string) {
  const dataset = await findDataset(ctx.db, org.id, key)
  if (!dataset) throw new NotFound('dataset')
  if (dataset.connector === 'manual') {
    throw new InvalidInput(
      [{ path: 'key', code: 'manual_system', message: 'A manual system has no connection to test' }],
      'A manual system is handled by an agent, not through a connection.',
      'connection_not_testable',
    )
  }
  let secret: string | undefined
  try {
    secret = connectionSettingsOf(ctx, dataset).secret
  } catch {
    secret = undefined
  }
  const result = await runCheck(() => openDriverForDataset(ctx, dataset))
  const problem = result.ok ? undefined : result.problem
  const check = {
    at: new Date(),
    ok: result.ok,
    message: withoutSecret(result.message, secret).slice(0, 1000),
    ...(problem ? { problem } : {}),
  }
  await recordConnectionCheck(ctx.db, org.id, dataset.id, check)
  return { ok: check.ok, message: check.message, at: check.at.toISOString(), ...(problem ? { problem } : {}) }
}
