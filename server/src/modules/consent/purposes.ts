import type { AppContext } from '../../context'
import { MINORS_SUBJECT_CATEGORY } from '../../domain/consent/children'
import type { Language, LocalizedText } from '../../domain/register/localized'
import { resolveRegister } from '../../domain/register/resolve'
import { findOrganizationById } from '../organizations'
import { loadRegister } from '../register'

/** A purpose of the register that rests on consent: what a person can give or withdraw. */
export interface ConsentPurpose {
  key: string
  label: LocalizedText
  description?: LocalizedText
  /** How the register says consent is withdrawn, when it says so. */
  withdrawal?: LocalizedText
  /** The activities that use it on consent (their keys). */
  activities: string[]
  /**
   * Offered to children: an activity using it on consent names the subject category `minors`. A consent given
   * online for it then needs the age question answered, and under 13 the parent's consent (Art. 8 GDPR).
   */
  offeredToChildren: boolean
  labelIn(language: Language): string
}

const TTL_MS = 10_000
const cache = new Map<string, { at: number; purposes: Map<string, ConsentPurpose> }>()

/**
 * The consent purposes of an organisation's register: every purpose an active or planned activity names with
 * legal basis consent (or the Art. 9 explicit consent condition). Kept 10 seconds per organisation, since every
 * consent event is checked against it; a purpose not found is looked up once more before it is refused, so a
 * purpose just added to the register is accepted at once (one just removed is accepted for up to 10 seconds).
 */
export async function consentPurposesOf(
  ctx: AppContext,
  organizationId: string,
  options: { fresh?: boolean } = {},
): Promise<Map<string, ConsentPurpose>> {
  const cached = cache.get(organizationId)
  if (cached && !options.fresh && Date.now() - cached.at < TTL_MS) return cached.purposes
  const org = await findOrganizationById(ctx.db, organizationId)
  const purposes = new Map<string, ConsentPurpose>()
  if (org) {
    const doc = await loadRegister(ctx, org)
    const resolved = resolveRegister(doc)
    for (const activity of doc.activities) {
      if (activity.status === 'ended') continue
      for (const use of activity.purposes) {
        const onConsent = use.legalBasis === 'consent' || activity.art9Condition === 'explicit_consent'
        if (!onConsent) continue
        const toChildren = activity.subjectCategories.includes(MINORS_SUBJECT_CATEGORY)
        const existing = purposes.get(use.purpose)
        if (existing) {
          existing.activities.push(activity.key)
          existing.offeredToChildren ||= toChildren
          continue
        }
        const entry = resolved.purpose(use.purpose)
        purposes.set(use.purpose, {
          key: use.purpose,
          label: entry?.label ?? use.purpose,
          ...(entry?.description ? { description: entry.description } : {}),
          ...(use.consentWithdrawal ? { withdrawal: use.consentWithdrawal } : {}),
          activities: [activity.key],
          offeredToChildren: toChildren,
          labelIn: (language) => resolved.labelOf('purpose', use.purpose, language),
        })
      }
    }
  }
  cache.set(organizationId, { at: Date.now(), purposes })
  return purposes
}

/** The purpose, or undefined when the register has no consent purpose by that key (checked once more, fresh). */
export async function findConsentPurpose(
  ctx: AppContext,
  organizationId: string,
  key: string,
): Promise<ConsentPurpose | undefined> {
  const purpose = (await consentPurposesOf(ctx, organizationId)).get(key)
  if (purpose) return purpose
  return (await consentPurposesOf(ctx, organizationId, { fresh: true })).get(key)
}
