import { randomUUID } from 'node:crypto'
import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import type { RiskLevel, SubProcessorOfVendor, TransferMechanism } from '../../db/schema'
import type { IsoDate } from '../../domain/calendar-date'
import { NotFound } from '../../domain/errors'
import type { ClauseChecklist } from '../../domain/processors/art28'
import { checkProcessors } from '../../domain/processors/findings'
import type { Vendor } from '../../domain/register/schema'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { sealDocument } from './agreement-document'
import { findClient } from './client-repository'
import {
  type AgreementValues,
  deleteAgreement,
  deleteTransfer,
  insertAgreement,
  insertTransfer,
  listAgreements,
  listProfiles,
  listTransfers,
  type ProfileValues,
  type TransferValues,
  updateAgreement,
  updateTransfer,
  upsertProfile,
} from './repository'

export interface DocumentInput {
  filename: string
  contentType: string
  base64: string
}

export interface AgreementInput {
  title: string
  version?: string | undefined
  signedOn?: string | null | undefined
  startsOn?: string | null | undefined
  endsOn?: string | null | undefined
  noticeDays?: number | null | undefined
  clauses?: ClauseChecklist | undefined
  document?: DocumentInput | undefined
}

/** The register's vendor with this key; not_found (register_entry) when there is none. */
async function registerVendor(ctx: AppContext, org: Organization, key: string): Promise<Vendor> {
  const vendor = (await loadRegister(ctx, org)).vendors.find((v) => v.key === key)
  if (!vendor) throw new NotFound('register_entry')
  return vendor
}

/** Every register vendor with what this module keeps about it. */
export async function vendorsOverview(ctx: AppContext, org: Organization) {
  const [doc, profiles, agreements, transfers] = await Promise.all([
    loadRegister(ctx, org),
    listProfiles(ctx.db, org.id),
    listAgreements(ctx.db, org.id),
    listTransfers(ctx.db, org.id),
  ])
  return doc.vendors.map((vendor) => ({
    vendor,
    profile: profiles.find((p) => p.vendor_key === vendor.key),
    agreements: agreements.filter((a) => a.vendor_key === vendor.key),
    transfers: transfers.filter((t) => t.vendor_key === vendor.key),
  }))
}

export async function vendorDetail(ctx: AppContext, org: Organization, key: string) {
  const vendor = await registerVendor(ctx, org, key)
  const [profiles, agreements, transfers] = await Promise.all([
    listProfiles(ctx.db, org.id),
    listAgreements(ctx.db, org.id, { vendorKey: key }),
    listTransfers(ctx.db, org.id, key),
  ])
  return { vendor, profile: profiles.find((p) => p.vendor_key === key), agreements, transfers }
}

export interface ProfileInput {
  riskLevel: RiskLevel | null
  certifications: string[]
  subProcessors: SubProcessorOfVendor[]
  nextReviewOn: string | null
  lastReviewedOn: string | null
  notes: string
}

export async function saveVendorProfile(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  key: string,
  input: ProfileInput,
) {
  await registerVendor(ctx, org, key)
  const values: ProfileValues = {
    risk_level: input.riskLevel,
    certifications: input.certifications,
    sub_processors: input.subProcessors,
    next_review_on: input.nextReviewOn,
    last_reviewed_on: input.lastReviewedOn,
    notes: input.notes,
  }
  return inTransaction(ctx, async (ctx) => {
    const row = await upsertProfile(ctx.db, org.id, key, values)
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.profile_saved',
      targetType: 'processor',
      targetId: key,
      summary: { vendor: key, riskLevel: input.riskLevel, nextReviewOn: input.nextReviewOn },
    })
    return row
  })
}

/** A document sent as base64 in the agreement's JSON (the API's way; the UI uploads a file). */
const decoded = (doc: DocumentInput) => ({
  filename: doc.filename,
  contentType: doc.contentType,
  content: Buffer.from(doc.base64, 'base64'),
})

function agreementValues(input: Partial<AgreementInput>): Partial<AgreementValues> {
  return {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.version !== undefined ? { version: input.version } : {}),
    ...(input.signedOn !== undefined ? { signed_on: input.signedOn } : {}),
    ...(input.startsOn !== undefined ? { starts_on: input.startsOn } : {}),
    ...(input.endsOn !== undefined ? { ends_on: input.endsOn } : {}),
    ...(input.noticeDays !== undefined ? { notice_days: input.noticeDays } : {}),
    ...(input.clauses !== undefined ? { clauses: input.clauses } : {}),
  }
}

/** Records an agreement with a register vendor (as controller) or with a client (as processor). */
export async function createAgreement(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  party: { vendorKey: string } | { clientId: string },
  input: AgreementInput,
) {
  if ('vendorKey' in party) await registerVendor(ctx, org, party.vendorKey)
  else if (!(await findClient(ctx.db, org.id, party.clientId))) throw new NotFound('processor_client')
  const id = randomUUID()
  return inTransaction(ctx, async (ctx) => {
    const row = await insertAgreement(ctx.db, {
      id,
      organizationId: org.id,
      vendorKey: 'vendorKey' in party ? party.vendorKey : null,
      clientId: 'clientId' in party ? party.clientId : null,
      title: input.title,
      version: input.version ?? '',
      signed_on: input.signedOn ?? null,
      starts_on: input.startsOn ?? null,
      ends_on: input.endsOn ?? null,
      notice_days: input.noticeDays ?? null,
      clauses: input.clauses ?? {},
      ...(input.document ? sealDocument(ctx, id, decoded(input.document)) : {}),
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.agreement_saved',
      targetType: 'processor',
      targetId: id,
      summary: {
        ...party,
        title: row.title,
        version: row.version,
        signedOn: row.signed_on,
        document: row.document_filename,
      },
    })
    return row
  })
}

