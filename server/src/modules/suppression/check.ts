import type { AppContext } from '../../context'
import type { Encryption } from '../../crypto/encryption'
import type { Queryable } from '../../db/queryable'
import type { SuppressionKind } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import type { IsoDate } from '../../domain/calendar-date'
import { InvalidInput } from '../../domain/errors'
import {
  type Normalised,
  normaliseEmail,
  normalisePhoneE164,
  normalisePostalAddress,
} from '../../domain/suppression/normalise'
import { normalisePersonName, robinsonKey } from '../../domain/suppression/robinson'
import {
  type CheckReason,
  decide,
  dncmFresh,
  dncmUsableUntil,
  type MarketingChannel,
} from '../../domain/suppression/verdict'
import { consentPurposesOf, consentStatus } from '../consent'
import type { Organization } from '../organizations'
import { checkFacts, type Facts } from './check-facts'
import { identifierKey } from './keys'
import { currentDncmImport, currentRobinsonImport } from './repository'

/** The identifiers of one person as a campaign file or an app gives them; any may be missing. */
export interface ContactInput {
  email?: string | undefined
  phone?: string | undefined
  address?: string | undefined
  /** The person's name: with the address, what the Robinson Mail list is matched on (post). */
  name?: string | undefined
}

export interface CheckAnswer {
  channel: MarketingChannel
  allowed: boolean
  reason: CheckReason
  /** For the phone channel: the list the answer rests on, and whether the number is on it. */
  dncm: {
    listDate: IsoDate | null
    usableUntil: IsoDate | null
    listed: boolean
    registeredOn: IsoDate | null
  } | null
  /** For the post channel: the Robinson Mail list the answer rests on (null when none is in use). */
  robinson: {
    listDate: IsoDate | null
    importedAt: string
    listed: boolean
  } | null
}

const NORMALISERS: Record<SuppressionKind, (input: string) => Normalised> = {
  email: normaliseEmail,
  phone: normalisePhoneE164,
  postal: normalisePostalAddress,
}
const CHANNEL_KIND: Record<MarketingChannel, SuppressionKind> = {
  email: 'email',
  phone: 'phone',
  post: 'postal',
}
const INPUT_FIELD: Record<SuppressionKind, keyof ContactInput> = {
  email: 'email',
  phone: 'phone',
  postal: 'address',
}
const KINDS: readonly SuppressionKind[] = ['email', 'phone', 'postal']

const hex = (b: Buffer) => b.toString('hex')
/** The hashes given, once each. */
const unique = (hashes: readonly (string | null | undefined)[]) =>
  [...new Set(hashes)].filter((h): h is string => typeof h === 'string')

/**
 * Checks people in batches: the organisation's key and list dates are read once, and each batch costs one query
 * (suppression entries, DNCM numbers, opt-ins and Robinson entries together) whatever its size.
 */
export interface Checker {
  check(
    channel: MarketingChannel,
    people: readonly ContactInput[],
    /** Per person (same order): their consent for the purpose the check names, when it names one. */
    consentGiven?: readonly (boolean | undefined)[] | undefined,
  ): Promise<CheckAnswer[]>
}

