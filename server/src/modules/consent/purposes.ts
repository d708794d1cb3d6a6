import type { AppContext } from '../../context'
import { MINORS_SUBJECT_CATEGORY } from '../../domain/consent/children'
import type { Language, LocalizedText } from '../../domain/register/localized'
import { resolveRegister } from '../../domain/register/resolve'
import type { App } from '../../http/types'
import { findOrganizationById } from '../organizations'
import { loadRegister, registerRevisionOf } from '../register'
import { listenForRegisterChanges, RegisterDerivedCache } from './purpose-cache'

/** A purpose of the register that rests on consent: what a person can give or withdraw. */
export interface ConsentPurpose {
  key: string
  label: LocalizedText
  description?: LocalizedText
  /** How the register says consent is withdrawn, when it says so. */
  withdrawal?: LocalizedText
  /**
   * The purpose in German as the organisation wrote it (`consentInGerman` of the first activity that gives it),
   * for the public side in German; absent: that side shows the organisation's text in another language, marked.
   */
  german?: { label: string; description?: string }
  /** Whose name and description these are: Custos's built-in catalogue, or the organisation's own taxonomy or key. */
  origin: 'catalogue' | 'custom'
  /** The activities that use it on consent (their keys). */
  activities: string[]
  /**
   * Offered to children: an activity using it on consent names the subject category `minors`. A consent given
   * online for it then needs the age question answered, and under 13 the parent's consent (Art. 8 GDPR).
   */
  offeredToChildren: boolean
  labelIn(language: Language): string
}

const caches = new WeakMap<object, RegisterDerivedCache<Map<string, ConsentPurpose>>>()

/** This process's consent purposes per organisation, one cache per database (keyed by its query builder). */
export function purposeCacheOf(
  ctx: Pick<AppContext, 'db'>,
): RegisterDerivedCache<Map<string, ConsentPurpose>> {
  let cache = caches.get(ctx.db)
  if (!cache) {
    cache = new RegisterDerivedCache()
    caches.set(ctx.db, cache)
  }
  return cache
}

/** Lets a web process use the consent purposes it keeps without asking while it hears register changes. */
export function listenForPurposeChanges(app: App, ctx: AppContext, listen: boolean): Promise<void> {
  return listenForRegisterChanges(app, ctx, () => purposeCacheOf(ctx), listen)
}

/**
 * The consent purposes of an organisation's register: every purpose an active or planned activity names with
 * legal basis consent (or the Art. 9 explicit consent condition). Every consent event is checked against them, so
 * they are kept in memory (decision 0117): a web process that hears register changes announced uses its copy
 * until a change of that register is announced; otherwise, and with `fresh` (now: checked), the register's
 * revision is read first and the purposes are derived again only when it moved. A purpose that stopped being
 * consent-based, or was changed or removed, in any process is therefore not used once its change is announced or
 * its revision read - no longer up to 10 seconds later.
 */
export async function consentPurposesOf(
  ctx: AppContext,
  organizationId: string,
  options: { fresh?: boolean } = {},
): Promise<Map<string, ConsentPurpose>> {
  return purposeCacheOf(ctx).get(
    organizationId,
    { checked: options.fresh === true },
    () => registerRevisionOf(ctx, organizationId),
    () => derivePurposes(ctx, organizationId),
  )
}

async function derivePurposes(ctx: AppContext, organizationId: string): Promise<Map<string, ConsentPurpose>> {
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
          if (!existing.german && use.consentInGerman) existing.german = { ...use.consentInGerman }
          continue
        }
        const entry = resolved.purpose(use.purpose)
        purposes.set(use.purpose, {
          key: use.purpose,
          label: entry?.label ?? use.purpose,
          origin: entry?.origin ?? 'custom',
          ...(entry?.description ? { description: entry.description } : {}),
          ...(use.consentWithdrawal ? { withdrawal: use.consentWithdrawal } : {}),
          ...(use.consentInGerman ? { german: { ...use.consentInGerman } } : {}),
          activities: [activity.key],
          offeredToChildren: toChildren,
          labelIn: (language) => resolved.labelOf('purpose', use.purpose, language),
        })
      }
    }
  }
  return purposes
}

/**
 * The purpose, or undefined when the register has no consent purpose by that key (checked once more against the
 * register's revision, so a purpose just added by another process is found before its announcement arrives).
 */
export async function findConsentPurpose(
  ctx: AppContext,
  organizationId: string,
  key: string,
): Promise<ConsentPurpose | undefined> {
  const purpose = (await consentPurposesOf(ctx, organizationId)).get(key)
  if (purpose) return purpose
  return (await consentPurposesOf(ctx, organizationId, { fresh: true })).get(key)
}
