import { type Kysely, type Migration, type MigrationResult, Migrator, sql } from 'kysely'
import * as foundation from './migrations/0001-foundation'
import * as register from './migrations/0002-register'
import * as notices from './migrations/0003-notices'
import * as subjectsRequests from './migrations/0004-subjects-requests'
import * as connectors from './migrations/0005-connectors'
import * as retentionHolds from './migrations/0006-retention-holds'
import * as connectorSafety from './migrations/0007-connector-safety'
import * as auditKeyAndAccounts from './migrations/0008-audit-key-and-accounts'
import * as personalDataAtRest from './migrations/0009-personal-data-at-rest'
import * as sharedWebState from './migrations/0010-shared-web-state'
import * as requestDeadlines from './migrations/0012-request-deadlines'
import * as webhooks from './migrations/0013-webhooks'
import * as idempotencyKeys from './migrations/0014-idempotency-keys'
import * as durableDiscoveries from './migrations/0016-durable-discoveries'
import * as openEndedHolds from './migrations/0017-open-ended-holds'
import * as retention from './migrations/0018-retention'
import * as consent from './migrations/0019-consent'
import * as suppression from './migrations/0020-suppression'
import * as cookies from './migrations/0021-cookies'
import * as breaches from './migrations/0022-breaches'
import * as processors from './migrations/0023-processors'
import * as dpiaActionPlan from './migrations/0024-dpia-action-plan'
import * as setupAndSlugs from './migrations/0025-setup-and-slugs'
import * as mailSettings from './migrations/0026-mail-settings'
import * as webhookSecretOverlap from './migrations/0028-webhook-secret-overlap'
import * as retentionSubjectEvents from './migrations/0035-retention-subject-events'
import * as cookieScansOnRequest from './migrations/0036-cookie-scans-on-request'
import * as processorContractEnds from './migrations/0038-processor-contract-ends'
import * as retentionSharedRows from './migrations/0040-retention-shared-rows'
import * as consentPropagations from './migrations/0041-consent-propagations'
import * as breachEvidence from './migrations/0042-breach-evidence'
import * as processorUniqueReferences from './migrations/0043-processor-unique-references'
import * as capabilityScopes from './migrations/0045-capability-scopes'
import * as subjectNameSearchOrder from './migrations/0046-subject-name-search-order'
import * as retentionConsentRenewal from './migrations/0049-retention-consent-renewal'
import * as breachTimelineKeys from './migrations/0050-breach-timeline-keys'
import * as complianceSnapshots from './migrations/0052-compliance-snapshots'
import * as retentionRunConsentRenewals from './migrations/0053-retention-run-consent-renewals'
import * as consentStatusSealedIdentity from './migrations/0054-consent-status-sealed-identity'
import * as cookieProposals from './migrations/0055-cookie-proposals'
import * as breachCountedNotesToKeys from './migrations/0056-breach-counted-notes-to-keys'
import * as breachAffectedCounts from './migrations/0063-breach-affected-counts'
import * as dpiaSignedPdf from './migrations/0065-dpia-signed-pdf'
import * as breachCountHeartbeat from './migrations/0068-breach-count-heartbeat'
import * as auditEmptiedEvents from './migrations/0069-audit-emptied-events'
import * as legalHoldKeptRows from './migrations/0070-legal-hold-kept-rows'
import * as robinsonMail from './migrations/0071-robinson-mail'
import * as actionDigest from './migrations/0072-action-digest'
import * as subjectNameKeysInRow from './migrations/0073-subject-name-keys-in-row'
import * as cookieScanOneUnderway from './migrations/0074-cookie-scan-one-underway'
import * as dpiaSignedCopies from './migrations/0075-dpia-signed-copies'
import * as consentParentalConfirmations from './migrations/0076-consent-parental-confirmations'
import * as retentionHttpAndTasks from './migrations/0077-retention-http-and-tasks'
import * as subjectIdentitiesOneUniqueIndex from './migrations/0080-subject-identities-one-unique-index'
import * as retentionSweepRequests from './migrations/0083-retention-sweep-requests'
import * as legalHoldHistoryKept from './migrations/0084-legal-hold-history-kept'
import * as apiAccessAnnounced from './migrations/0087-api-access-announced'
import * as parentalRequestClosedBecause from './migrations/0090-parental-request-closed-because'
import * as retentionRunItems from './migrations/0091-retention-run-items'
import * as retentionRunItemsNoPersonCopy from './migrations/0095-retention-run-items-no-person-copy'
import * as retentionRunListPurged from './migrations/0096-retention-run-list-purged'
import * as registerRevisions from './migrations/0099-register-revisions'
import * as retentionBatchProof from './migrations/0100-retention-batch-proof'
import type { DB } from './schema'

