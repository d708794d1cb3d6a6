import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCustos, TEMPLATE_DIR_VARIABLE } from './server'

/**
 * Vitest global set-up of the browser project: one `custos start` on a new data directory with the first-run
 * set-up done, stopped, and its directory handed to the test files through the environment (startCustos copies
 * it). Migrating a new embedded database and hashing the owner's password took most of each file's start.
 */
export default async function setUpTemplate(): Promise<() => void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'custos-e2e-template-'))
  const custos = await startCustos({ dataDir })
  await custos.stop()
  process.env[TEMPLATE_DIR_VARIABLE] = dataDir
  return () => rmSync(dataDir, { recursive: true, force: true })
}