export async function createChecker(
  db: Queryable,
  encryption: Encryption,
  org: Organization,
  now = new Date(),
): Promise<Checker> {
  const key = await identifierKey(db, encryption, org.id)
  const current = await currentDncmImport(db, org.id)
  const listDate = current?.file_date ?? null
  const fresh = dncmFresh(listDate, toBrusselsDate(now))
  const robinsonList = await currentRobinsonImport(db, org.id)
  const usableUntil = listDate ? dncmUsableUntil(listDate) : null
  const robinsonImportedAt = robinsonList?.started_at.toISOString() ?? ''
  // The name is read only where the verdict looks at it: by post, with a Robinson list in use.
  const namesMatter = (channel: MarketingChannel) => channel === 'post' && robinsonList !== undefined
  return {
    async check(channel, people, consentGiven) {
      // Per person and kind: the keyed hash (hex), null when given but unreadable, absent when not given.
      const hashed = people.map((person) => {
        const own: Partial<Record<SuppressionKind, string | null>> = {}
        for (const kind of KINDS) {
          const raw = person[INPUT_FIELD[kind]]
          if (raw === undefined || raw.trim() === '') continue
          const normalised = NORMALISERS[kind](raw)
          own[kind] = normalised.ok ? hex(key.hash(kind, normalised.value)) : null
        }
        return own
      })
      // By post with a Robinson list in use: the keyed hash of each person's name and address (null without both).
      const robinsonHashes = people.map((person) => {
        if (channel !== 'post' || !robinsonList || !person.name?.trim() || !person.address?.trim())
          return null
        const k = robinsonKey(person.name, person.address)
        return k === null ? null : hex(key.hash('robinson', k))
      })
      const identifiers = new Map<string, { kind: SuppressionKind; hash: string }>()
      for (const own of hashed)
        for (const kind of KINDS) {
          const hash = own[kind]
          if (hash) identifiers.set(`${kind}:${hash}`, { kind, hash })
        }
      const phones = channel === 'phone' && fresh ? unique(hashed.map((own) => own.phone)) : []
      const onRobinson = unique(robinsonHashes)
      // One round trip: opt-ins are read for every number and Robinson entry asked, and count only where the
      // number is DNCM-listed or the person on the Robinson list (as when they were read for those alone).
      const facts = await checkFacts(db, org.id, {
        identifiers: [...identifiers.values()],
        dncm: phones,
        optIns: [
          ...phones.map((hash) => ({ channel: 'phone' as const, hash })),
          ...onRobinson.map((hash) => ({ channel: 'post' as const, hash })),
        ],
        robinson: onRobinson,
      })
      const entriesOf = new Map<string, Facts['entries']>()
      for (const e of facts.entries) {
        const list = entriesOf.get(e.identifier_hash)
        if (list) list.push(e)
        else entriesOf.set(e.identifier_hash, [e])
      }
      const listedOn = facts.dncm
      const robinsonFound = facts.robinson
      return hashed.map((own, index): CheckAnswer => {
        const found = KINDS.flatMap((kind) => {
          const hash = own[kind]
          return hash ? (entriesOf.get(hash) ?? []) : []
        })
        const phoneKey = own.phone ?? null
        const isListed = phoneKey !== null && listedOn.has(phoneKey)
        const robinsonKeyHex = robinsonHashes[index] ?? null
        const onList = robinsonKeyHex !== null && robinsonFound.has(robinsonKeyHex)
        const verdict = decide({
          channel,
          entries: found,
          identifierValid: typeof own[CHANNEL_KIND[channel]] === 'string',
          dncm: { fresh, listed: isListed, optIn: isListed && facts.optIns.has(`phone:${phoneKey}`) },
          robinson: {
            inUse: robinsonList !== undefined,
            nameGiven: namesMatter(channel) && normalisePersonName(people[index]?.name ?? '') !== null,
            listed: onList,
            optIn: onList && facts.optIns.has(`post:${robinsonKeyHex}`),
          },
          consentGiven: consentGiven?.[index],
        })
        return {
          channel,
          allowed: verdict.allowed,
          reason: verdict.reason,
          dncm:
            channel === 'phone'
              ? {
                  listDate,
                  usableUntil,
                  listed: isListed,
                  registeredOn: (phoneKey ? listedOn.get(phoneKey) : null) ?? null,
                }
              : null,
          robinson:
            channel === 'post' && robinsonList
              ? {
                  listDate: robinsonList.file_date,
                  importedAt: robinsonImportedAt,
                  listed: onList,
                }
              : null,
        }
      })
    },
  }
}

/**
 * Whether the person's consent for `purpose` is given now, read under the identifier of the channel (e-mail or
 * phone; a postal address is not an identity consent is recorded under). Null when it cannot be read.
 */
async function consentGivenFor(
  ctx: AppContext,
  org: Organization,
  channel: MarketingChannel,
  person: ContactInput,
  purpose: string,
): Promise<boolean | undefined> {
  const value = channel === 'email' ? person.email : channel === 'phone' ? person.phone : undefined
  if (!value) return undefined
  try {
    const status = await consentStatus(ctx, {
      organizationId: org.id,
      identity: { kind: channel === 'email' ? 'email' : 'phone', value },
    })
    return status.purposes.some((p) => p.purpose === purpose && p.state === 'given')
  } catch (error) {
    if (error instanceof InvalidInput) return undefined
    throw error
  }
}

/** Refuses a purpose that is not a consent purpose of the register, naming the field (`body.purpose`...). */
export async function requireConsentPurpose(
  ctx: AppContext,
  org: Organization,
  purpose: string,
  path: string,
): Promise<void> {
  if (!(await consentPurposesOf(ctx, org.id)).has(purpose))
    throw new InvalidInput([
      {
        path,
        code: 'unknown_purpose',
        message: 'Not a purpose of the register with legal basis consent.',
        params: { value: purpose },
      },
    ])
}

/**
 * One person, one channel (the check API and the admin page). With `purpose` (a consent purpose of the register)
 * the person's recorded consent for it is part of the verdict: reason `consent`, or `no_consent` for e-mail.
 */
export async function checkContact(
  ctx: AppContext,
  org: Organization,
  channel: MarketingChannel,
  person: ContactInput,
  purpose?: string | undefined,
): Promise<CheckAnswer> {
  let consentGiven: boolean | undefined
  if (purpose !== undefined) {
    await requireConsentPurpose(ctx, org, purpose, 'body.purpose')
    consentGiven = await consentGivenFor(ctx, org, channel, person, purpose)
  }
  const checker = await createChecker(ctx.db, ctx.encryption, org)
  const [answer] = await checker.check(channel, [person], [consentGiven])
  if (!answer) throw new Error('The check gave no answer')
  return answer
}
