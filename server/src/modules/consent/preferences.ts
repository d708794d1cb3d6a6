import type { Actor } from '../../audit/actor'
import { type AppContext, inTransaction } from '../../context'
import type { Language } from '../../domain/register/localized'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { PREFERENCE_LINK_DAYS, preferenceToken, unsubscribeToken } from './links'
import { type ConsentLanguage, type ConsentMethod, effectiveState, renewalDue } from './model'
import type { PreferenceRow } from './preference-page'
import { PREFERENCE_WORDING } from './preference-wording'
import { purposeDescriptionIn, purposeLabelIn } from './purpose-wording'
import { consentPurposesOf } from './purposes'
import * as repo from './repository'
import { type ConsentPerson, type ConsentSubject, consentSubjectOf, recordConsent } from './service'

/** Mails and letters speak nl/fr/en; a German page gets the English mail (the parent's mail has German). */
export const mailLanguage = (language: ConsentLanguage): Language => (language === 'de' ? 'en' : language)

/** Whether Custos knows the person at all: a consent recorded for them, or an identity in the subject index. */
async function knownPerson(ctx: AppContext, organizationId: string, subjectKey: string): Promise<boolean> {
  if ((await repo.statusOf(ctx.db, organizationId, [subjectKey])).length > 0) return true
  const identity = await ctx.db
    .selectFrom('subject_identities')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('lookup_key', '=', subjectKey)
    .executeTakeFirst()
  return identity !== undefined
}

/**
 * Mails a link to the preference centre to an address Custos knows (a consent was recorded for it, or it is an
 * identity of the subject index). The caller answers the same in every case, so the form tells nobody whether an
 * address is known.
 */
export async function sendPreferenceLink(
  ctx: AppContext,
  org: Organization,
  email: string,
  language: ConsentLanguage,
): Promise<void> {
  const subject = consentSubjectOf(ctx.encryption, { identity: { kind: 'email', value: email } })
  if (!(await knownPerson(ctx, org.id, subject.subjectKey))) return
  const token = preferenceToken(ctx.encryption, org.id, subject)
  const manageUrl = `${ctx.config.publicUrl}/p/${org.slug}/preferences/manage?t=${token}&lang=${language}`
  const mailId = await inTransaction(ctx, (ctx) =>
    queueMail(ctx.db, ctx.encryption, {
      organizationId: org.id,
      to: email.trim(),
      language: mailLanguage(language),
      template: 'consent-preferences',
      params: { organizationName: org.legalName || org.name, manageUrl, days: PREFERENCE_LINK_DAYS },
    }),
  )
  await dispatchQueuedMail(ctx, [mailId])
}

/** Every consent purpose of the register with the person's current choice. */
export async function preferencesOf(
  ctx: AppContext,
  organizationId: string,
  subject: ConsentSubject,
  language: ConsentLanguage,
  now = new Date(),
): Promise<PreferenceRow[]> {
  const purposes = await consentPurposesOf(ctx, organizationId, { fresh: true })
  const status = new Map(
    (await repo.statusOf(ctx.db, organizationId, [subject.subjectKey])).map((r) => [r.purpose, r]),
  )
  return [...purposes.values()].map((p) => {
    const s = status.get(p.key)
    const state = s ? effectiveState(s.state, s.expires_at, now) : 'none'
    return {
      key: p.key,
      label: purposeLabelIn(p, language),
      description: purposeDescriptionIn(p, language),
      state,
      occurredAt: s?.occurred_at ?? null,
      expiresAt: s?.expires_at ?? null,
      renewalDue: state !== 'none' && renewalDue(state, s?.expires_at ?? null, now),
      offeredToChildren: p.offeredToChildren,
    }
  })
}

export interface PreferenceChange {
  purpose: string
  from: string
  to: 'given' | 'refused' | 'withdrawn'
}

/**
 * The purposes offered to children the person said yes to without confirming they are 13 or older: not
 * recorded - the page cannot take a parent's consent, and a consent under 13 without it is not valid.
 */
export function childrenWithoutAge(
  rows: readonly PreferenceRow[],
  choices: Record<string, string>,
  ageGroup: string | undefined,
): string[] {
  if (ageGroup === '13_or_over') return []
  return rows
    .filter((r) => r.offeredToChildren && choices[r.key] === 'given' && (r.state !== 'given' || r.renewalDue))
    .map((r) => r.key)
}

/**
 * Records what the person chose on the page, for the purposes whose choice differs from their current state:
 * yes on a purpose not given (or due for renewal) gives it - for as long as the previous consent lasted, when it
 * had an end - and no on a given purpose withdraws it (refuses it when nothing was chosen before).
 */
