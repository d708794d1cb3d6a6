import type { AppContext } from '../../context'
import { identityFieldsOf } from '../../domain/breaches'
import { keyOf } from '../../domain/datasets/write-plan'
import {
  cleanText,
  type IdentityInput,
  type IdentityKind,
  normaliseIdentity,
  SYSTEM_KINDS,
} from '../../domain/subjects/identity'
import { type Target, withScanner } from './affected-target'

/** Rows per read while counting the people: one short keyset statement each, no lock held. */
const PAGE = 2000

interface Scan {
  records: number
  people: number
  withoutPerson: number
  identities: IdentityInput[]
}

/** One identity value as the subject index would compare it (jan@x.be and Jan@X.be are one person); null: empty. */
function identityKey(kind: IdentityKind, value: unknown, systemKey: string): string | null {
  if (value === null || value === undefined) return null
  const raw = cleanText(String(value))
  if (raw === '') return null
  const result = normaliseIdentity({
    kind,
    value: raw,
    ...(SYSTEM_KINDS.includes(kind) ? { systemKey } : {}),
  })
  return `${kind}\u0000${result.ok ? result.value.lookupValue : raw}`
}

/**
 * Reads the rows of the query through the connector, read-only: the rows counted by the database, then the
 * identity fields page by page (primary-key order) for the distinct people and the identities to match.
 */
export async function scanTarget(
  ctx: AppContext,
  target: Target,
  progress: (rowsRead: number) => Promise<void> = async () => {},
): Promise<Scan> {
  const { dataset, collection, person, scan } = target
  const fields = identityFieldsOf(collection, person)
  return withScanner(ctx, dataset, 'body.dataset', async (scanner) => {
    const records = await scanner.countDue(collection, scan)
    const people = new Set<string>()
    let withoutPerson = 0
    // The collection's own rows (a customer table): each row is someone, named by its first identity that is
    // filled in, else by its primary key. A table that refers to people (rentals): the reference names the person.
    const own = collection.fields.some((f) => f.name === person.field && f.identity)
    const ownFields = own
      ? fields.filter((f) => collection.fields.some((c) => c.name === f.field && c.identity))
      : []
    const identities = new Map<string, IdentityInput>()
    let after: unknown[] | null = null
    let read = 0
    for (;;) {
      const rows = await scanner.pageDue(
        collection,
        scan,
        after,
        PAGE,
        fields.map((f) => f.field),
      )
      for (const row of rows) {
        if (own) {
          const named = ownFields
            .map((f) => identityKey(f.kind, row[f.field], dataset.document.system))
            .find((k) => k !== null)
          people.add(named ?? `row\u0000${JSON.stringify(keyOf(collection, row))}`)
        } else {
          const named = identityKey(person.kind, row[person.field], dataset.document.system)
          if (named === null) withoutPerson += 1
          else people.add(named)
        }
        for (const f of fields) {
          const v = row[f.field]
          if (v === null || v === undefined || v === '') continue
          identities.set(`${f.kind}\u0000${String(v)}`, {
            kind: f.kind,
            value: String(v),
            // Customer and file numbers are this system's; an e-mail address or phone number is anyone's.
            ...(SYSTEM_KINDS.includes(f.kind) ? { systemKey: dataset.document.system } : {}),
          })
        }
      }
      read += rows.length
      await progress(read)
      const last = rows[rows.length - 1]
      if (!last || rows.length < PAGE) break
      after = keyOf(collection, last)
    }
    return { records, people: people.size, withoutPerson, identities: [...identities.values()] }
  })
}
