import type { Actor } from '../../audit/actor'
import type { AppContext } from '../../context'
import { Conflict, NotFound } from '../../domain/errors'
import type { ContractEndChoice } from '../../domain/processors/contract-end'
import { contractEndCertificate } from '../../domain/processors/destruction-certificate'
import type { Language } from '../../domain/register/localized'
import { textIn } from '../../domain/register/localized'
import { renderFormPdf } from '../../lib/pdf/form-pdf'
import type { Organization } from '../organizations'
import { issuePackageLink, type PackageLink } from '../packages'
import { loadRegister } from '../register'
import { findClient } from './client-repository'
import { outcomeOf } from './contract-ends'
import { findContractEnd } from './contract-ends-repository'

/** What a completed end gives: the return's package link, the destroy's certificate. */

async function completedEnd(ctx: AppContext, org: Organization, id: string, choice: ContractEndChoice) {
  const end = await findContractEnd(ctx.db, org.id, id)
  if (!end) throw new NotFound('contract_end')
  if (end.status !== 'completed' || end.choice !== choice)
    throw new Conflict('contract_end_not_done', `Only a completed ${choice} has this.`, {
      params: { status: end.status, choice: end.choice },
    })
  return end
}

/** A new download link for the package of a completed return (the previous link stops working). */
export async function returnPackageLink(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
): Promise<PackageLink> {
  const end = await completedEnd(ctx, org, id, 'return')
  if (!end.package_id) throw new Conflict('contract_end_not_done', 'This return found no data to package.')
  return issuePackageLink(ctx, end.package_id, { actor, organizationId: org.id })
}

/** The certificate of destruction of a completed destroy, as a PDF in nl, fr or en. */
export async function contractEndCertificatePdf(
  ctx: AppContext,
  org: Organization,
  id: string,
  language: Language,
  now = new Date(),
): Promise<{ pdf: Buffer; filename: string }> {
  const end = await completedEnd(ctx, org, id, 'destroy')
  const outcome = outcomeOf(end)
  if (!outcome) throw new Conflict('contract_end_not_done', 'The outcome was not recorded.')
  const [register, client] = await Promise.all([
    loadRegister(ctx, org),
    end.client_id ? findClient(ctx.db, org.id, end.client_id) : Promise.resolve(undefined),
  ])
  const place = [org.postalCode, org.city].filter(Boolean).join(' ')
  const address = [org.street, place].filter(Boolean).join(', ')
  const name = org.legalName || org.name
  const ruleNames = new Map(
    register.retentionRules.map((r) => [r.key, textIn(r.name, language) ?? r.key] as const),
  )
  const certificate = contractEndCertificate(
    {
      processor: { name, enterpriseNumber: org.enterpriseNumber, address: address || null },
      client: {
        name: end.client_name,
        enterpriseNumber: client?.enterprise_number ?? null,
        reference: end.reference,
      },
      decidedOn: end.decided_on,
      requestedBy: end.requested_by,
      outcome,
      ruleNames,
      issuedAt: now,
    },
    language,
  )
  return {
    pdf: await renderFormPdf(certificate, name),
    filename: `destruction-certificate-${end.client_name}-${end.decided_on}-${language}.pdf`.replace(
      /[^A-Za-z0-9._-]/g,
      '_',
    ),
  }
}