/** Migrations are listed in code (not read from disk) so the order is explicit and bundling-safe. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-register': register,
  '0003-notices': notices,
  '0004-subjects-requests': subjectsRequests,
  '0005-connectors': connectors,
  '0006-retention-holds': retentionHolds,
  '0007-connector-safety': connectorSafety,
  '0008-audit-key-and-accounts': auditKeyAndAccounts,
  '0009-personal-data-at-rest': personalDataAtRest,
  '0010-shared-web-state': sharedWebState,
  '0012-request-deadlines': requestDeadlines,
  '0013-webhooks': webhooks,
  '0014-idempotency-keys': idempotencyKeys,
  '0016-durable-discoveries': durableDiscoveries,
  '0017-open-ended-holds': openEndedHolds,
  '0018-retention': retention,
  '0019-consent': consent,
  '0023-processors': processors,
  '0024-dpia-action-plan': dpiaActionPlan,
  '0021-cookies': cookies,
  '0020-suppression': suppression,
  '0022-breaches': breaches,
  '0026-mail-settings': mailSettings,
  '0028-webhook-secret-overlap': webhookSecretOverlap,
  '0025-setup-and-slugs': setupAndSlugs,
  '0035-retention-subject-events': retentionSubjectEvents,
  '0038-processor-contract-ends': processorContractEnds,
  '0036-cookie-scans-on-request': cookieScansOnRequest,
  '0040-retention-shared-rows': retentionSharedRows,
  '0045-capability-scopes': capabilityScopes,
  '0046-subject-name-search-order': subjectNameSearchOrder,
  '0049-retention-consent-renewal': retentionConsentRenewal,
  '0042-breach-evidence': breachEvidence,
  '0043-processor-unique-references': processorUniqueReferences,
  '0041-consent-propagations': consentPropagations,
  '0052-compliance-snapshots': complianceSnapshots,
  '0050-breach-timeline-keys': breachTimelineKeys,
  '0053-retention-run-consent-renewals': retentionRunConsentRenewals,
  '0055-cookie-proposals': cookieProposals,
  '0054-consent-status-sealed-identity': consentStatusSealedIdentity,
  '0056-breach-counted-notes-to-keys': breachCountedNotesToKeys,
  '0063-breach-affected-counts': breachAffectedCounts,
  '0065-dpia-signed-pdf': dpiaSignedPdf,
  '0068-breach-count-heartbeat': breachCountHeartbeat,
  '0069-audit-emptied-events': auditEmptiedEvents,
  '0070-legal-hold-kept-rows': legalHoldKeptRows,
  '0076-consent-parental-confirmations': consentParentalConfirmations,
  '0074-cookie-scan-one-underway': cookieScanOneUnderway,
  '0073-subject-name-keys-in-row': subjectNameKeysInRow,
  '0071-robinson-mail': robinsonMail,
  '0072-action-digest': actionDigest,
  '0075-dpia-signed-copies': dpiaSignedCopies,
  '0080-subject-identities-one-unique-index': subjectIdentitiesOneUniqueIndex,
  '0077-retention-http-and-tasks': retentionHttpAndTasks,
  '0083-retention-sweep-requests': retentionSweepRequests,
  '0084-legal-hold-history-kept': legalHoldHistoryKept,
  '0087-api-access-announced': apiAccessAnnounced,
  '0091-retention-run-items': retentionRunItems,
  '0090-parental-request-closed-because': parentalRequestClosedBecause,
  '0095-retention-run-items-no-person-copy': retentionRunItemsNoPersonCopy,
  '0096-retention-run-list-purged': retentionRunListPurged,
  '0099-register-revisions': registerRevisions,
  '0100-retention-batch-proof': retentionBatchProof,
}

/** The migration a ready database carries (checked by /readyz). */
export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1)

export class MigrationError extends Error {}

export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResult[]> {
  if (await everyMigrationApplied(db)) return []
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'custos_migrations',
    migrationLockTableName: 'custos_migrations_lock',
    // 0006-0009 landed out of numeric order on one day; a database that ran a later one first must still migrate.
    allowUnorderedMigrations: true,
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')
    throw new MigrationError(
      `Migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  return results ?? []
}

/**
 * One query instead of the migrator's table checks, lock and catalog reads on every start: true when the
 * database has recorded every migration this version knows (docs/decisions/0021). Anything else - no table yet,
 * a migration missing - goes through the migrator, which takes its lock and re-checks.
 */
async function everyMigrationApplied(db: Kysely<DB>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from custos_migrations`.execute(db)
    const applied = new Set(rows.map((r) => r.name))
    return Object.keys(migrations).every((name) => applied.has(name))
  } catch {
    return false
  }
}
