import type { RegisterDocument } from '../../register/schema'
import type { Letter } from './letter'
import type { LetterWording } from './wording'

/** Where subjects write about their requests: the request address, else the DPO, else the organisation. */
export function requestContactEmail(doc: RegisterDocument): string | undefined {
  return doc.notice.requestEmail ?? doc.organization.dpo?.email ?? doc.organization.email
}

/** The organisation, the person or function who signs, and how to reach them. */
export function letterSignature(doc: RegisterDocument, wording: LetterWording): Letter['signature'] {
  const { organization } = doc
  const dpo = organization.dpo
  const role = dpo?.appointed ? wording.signature.dpo : wording.signature.privacyContact
  const address = organization.address
    ? `${organization.address.street}, ${organization.address.postalCode} ${organization.address.city}`
    : undefined
  const lines = [dpo?.name, role, requestContactEmail(doc), dpo?.phone ?? organization.phone, address].filter(
    (line): line is string => line !== undefined && line.trim() !== '',
  )
  return { organisation: organization.legalName ?? organization.name, lines }
}