export async function savePreferences(
  ctx: AppContext,
  org: Organization,
  subject: ConsentSubject,
  choices: Record<string, string>,
  context: {
    language: ConsentLanguage
    ip?: string | undefined
    userAgent?: string | undefined
    actor: Actor
    /** The page's "I am 13 or older", ticked. */
    ageGroup?: '13_or_over' | undefined
  },
  now = new Date(),
): Promise<PreferenceChange[]> {
  const rows = await preferencesOf(ctx, org.id, subject, context.language, now)
  const withoutAge = new Set(childrenWithoutAge(rows, choices, context.ageGroup))
  const status = new Map(
    (await repo.statusOf(ctx.db, org.id, [subject.subjectKey])).map((r) => [r.purpose, r]),
  )
  const w = PREFERENCE_WORDING[context.language]
  const changes: PreferenceChange[] = []
  for (const row of rows) {
    const choice = choices[row.key]
    if ((choice !== 'given' && choice !== 'withdrawn') || row.state === 'pending_parental') continue
    let to: PreferenceChange['to'] | undefined
    if (choice === 'given' && (row.state !== 'given' || row.renewalDue)) to = 'given'
    if (choice === 'withdrawn' && row.state === 'given') to = 'withdrawn'
    if (choice === 'withdrawn' && row.state === 'none') to = 'refused'
    if (choice === 'withdrawn' && row.state === 'expired') to = 'withdrawn'
    // A yes waiting for the parent's confirmation is not changed from this page (it offers no choice for it).
    if (!to || (to === 'given' && withoutAge.has(row.key))) continue
    const previous = status.get(row.key)
    // A renewal lasts as long as the consent it renews. A consent given again after it ended (expired, withdrawn
    // or refused since, so the current status has no end) lasts as long as the last one given did - without end
    // only when that one had none.
    const last =
      to === 'given' && !previous?.expires_at
        ? await repo.lastGivenPeriod(ctx.db, org.id, subject.subjectKey, row.key)
        : previous
    const period =
      last?.expires_at && last.occurred_at
        ? last.expires_at.getTime() - last.occurred_at.getTime()
        : undefined
    await recordConsent(
      ctx,
      {
        organizationId: org.id,
        person: { anonymousId: 'resolved' },
        purpose: row.key,
        state: to,
        text: `${row.label.text}: ${w.consentSentence}`,
        language: context.language,
        channel: 'preference_centre',
        method: 'save' as ConsentMethod,
        occurredAt: now,
        expiresAt: to === 'given' && period ? new Date(now.getTime() + period) : undefined,
        ip: context.ip,
        userAgent: context.userAgent,
        ...(to === 'given' && row.offeredToChildren && context.ageGroup
          ? { age: { group: context.ageGroup } }
          : {}),
        recordedBy: context.actor,
      },
      subject,
    )
    changes.push({ purpose: row.key, from: row.state, to })
  }
  return changes
}

/** Withdraws one purpose for the person of a one-click unsubscribe link; nothing when it is not given. */
export async function unsubscribe(
  ctx: AppContext,
  org: Organization,
  subject: ConsentSubject,
  purpose: string,
  context: {
    language: ConsentLanguage
    ip?: string | undefined
    userAgent?: string | undefined
    actor: Actor
  },
  now = new Date(),
): Promise<boolean> {
  const [current] = await repo
    .statusOf(ctx.db, org.id, [subject.subjectKey])
    .then((rows) => rows.filter((r) => r.purpose === purpose))
  if (!current || effectiveState(current.state, current.expires_at, now) !== 'given') return false
  await recordConsent(
    ctx,
    {
      organizationId: org.id,
      person: { anonymousId: 'resolved' },
      purpose,
      state: 'withdrawn',
      language: context.language,
      channel: 'email',
      method: 'one_click',
      occurredAt: now,
      ip: context.ip,
      userAgent: context.userAgent,
      recordedBy: context.actor,
    },
    subject,
  )
  return true
}

/** The one-click unsubscribe link of a person for a purpose, with the two mail headers of RFC 8058. */
export function unsubscribeLinkFor(
  ctx: Pick<AppContext, 'encryption' | 'config'>,
  org: Pick<Organization, 'id' | 'slug'>,
  person: ConsentPerson,
  purpose: string,
) {
  const subject = consentSubjectOf(ctx.encryption, person)
  const url = `${ctx.config.publicUrl}/p/${org.slug}/unsubscribe?t=${unsubscribeToken(ctx.encryption, org.id, subject, purpose)}`
  return {
    url,
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
