import type { Actor } from '../../audit/actor'
import { recordAudit } from '../../audit/audit-log'
import { type AppContext, inTransaction } from '../../context'
import { type BreachFacts, breachLetter, type LetterLanguage, letterGaps } from '../../domain/breaches'
import { Conflict, InvalidInput, NotFound } from '../../domain/errors'
import { resolveRegister } from '../../domain/register/resolve'
import { dispatchQueuedMail, queueMail } from '../../mail/outbox'
import type { Organization } from '../organizations'
import { loadRegister } from '../register'
import { type ContactSelection, type SubjectContact, subjectContacts } from '../subjects'
import { affectedSubjects } from './affected-set'
import { draftOrganisation } from './draft-context'
import { findBreach, insertEvent, insertLetters, lettersOf } from './repository'
import { factsOf } from './stored'

/** Letters per transaction: a mailing to 100,000 people commits in pieces, each piece with its outbox messages. */
const CHUNK = 500
export const DEFAULT_LETTERS_PER_MINUTE = 120

export interface LetterRun {
  queued: number
  alreadyInformed: number
  withoutEmail: number
  byLanguage: Record<string, number>
  /** When the last letter becomes due for sending, given the throttle. */
  lastNotBefore: string | null
}

/** Who is written to: people of the subject index, or the people of the breach's connector count the index knows. */
export type LetterSelection = ContactSelection | { affectedSet: true }

/** Subject ids per read of the index: well under the parameter limits of both databases. */
const IDS_PER_READ = 5000

async function contactsOf(
  ctx: AppContext,
  org: Organization,
  facts: BreachFacts,
  selection: LetterSelection,
): Promise<SubjectContact[]> {
  if (!('affectedSet' in selection)) return subjectContacts(ctx, org.id, selection)
  if (!facts.affectedSet) {
    throw new InvalidInput(
      [{ path: 'body.selection.affectedSet', code: 'required', message: 'Count the affected set first.' }],
      'The breach has no connector count to take the people from: count them first.',
    )
  }
  const ids = await affectedSubjects(ctx, org, facts.affectedSet)
  const contacts: SubjectContact[] = []
  for (let start = 0; start < ids.length; start += IDS_PER_READ) {
    contacts.push(
      ...(await subjectContacts(ctx, org.id, { subjectIds: ids.slice(start, start + IDS_PER_READ) })),
    )
  }
  return contacts
}

/**
 * Informs the people concerned (Art. 34): one letter each, in their language (the subject index's preferred
 * language, else the organisation's), through the outbox. Throttled: `perMinute` letters become due each minute
 * (the first minute's are handed to the mail job at once, the mail sweep sends the rest as they fall due). A person
 * already informed of this breach is skipped; one without an e-mail address in the index is counted.
 */
export async function sendBreachLetters(
  ctx: AppContext,
  actor: Actor,
  org: Organization,
  id: string,
  input: { selection: LetterSelection; perMinute?: number | undefined },
  now = new Date(),
): Promise<LetterRun> {
  const breach = await findBreach(ctx.db, org.id, id)
  if (!breach) throw new NotFound('breach')
  if (breach.status === 'closed') throw new Conflict('breach_closed', 'The breach is closed.')
  if (breach.role !== 'controller')
    throw new Conflict('breach_role_mismatch', 'A processor does not inform the people; its controller does.')
  const facts = factsOf(breach)
  const organisation = draftOrganisation(org)
  const gaps = letterGaps(facts, organisation)
  if (gaps.length > 0) {
    throw new InvalidInput(
      gaps.map((gap) => ({
        path: gap === 'contact' ? 'organization.privacyContactEmail' : `breach.${gap}`,
        code: 'required' as const,
        message: `The letter needs ${gap} (Art. 34(2)).`,
      })),
      'The letter cannot say everything Art. 34(2) requires yet: complete the breach record first.',
      'letter_incomplete',
    )
  }
  const register = resolveRegister(await loadRegister(ctx, org))
  const already = new Set((await lettersOf(ctx.db, id)).map((l) => l.subject_id))
  const contacts = await contactsOf(ctx, org, facts, input.selection)
  const perMinute = Math.max(1, Math.min(10_000, input.perMinute ?? DEFAULT_LETTERS_PER_MINUTE))
  const orgLanguage: LetterLanguage = org.defaultLanguage
  const labels = new Map<LetterLanguage, string[]>()
  const labelsIn = (language: LetterLanguage) => {
    let list = labels.get(language)
    if (!list) {
      list = facts.dataCategories.map((k) => register.labelOf('data_category', k, language))
      labels.set(language, list)
    }
    return list
  }
  const run: LetterRun = {
    queued: 0,
    alreadyInformed: 0,
    withoutEmail: 0,
    byLanguage: {},
    lastNotBefore: null,
  }
  const todo = contacts.filter((c) => {
    if (already.has(c.subjectId)) {
      run.alreadyInformed += 1
      return false
    }
    if (!c.email) {
      run.withoutEmail += 1
      return false
    }
    return true
  })
  const dueNow: string[] = []
  for (let start = 0; start < todo.length; start += CHUNK) {
    const chunk = todo.slice(start, start + CHUNK)
    await inTransaction(ctx, async (ctx) => {
      const rows = []
      for (const [offset, contact] of chunk.entries()) {
        const index = start + offset
        const language: LetterLanguage = contact.language ?? orgLanguage
        const letter = breachLetter(facts, organisation, labelsIn(language), language, contact.name || null)
        const minute = Math.floor(index / perMinute)
        const notBefore = minute === 0 ? undefined : new Date(now.getTime() + minute * 60_000)
        const outboxId = await queueMail(ctx.db, ctx.encryption, {
          organizationId: org.id,
          to: contact.email ?? '',
          language,
          notBefore,
          template: 'breach-letter',
          params: {
            subject: letter.subject,
            greeting: letter.greeting,
            paragraphs: letter.paragraphs,
            closing: letter.closing,
            signature: letter.signature,
          },
        })
        if (!notBefore) dueNow.push(outboxId)
        else run.lastNotBefore = notBefore.toISOString()
        run.byLanguage[language] = (run.byLanguage[language] ?? 0) + 1
        rows.push({ organizationId: org.id, breachId: id, subjectId: contact.subjectId, language, outboxId })
      }
      await insertLetters(ctx.db, rows)
    })
    run.queued += chunk.length
  }
  await inTransaction(ctx, async (ctx) => {
    await insertEvent(ctx.db, {
      organizationId: org.id,
      breachId: id,
      kind: 'subjects_informed',
      at: now,
      decidedBy: null,
      recordedBy: actor.label,
      data: { key: 'subjects_informed', ...run },
    })
    await recordAudit(ctx.db, actor, {
      organizationId: org.id,
      action: 'breach.letters_queued',
      targetType: 'breach',
      targetId: id,
      summary: {
        reference: breach.reference,
        queued: run.queued,
        alreadyInformed: run.alreadyInformed,
        withoutEmail: run.withoutEmail,
        byLanguage: run.byLanguage,
        perMinute,
      },
    })
  })
  await dispatchQueuedMail(ctx, dueNow)
  return run
}