export async function changeAgreement(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: Partial<AgreementInput>,
) {
  return inTransaction(ctx, async (ctx) => {
    const row = await updateAgreement(ctx.db, org.id, id, {
      ...agreementValues(input),
      ...(input.document ? sealDocument(ctx, id, decoded(input.document)) : {}),
    })
    if (!row) throw new NotFound('processor_agreement')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.agreement_saved',
      targetType: 'processor',
      targetId: id,
      summary: { changed: Object.keys(input), title: row.title, version: row.version },
    })
    return row
  })
}

export async function removeAgreement(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await inTransaction(ctx, async (ctx) => {
    const row = await deleteAgreement(ctx.db, org.id, id)
    if (!row) throw new NotFound('processor_agreement')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.agreement_deleted',
      targetType: 'processor',
      targetId: id,
      summary: { title: row.title, vendorKey: row.vendor_key, clientId: row.client_id },
    })
  })
}

export interface TransferInput {
  country: string
  mechanism: TransferMechanism
  sccModule?: number | null | undefined
  dpfCheckedOn?: string | null | undefined
  details?: string | undefined
  tiaNote?: string | undefined
}

function transferValues(input: Partial<TransferInput>): Partial<TransferValues> {
  return {
    ...(input.country !== undefined ? { country: input.country } : {}),
    ...(input.mechanism !== undefined ? { mechanism: input.mechanism } : {}),
    ...(input.sccModule !== undefined ? { scc_module: input.sccModule } : {}),
    ...(input.dpfCheckedOn !== undefined ? { dpf_checked_on: input.dpfCheckedOn } : {}),
    ...(input.details !== undefined ? { details: input.details } : {}),
    ...(input.tiaNote !== undefined ? { tia_note: input.tiaNote } : {}),
  }
}

export async function addTransfer(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  vendorKey: string,
  input: TransferInput,
) {
  await registerVendor(ctx, org, vendorKey)
  return inTransaction(ctx, async (ctx) => {
    const row = await insertTransfer(ctx.db, org.id, vendorKey, {
      country: input.country,
      mechanism: input.mechanism,
      scc_module: input.sccModule ?? null,
      dpf_checked_on: input.dpfCheckedOn ?? null,
      details: input.details ?? '',
      tia_note: input.tiaNote ?? '',
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.transfer_saved',
      targetType: 'processor',
      targetId: row.id,
      summary: {
        vendor: vendorKey,
        country: row.country,
        mechanism: row.mechanism,
        dpfCheckedOn: row.dpf_checked_on,
      },
    })
    return row
  })
}

export async function changeTransfer(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: Partial<TransferInput>,
) {
  return inTransaction(ctx, async (ctx) => {
    const row = await updateTransfer(ctx.db, org.id, id, transferValues(input))
    if (!row) throw new NotFound('processor_transfer')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.transfer_saved',
      targetType: 'processor',
      targetId: id,
      summary: { vendor: row.vendor_key, changed: Object.keys(input), dpfCheckedOn: row.dpf_checked_on },
    })
    return row
  })
}

export async function removeTransfer(ctx: AppContext, actor: Actor, org: Organization, id: string) {
  await inTransaction(ctx, async (ctx) => {
    const row = await deleteTransfer(ctx.db, org.id, id)
    if (!row) throw new NotFound('processor_transfer')
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'processor.transfer_deleted',
      targetType: 'processor',
      targetId: id,
      summary: { vendor: row.vendor_key, country: row.country },
    })
  })
}

/** The processor findings of the linter page for this organisation on `today`. */
export async function processorFindings(ctx: AppContext, org: Organization, today: IsoDate) {
  const overview = await vendorsOverview(ctx, org)
  return checkProcessors(
    {
      vendors: overview.map(({ vendor }) => ({
        key: vendor.key,
        name: vendor.name,
        role: vendor.role,
        dpaSigned: vendor.dpa.signed,
      })),
      agreements: overview.flatMap(({ agreements }) =>
        agreements.map((a) => ({
          vendorKey: a.vendor_key ?? '',
          title: a.title,
          signedOn: a.signed_on,
          endsOn: a.ends_on,
          clauses: a.clauses,
        })),
      ),
      transfers: overview.flatMap(({ transfers }) =>
        transfers.map((t) => ({
          vendorKey: t.vendor_key,
          country: t.country,
          mechanism: t.mechanism,
          sccModule: t.scc_module,
          dpfCheckedOn: t.dpf_checked_on,
          tiaNote: t.tia_note,
        })),
      ),
      profiles: overview.flatMap(({ profile }) =>
        profile ? [{ vendorKey: profile.vendor_key, nextReviewOn: profile.next_review_on }] : [],
      ),
    },
    today,
  )
}
