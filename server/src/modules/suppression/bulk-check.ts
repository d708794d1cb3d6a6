import type { AppContext } from '../../context'
import { InvalidInput } from '../../domain/errors'
import { joinAddress, ROBINSON_COLUMNS } from '../../domain/suppression/robinson'
import type { MarketingChannel } from '../../domain/suppression/verdict'
import { type CsvRecord, csvRecords, readCsv } from '../../lib/csv'
import { consentGivenOfIdentities } from '../consent'
import type { Organization } from '../organizations'
import { type ContactInput, createChecker, requireConsentPurpose } from './check'

/** Lines checked per round trip (one query each). */
const BATCH = 2_000

/** Header names (lower case, accents kept) read as each identifier; an address may be split over columns. */
const COLUMNS: Record<
  'email' | 'phone' | 'address' | 'houseNumber' | 'postalCode' | 'city' | 'name' | 'firstName' | 'lastName',
  readonly string[]
> = {
  email: ['email', 'e-mail', 'mail', 'courriel', 'e-mailadres', 'emailadres'],
  phone: [
    'phone',
    'telephone',
    'téléphone',
    'telefoon',
    'telefoonnummer',
    'gsm',
    'mobile',
    'tel',
    'numero',
    'nummer',
  ],
  address: ['address', 'adres', 'adresse', 'street', 'straat', 'rue'],
  houseNumber: ['house_number', 'huisnummer', 'nr', 'n°'],
  postalCode: ['postal_code', 'postcode', 'code_postal', 'zip'],
  city: ['city', 'gemeente', 'stad', 'ville', 'commune', 'localite', 'localité', 'woonplaats'],
  // The name is what the Robinson Mail list is matched on (with the address), for the post channel.
  name: ROBINSON_COLUMNS.name,
  firstName: ROBINSON_COLUMNS.firstName,
  lastName: ROBINSON_COLUMNS.lastName,
}

export const CAMPAIGN_RESULT_COLUMNS = ['verdict', 'reason', 'dncm_registered_on', 'line'] as const

function columnsOf(header: readonly string[]) {
  const names = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'))
  const find = (accepted: readonly string[]) => names.findIndex((n) => accepted.includes(n))
  const at = {
    email: find(COLUMNS.email),
    phone: find(COLUMNS.phone),
    address: find(COLUMNS.address),
    houseNumber: find(COLUMNS.houseNumber),
    postalCode: find(COLUMNS.postalCode),
    city: find(COLUMNS.city),
    name: find(COLUMNS.name),
    firstName: find(COLUMNS.firstName),
    lastName: find(COLUMNS.lastName),
  }
  // "naam" / "nom" alone is the whole name; next to a first name it is the last name (as in the Robinson file).
  if (at.name < 0 && at.firstName < 0 && at.lastName >= 0) return { ...at, name: at.lastName, lastName: -1 }
  return at
}

/**
 * Checks a campaign file (CSV with a header; separator and charset detected by the one CSV reader) for one
 * channel and answers it as CSV: every line as it came, followed by the verdict (allowed / not_allowed), the
 * reason, the DNCM registration date when listed and the line number. The file is read and answered in batches,
 * so its size does not matter. Throws before any output when the header names no column to check, or when
 * `purpose` is not a consent purpose of the register (`querystring.purpose`). By post, with a Robinson Mail list in
 * use, each line's name (a name column, or first and last name) and address are matched against it.
 *
 * With `purpose`, each line's recorded consent for it (read under the line's e-mail address, or phone number for
 * the phone channel) is part of the verdict, as in the single check: `consent` when given, and by e-mail
 * `no_consent` (not allowed) when the person has no valid consent for it. By post it changes nothing.
 */
