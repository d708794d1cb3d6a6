import type { AppContext } from '../../context'
import { toBrusselsDate } from '../../domain/brussels-time'
import { daysInMonth, type IsoDate } from '../../domain/calendar-date'
import { type Language, textIn } from '../../domain/register/localized'
import { colon, semicolon } from '../../domain/requests/format'
import { type FormPdf, type FormPdfField, renderFormPdf } from '../../lib/pdf/form-pdf'
import { listActions } from '../action-plan'
import { pendingBreachClocks } from '../breaches'
import { screeningsOf } from '../dpia'
import type { Organization } from '../organizations'
import { requestsAnsweredBetween } from '../requests'
import { indicatorsOf } from './indicators'
import { formatNumber, formatPercent, REPORT_WORDS } from './report-words'
import { trendOf } from './snapshots'

/** At most this many pending actions are listed by name; the rest are counted. */
const LISTED_ACTIONS = 40

/** dd/mm/yyyy, as Belgians write a date in nl, fr and en alike. */
const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
const brusselsDateTime = (at: Date) =>
  new Intl.DateTimeFormat('nl-BE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(at)

/** The first and last day of a month 'YYYY-MM', the last one not after today. */
function monthWindow(month: string, today: IsoDate): { from: IsoDate; to: IsoDate } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const from = `${month}-01`
  const last = `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`
  return { from, to: last < today ? last : today }
}

/**
 * The monthly compliance report of one organisation (issue 21 item 4) as a PDF in `lang`: a summary naming what is
 * urgent and what needs attention, every indicator in words with its trend against the snapshot of 30 days ago
 * (or why there is none yet), the requests answered in the month and on time, the running breach time limits, the
 * DPIAs due and the pending actions. The indicators describe the day it is drawn up, and it says so.
 */
export async function complianceReportPdf(
  ctx: AppContext,
  org: Organization,
  month: string,
  lang: Language,
  now = new Date(),
): Promise<Buffer> {
  const w = REPORT_WORDS[lang]
  const today = toBrusselsDate(now)
  const window = monthWindow(month, today)
  const [indicators, trend, answered, clocks, screenings, actions] = await Promise.all([
    indicatorsOf(ctx, org, now),
    trendOf(ctx, org, now),
    requestsAnsweredBetween(ctx, org, window.from, window.to),
    pendingBreachClocks(ctx, org.id, now),
    screeningsOf(ctx, org),
    listActions(ctx.db, org.id, { status: 'pending' }),
  ])
  const names = (level: string) =>
    indicators
      .filter((i) => i.level === level)
      .map((i) => w.names[i.key])
      .join(`${semicolon(lang)} `)
  const urgent = names('urgent')
  const attention = names('attention')
  const summary = [
    ...(urgent ? [w.urgent(urgent)] : []),
    ...(attention ? [w.attention(attention)] : []),
    ...(!urgent && !attention ? [w.allInOrder] : []),
  ]
  const trendLine = trend.comparedWith
    ? w.trendCompared(day(trend.comparedWith))
    : trend.historySince
      ? w.trendSince(day(trend.historySince))
      : w.trendNone
  const indicatorFields = indicators.map((i): FormPdfField => {
    const level = i.level ? ` (${w.levels[i.level]})` : ''
    let was = ''
    if (trend.comparedWith && i.key in trend.previous) {
      const v = trend.previous[i.key]
      const empty = trend.emptyThen.includes(i.key) ? w.wasEmpty[i.key] : undefined
      was = `\n${
        v === null || v === undefined
          ? (empty ?? w.wasNone)
          : w.was(i.key === 'requests_on_time' ? formatPercent(lang, v) : formatNumber(lang, v))
      }`
    }
    return { label: `${w.names[i.key]}${level}`, value: `${w.value(i.key, i.value, i.details)}${was}` }
  })
  const overdueRequests = Number(indicators.find((i) => i.key === 'requests_overdue')?.value ?? 0)
  const activityName = (s: (typeof screenings)[number]) => textIn(s.activity.name, lang) ?? s.activity.key
  const due = screenings.filter((s) => s.screening?.result === 'required' && !s.assessed).map(activityName)
  const stale = screenings.filter((s) => s.stale).map(activityName)
  const unscreened = screenings
    .filter((s) => s.screening === null && s.suggestion.result !== 'not_required')
    .map(activityName)
  const dpiaFields: FormPdfField[] = [
    ...(due.length ? [{ label: w.dpiasDue, value: due.join('\n') }] : []),
    ...(stale.length ? [{ label: w.dpiasStale, value: stale.join('\n') }] : []),
    ...(unscreened.length ? [{ label: w.dpiasUnscreened, value: unscreened.join('\n') }] : []),
  ]
  const listed = actions.slice(0, LISTED_ACTIONS).map((a) => {
    const when = a.due_date ? w.due(day(a.due_date), a.due_date < today) : w.noDue
    return `- ${a.title[lang]} (${w.priority[a.priority]}, ${when})`
  })
  if (actions.length > LISTED_ACTIONS) listed.push(w.more(actions.length - LISTED_ACTIONS))
  const [y, m] = month.split('-').map(Number) as [number, number]
  const pdf: FormPdf = {
    title: w.title(`${w.months[m - 1]} ${y}`),
    intro: w.intro(org.legalName || org.name, day(today)),
    sections: [
      { heading: w.summary, paragraphs: summary, fields: [] },
      { heading: w.indicators, paragraphs: [trendLine], fields: indicatorFields },
      {
        heading: w.requests,
        paragraphs: [
          answered.answered === 0
            ? w.requestsNone(day(window.from), day(window.to))
            : w.requestsAnswered(day(window.from), day(window.to), answered.answered, answered.onTime),
          w.requestsOverdue(day(today), overdueRequests),
        ],
        fields: [],
      },
      {
        heading: w.breaches,
        paragraphs: clocks.length ? [] : [w.breachesNone],
        fields: clocks.map((c) => ({
          label: `${c.reference} - ${c.title}`,
          value: `${w.clock[c.clock.name]}${colon(lang)} ${w.clockState(c.clock.state, brusselsDateTime(c.clock.dueAt))}${c.delayReasonMissing ? `${semicolon(lang)} ${w.reasonMissing}` : ''}`,
        })),
      },
      { heading: w.dpias, paragraphs: dpiaFields.length ? [] : [w.dpiasNone], fields: dpiaFields },
      { heading: w.actions, paragraphs: actions.length ? [listed.join('\n')] : [w.actionsNone], fields: [] },
    ],
  }
  return renderFormPdf(pdf, org.legalName || org.name)
}
