import type {
  ProcessorClientRow,
  ProcessorTransferRow,
  ProcessorVendorProfileRow,
  SubprocessorChangeRow,
  SubprocessorObjectionRow,
} from '../../db/schema'
import type { Vendor } from '../../domain/register/schema'
import type { ClientContacts } from '../client-routing'
import type { AgreementSummaryRow } from './repository'

export function presentAgreement(row: AgreementSummaryRow) {
  return {
    id: row.id,
    vendorKey: row.vendor_key,
    clientId: row.client_id,
    title: row.title,
    version: row.version,
    signedOn: row.signed_on,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    noticeDays: row.notice_days,
    clauses: row.clauses,
    document:
      row.document_filename === null
        ? null
        : {
            filename: row.document_filename,
            contentType: row.document_content_type ?? 'application/octet-stream',
            size: row.document_size ?? 0,
          },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

export function presentTransfer(row: ProcessorTransferRow) {
  return {
    id: row.id,
    vendorKey: row.vendor_key,
    country: row.country,
    mechanism: row.mechanism,
    sccModule: row.scc_module,
    dpfCheckedOn: row.dpf_checked_on,
    details: row.details,
    tiaNote: row.tia_note,
  }
}

export function presentProfile(row: ProcessorVendorProfileRow | undefined) {
  return {
    riskLevel: row?.risk_level ?? null,
    certifications: row?.certifications ?? [],
    subProcessors: (row?.sub_processors ?? []).map((s) => ({
      name: s.name,
      country: s.country,
      ...(s.services ? { services: s.services } : {}),
    })),
    nextReviewOn: row?.next_review_on ?? null,
    lastReviewedOn: row?.last_reviewed_on ?? null,
    notes: row?.notes ?? '',
  }
}

export function presentClient(
  row: ProcessorClientRow,
  contacts: ClientContacts,
  agreements: AgreementSummaryRow[],
) {
  return {
    id: row.id,
    name: row.name,
    enterpriseNumber: row.enterprise_number,
    language: row.language,
    contacts: {
      email: contacts.email,
      contactName: contacts.contactName ?? null,
      requestsEmail: contacts.requestsEmail ?? null,
      breachesEmail: contacts.breachesEmail ?? null,
    },
    instructions: row.instructions,
    activityKeys: row.activity_keys,
    status: row.status,
    systemReference: row.system_reference,
    agreements: agreements.map(presentAgreement),
    createdAt: row.created_at.toISOString(),
  }
}

export function presentChange(
  row: SubprocessorChangeRow,
  objections: (SubprocessorObjectionRow & { client_name: string | null })[],
) {
  return {
    id: row.id,
    kind: row.kind,
    vendor: {
      key: row.vendor.key,
      name: row.vendor.name,
      country: row.vendor.country,
      ...(row.vendor.services ? { services: row.vendor.services } : {}),
    },
    note: row.note,
    windowDays: row.window_days,
    announcedAt: row.announced_at.toISOString(),
    effectiveAt: row.effective_at.toISOString(),
    status: row.status,
    appliedAt: row.applied_at?.toISOString() ?? null,
    applyError: row.apply_error,
    objections: objections.map((o) => ({
      id: o.id,
      clientId: o.client_id,
      clientName: o.client_name,
      reason: o.reason,
      at: o.created_at.toISOString(),
    })),
  }
}

/** A register vendor with what the processors module keeps on it: one shape for the list and the detail. */
export function presentVendor(v: {
  vendor: Pick<Vendor, 'key' | 'name' | 'country' | 'role' | 'services'>
  profile: ProcessorVendorProfileRow | undefined
  agreements: readonly AgreementSummaryRow[]
  transfers: readonly ProcessorTransferRow[]
}) {
  return {
    key: v.vendor.key,
    name: v.vendor.name,
    country: v.vendor.country,
    role: v.vendor.role,
    services: v.vendor.services ?? null,
    profile: presentProfile(v.profile),
    agreements: v.agreements.map(presentAgreement),
    transfers: v.transfers.map(presentTransfer),
  }
}
