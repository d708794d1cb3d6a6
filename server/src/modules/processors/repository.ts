/** The queries of vendors (the organisation's own processors): profiles, agreements, transfers. */
import type { Kysely, Transaction } from 'kysely'
import type {
  ClauseChecklist,
  DB,
  ProcessorAgreementRow,
  ProcessorTransferRow,
  ProcessorVendorProfileRow,
  RiskLevel,
  SubProcessorOfVendor,
  TransferMechanism,
} from '../../db/schema'

import { readCertifications, readSubProcessors, storedClauses } from './stored'

type Db = Kysely<DB> | Transaction<DB>

/** A profile row with its JSON lists read through their schemas (stored.ts). */
function readProfile<T extends ProcessorVendorProfileRow | undefined>(row: T): T {
  if (!row) return row
  return {
    ...row,
    certifications: readCertifications(row.certifications, row.id),
    sub_processors: readSubProcessors(row.sub_processors, row.id),
  }
}

/** An agreement row with its checklist read through the stored schema (stored.ts). */
function readAgreement<T extends { id: string; clauses: ClauseChecklist } | undefined>(row: T): T {
  if (!row) return row
  return { ...row, clauses: storedClauses.read(row.clauses, row.id) }
}

/** The agreement columns without the document's ciphertext (lists never carry it). */
const AGREEMENT_COLUMNS = [
  'id',
  'organization_id',
  'vendor_key',
  'client_id',
  'title',
  'version',
  'signed_on',
  'starts_on',
  'ends_on',
  'notice_days',
  'clauses',
  'document_filename',
  'document_content_type',
  'document_size',
  'created_at',
  'updated_at',
] as const
export type AgreementSummaryRow = Omit<ProcessorAgreementRow, 'document_encrypted'>

// Vendor profiles

export function listProfiles(db: Db, organizationId: string): Promise<ProcessorVendorProfileRow[]> {
  return db
    .selectFrom('processor_vendor_profiles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .execute()
    .then((rows) => rows.map(readProfile))
}

export function findProfile(db: Db, organizationId: string, vendorKey: string) {
  return db
    .selectFrom('processor_vendor_profiles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('vendor_key', '=', vendorKey)
    .executeTakeFirst()
    .then(readProfile)
}

export interface ProfileValues {
  risk_level: RiskLevel | null
  certifications: string[]
  sub_processors: SubProcessorOfVendor[]
  next_review_on: string | null
  last_reviewed_on: string | null
  notes: string
}

export function upsertProfile(
  trx: Transaction<DB>,
  organizationId: string,
  vendorKey: string,
  values: ProfileValues,
): Promise<ProcessorVendorProfileRow> {
  const row = {
    ...values,
    certifications: JSON.stringify(values.certifications),
    sub_processors: JSON.stringify(values.sub_processors),
  }
  return trx
    .insertInto('processor_vendor_profiles')
    .values({ organization_id: organizationId, vendor_key: vendorKey, ...row })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'vendor_key']).doUpdateSet({ ...row, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow()
    .then(readProfile)
}

/** Profiles whose review date has come and was not yet reminded for that date. */
export function profilesDueForReminder(db: Db, today: string): Promise<ProcessorVendorProfileRow[]> {
  return db
    .selectFrom('processor_vendor_profiles')
    .selectAll()
    .where('next_review_on', '<=', today)
    .where((eb) =>
      eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '<>', eb.ref('next_review_on'))]),
    )
    .execute()
    .then((rows) => rows.map(readProfile))
}

export function markReminded(trx: Transaction<DB>, id: string, reviewOn: string) {
  return trx
    .updateTable('processor_vendor_profiles')
    .set({ reminded_for: reviewOn })
    .where('id', '=', id)
    .where('next_review_on', '=', reviewOn)
    .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '<>', reviewOn)]))
    .executeTakeFirst()
}

// Agreements

export function listAgreements(
  db: Db,
  organizationId: string,
  filter: { vendorKey?: string; clientId?: string } = {},
): Promise<AgreementSummaryRow[]> {
  let query = db
    .selectFrom('processor_agreements')
    .select(AGREEMENT_COLUMNS)
    .where('organization_id', '=', organizationId)
  if (filter.vendorKey !== undefined) query = query.where('vendor_key', '=', filter.vendorKey)
  if (filter.clientId !== undefined) query = query.where('client_id', '=', filter.clientId)
  return query
    .orderBy('signed_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
    .then((rows) => rows.map(readAgreement))
}

export function findAgreement(db: Db, organizationId: string, id: string) {
  return db
    .selectFrom('processor_agreements')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst()
    .then(readAgreement)
}

export interface AgreementValues {
  title: string
  version: string
  signed_on: string | null
  starts_on: string | null
  ends_on: string | null
  notice_days: number | null
  clauses: ClauseChecklist
}

export interface AgreementDocument {
  document_filename: string
  document_content_type: string
  document_size: number
  document_encrypted: string
}

export function insertAgreement(
  trx: Transaction<DB>,
  row: {
    id: string
    organizationId: string
    vendorKey: string | null
    clientId: string | null
  } & AgreementValues &
    Partial<AgreementDocument>,
): Promise<AgreementSummaryRow> {
  const { id, organizationId, vendorKey, clientId, clauses, ...rest } = row
  return trx
    .insertInto('processor_agreements')
    .values({
      id,
      organization_id: organizationId,
      vendor_key: vendorKey,
      client_id: clientId,
      clauses: storedClauses.serialize(clauses),
      ...rest,
    })
    .returning(AGREEMENT_COLUMNS)
    .executeTakeFirstOrThrow()
    .then(readAgreement)
}

export function updateAgreement(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  patch: Partial<AgreementValues> & Partial<AgreementDocument>,
): Promise<AgreementSummaryRow | undefined> {
  const { clauses, ...rest } = patch
  return trx
    .updateTable('processor_agreements')
    .set({
      ...rest,
      ...(clauses ? { clauses: storedClauses.serialize(clauses) } : {}),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(AGREEMENT_COLUMNS)
    .executeTakeFirst()
    .then(readAgreement)
}

export function deleteAgreement(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .deleteFrom('processor_agreements')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(['id', 'title', 'vendor_key', 'client_id'])
    .executeTakeFirst()
}

// Transfers

export function listTransfers(
  db: Db,
  organizationId: string,
  vendorKey?: string,
): Promise<ProcessorTransferRow[]> {
  let query = db.selectFrom('processor_transfers').selectAll().where('organization_id', '=', organizationId)
  if (vendorKey !== undefined) query = query.where('vendor_key', '=', vendorKey)
  return query.orderBy('created_at').orderBy('id').execute()
}

export interface TransferValues {
  country: string
  mechanism: TransferMechanism
  scc_module: number | null
  dpf_checked_on: string | null
  details: string
  tia_note: string
}

export function insertTransfer(
  trx: Transaction<DB>,
  organizationId: string,
  vendorKey: string,
  values: TransferValues,
): Promise<ProcessorTransferRow> {
  return trx
    .insertInto('processor_transfers')
    .values({ organization_id: organizationId, vendor_key: vendorKey, ...values })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function updateTransfer(
  trx: Transaction<DB>,
  organizationId: string,
  id: string,
  values: Partial<TransferValues>,
): Promise<ProcessorTransferRow | undefined> {
  return trx
    .updateTable('processor_transfers')
    .set({ ...values, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
}

export function deleteTransfer(trx: Transaction<DB>, organizationId: string, id: string) {
  return trx
    .deleteFrom('processor_transfers')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returning(['id', 'vendor_key', 'country'])
    .executeTakeFirst()
}
