import type { Encryption } from '../../crypto/encryption'
import type { ProcessorClientRow } from '../../db/schema'

/** The people to write to at a client: names and addresses, so stored encrypted. */
export interface ClientContacts {
  /** Where notices of sub-processor changes go. */
  email: string
  contactName?: string | undefined
  /** Who receives data subject requests concerning the client's data. */
  requestsEmail?: string | undefined
  /** Who is told of a personal data breach (Art. 33(2): without undue delay). */
  breachesEmail?: string | undefined
}

export const contactsContext = (id: string) => `processor-client:${id}`

export function contactsOf(
  encryption: Encryption,
  row: Pick<ProcessorClientRow, 'id' | 'contacts_encrypted'>,
): ClientContacts {
  return JSON.parse(encryption.decrypt(row.contacts_encrypted, contactsContext(row.id))) as ClientContacts
}