export async function checkCampaignFile(
  ctx: AppContext,
  org: Organization,
  source: AsyncIterable<Uint8Array | string>,
  channel: MarketingChannel,
  options: { charset?: string | undefined; purpose?: string | undefined } = {},
): Promise<AsyncGenerator<string>> {
  const purpose = options.purpose
  if (purpose !== undefined) await requireConsentPurpose(ctx, org, purpose, 'querystring.purpose')
  const records = readCsv(source, options.charset ? { charset: options.charset } : {})[Symbol.asyncIterator]()
  const first = await records.next()
  if (first.done || first.value.problem)
    throw new InvalidInput(
      [{ path: 'body', code: 'file_empty', message: 'The file has no header line.' }],
      'The campaign file is empty.',
      'import_file_empty',
    )
  const header = first.value.fields
  const at = columnsOf(header)
  const needed = channel === 'email' ? at.email : channel === 'phone' ? at.phone : at.address
  if (needed < 0)
    throw new InvalidInput(
      [
        {
          path: 'body',
          code: 'import_header_invalid',
          message: `The header names no ${channel === 'post' ? 'address' : channel} column.`,
          params: { channel, accepted: COLUMNS[channel === 'post' ? 'address' : channel] },
        },
      ],
      'The campaign file has no column for the channel checked.',
      'import_header_invalid',
    )
  const checker = await createChecker(ctx.db, ctx.encryption, org)
  const cell = (r: CsvRecord, i: number) => (i >= 0 ? r.fields[i] : undefined)
  const personOf = (r: CsvRecord): ContactInput => {
    const address = joinAddress([
      cell(r, at.address),
      cell(r, at.houseNumber),
      cell(r, at.postalCode),
      cell(r, at.city),
    ])
    const name = at.name >= 0 ? cell(r, at.name) : joinAddress([cell(r, at.firstName), cell(r, at.lastName)])
    return {
      email: cell(r, at.email),
      phone: cell(r, at.phone),
      address: address || undefined,
      name: name?.trim() ? name : undefined,
    }
  }
  const now = new Date()
  /** Per person: their consent for `purpose` under the channel's identifier (none by post, or without purpose). */
  const consentOf = async (people: ContactInput[]) => {
    if (purpose === undefined || channel === 'post') return undefined
    const kind = channel === 'email' ? 'email' : 'phone'
    return consentGivenOfIdentities(
      ctx,
      org.id,
      purpose,
      people.map((p) => {
        const value = p[kind]
        return value?.trim() ? { kind, value } : undefined
      }),
      now,
    )
  }
  /** The answer lines of one batch. */
  const answerBatch = async (lines: CsvRecord[]) => {
    const people = lines.map((r) => (r.problem ? {} : personOf(r)))
    const answers = await checker.check(channel, people, await consentOf(people))
    const rows = lines.map((r, i) => {
      const a = answers[i]
      const fields = r.problem ? header.map(() => '') : header.map((_, j) => r.fields[j] ?? '')
      return [
        ...fields,
        a?.allowed ? 'allowed' : 'not_allowed',
        a?.reason ?? 'invalid_identifier',
        a?.dncm?.registeredOn ?? '',
        r.line,
      ]
    })
    return csvRecords(rows, { bom: false })
  }
  async function* answer(): AsyncGenerator<string> {
    yield csvRecords([[...header, ...CAMPAIGN_RESULT_COLUMNS]])
    // While the database answers for one batch, the next one is read and hashed; answers keep the file's order.
    let inFlight: Promise<string> | undefined
    let batch: CsvRecord[] = []
    const start = () => {
      const started = answerBatch(batch)
      // Awaited below in its turn; this only keeps a failure from being reported as unhandled meanwhile.
      started.catch(() => {})
      batch = []
      return started
    }
    for (;;) {
      const next = await records.next()
      if (next.done) break
      batch.push(next.value)
      if (batch.length >= BATCH) {
        const started = start()
        if (inFlight) yield await inFlight
        inFlight = started
      }
    }
    const last = batch.length ? start() : undefined
    if (inFlight) yield await inFlight
    if (last) yield await last
  }
  return answer()
}
