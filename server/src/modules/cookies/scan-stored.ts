import { z } from 'zod'
import { COOKIE_CATEGORIES } from '../../domain/cookies/catalogue'
import type { Finding, ScanResult } from '../../domain/cookies/findings'
import { defineStoredJson } from '../../lib/stored-json'

const phaseSchema = z.object({
  cookies: z.array(z.object({ name: z.string(), domain: z.string(), page: z.string() })),
  storage: z.array(
    z.object({ kind: z.enum(['localStorage', 'indexedDB']), name: z.string(), page: z.string() }),
  ),
  requests: z.array(z.object({ host: z.string(), url: z.string(), page: z.string() })),
})
const resultSchema: z.ZodType<ScanResult> = z.object({
  pages: z.array(z.string()),
  before: phaseSchema,
  accepted: phaseSchema,
  rejected: phaseSchema,
})
export const findingSchema: z.ZodType<Finding> = z.object({
  code: z.enum([
    'cookie_before_consent',
    'tracker_before_consent',
    'cookie_after_reject',
    'tracker_after_reject',
    'cookie_not_in_inventory',
    'host_not_a_vendor',
  ]),
  subject: z.string(),
  page: z.string(),
  service: z.string().nullable(),
  category: z.enum(COOKIE_CATEGORIES).nullable(),
})

/**
 * What Chromium saw in a completed scan (`cookie_scans.result`, decision 0042): the pages and each phase's cookies,
 * storage and third-party requests. Written with `$v`; rows written before carry none and read as version 1. A scan
 * that did not complete keeps `{}` there and is never read.
 */
export const storedScanResult = defineStoredJson<ScanResult>({
  name: 'cookie_scan.result',
  version: 1,
  schema: resultSchema,
})

const storedFindingList = defineStoredJson<{ items: Finding[] }>({
  name: 'cookie_scan.findings',
  version: 1,
  schema: z.object({ items: z.array(findingSchema) }),
})

/**
 * A scan's findings (`cookie_scans.findings`). Version 1 was the bare array (decision 0025: an array carries no
 * version), still read as such; from this release they are written as `{ items, $v }`, so a later change of shape
 * has its version to upgrade from.
 */
export const storedScanFindings = {
  serialize: (findings: Finding[]) => storedFindingList.serialize({ items: findings }),
  read: (stored: unknown, rowId: string): Finding[] =>
    storedFindingList.read(Array.isArray(stored) ? { items: stored } : stored, rowId).items,
}
