import type { AppContext } from '../../context'
import type { ActionRow, Language } from '../../db/schema'
import { toBrusselsDate } from '../../domain/brussels-time'
import { csvDocument } from '../../lib/csv'
import { membersOf } from '../members'
import type { Organization } from '../organizations'
import { listActions } from './repository'

type Words = {
  header: readonly string[]
  priority: Record<ActionRow['priority'], string>
  status: Record<ActionRow['status'], string>
  manual: string
  causeGone: string
}

const WORDS: Record<Language, Words> = {
  nl: {
    header: [
      'Actie',
      'Oorzaak',
      'Verantwoordelijke',
      'Prioriteit',
      'Inspanning (dagen)',
      'Uiterlijk',
      'Status',
      'Gesloten op',
      'Reden van sluiting',
      'Link',
      'Aangemaakt op',
      'Beschrijving',
    ],
    priority: { low: 'laag', medium: 'gemiddeld', high: 'hoog', critical: 'kritiek' },
    status: { open: 'open', in_progress: 'in uitvoering', done: 'afgerond', cancelled: 'geannuleerd' },
    manual: 'handmatig',
    causeGone: 'oorzaak verdwenen',
  },
  fr: {
    header: [
      'Action',
      'Cause',
      'Responsable',
      'Priorité',
      'Effort (jours)',
      'Au plus tard',
      'Statut',
      'Clôturée le',
      'Motif de clôture',
      'Lien',
      'Créée le',
      'Description',
    ],
    priority: { low: 'basse', medium: 'moyenne', high: 'haute', critical: 'critique' },
    status: { open: 'ouverte', in_progress: 'en cours', done: 'terminée', cancelled: 'annulée' },
    manual: 'manuelle',
    causeGone: 'cause disparue',
  },
  en: {
    header: [
      'Action',
      'Cause',
      'Owner',
      'Priority',
      'Effort (days)',
      'Due',
      'Status',
      'Closed on',
      'Closing reason',
      'Link',
      'Created on',
      'Description',
    ],
    priority: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
    status: { open: 'open', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' },
    manual: 'manual',
    causeGone: 'cause gone',
  },
}

/**
 * The action plan as CSV (issue 21, the CNIL PIA software's action plan export), in one language, through the
 * project's one CSV writer: titles in that language, owner by name and e-mail, dates as YYYY-MM-DD (Brussels), links to the
 * admin interface in full.
 */
export async function actionPlanCsv(
  ctx: AppContext,
  org: Organization,
  lang: Language,
  status: 'pending' | 'closed' | 'all',
): Promise<string> {
  const w = WORDS[lang]
  const rows = await listActions(ctx.db, org.id, { status })
  const ownerIds = [...new Set(rows.map((r) => r.owner_id).filter((id): id is string => id !== null))]
  const owners = new Map(
    ownerIds.length === 0
      ? []
      : (await membersOf(ctx, org))
          .filter((m) => ownerIds.includes(m.userId))
          .map((m) => [m.userId, m.displayName ? `${m.displayName} <${m.email}>` : m.email]),
  )
  return csvDocument(
    w.header,
    rows.map((r) => [
      (r.title as Record<string, string>)[lang] ?? '',
      r.source === 'manual' ? w.manual : r.source,
      r.owner_id ? (owners.get(r.owner_id) ?? '') : '',
      w.priority[r.priority],
      r.effort_days,
      r.due_date,
      w.status[r.status],
      r.closed_at ? toBrusselsDate(r.closed_at) : '',
      r.closed_reason === 'cause_gone' ? w.causeGone : '',
      r.link ? `${ctx.config.publicUrl}/#${r.link}` : '',
      toBrusselsDate(r.created_at),
      r.description,
    ]),
  )
}
