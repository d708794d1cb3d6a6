import type { TFunction } from 'i18next'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { RadioGroup } from '../../components/form/RadioGroup'
import { TextField } from '../../components/form/TextField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import { type BreachAnswer, type BreachChange, localInput } from './breachFacts'
import { useAction } from './useAction'

const KINDS = [
  'recorded',
  'event',
  'decision',
  'delay_reason',
  'authority_notified',
  'authority_completed',
  'controllers_notified',
  'controller_notices_sent',
  'subjects_informed',
  'affected_counted',
  'reminder',
  'closed',
] as const
type Kind = (typeof KINDS)[number]
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind)
type Entry = BreachAnswer['timeline'][number]

/**
 * An entry in the interface's language: a person's words as written (an assessment's with the risk it concluded),
 * a step Custos recorded worded from its key and data (the server stores no sentence for it).
 */
function entryText(e: Entry, t: TFunction): string {
  const d = e.data as Record<string, unknown>
  const n = (k: string) => (typeof d[k] === 'number' ? (d[k] as number) : 0)
  switch (e.key) {
    case 'note':
      return e.text
    case 'assessed': {
      if (!e.risk) return e.text
      const risks = {
        unlikely: t('breaches.assess.risks.unlikely'),
        risk: t('breaches.assess.risks.risk'),
        high: t('breaches.assess.risks.high'),
      }
      return `${t('breaches.assess.decisionRisk', { risk: risks[e.risk] })} ${e.text}`
    }
    case 'authority_notified':
      return typeof d.caseNumber === 'string'
        ? t('breaches.kindTexts.authority_notified_case', { caseNumber: d.caseNumber })
        : t('breaches.kindTexts.authority_notified')
    case 'subjects_informed':
      return t('breaches.kindTexts.subjects_informed', { count: n('queued') })
    case 'reminder': {
      const name =
        d.clock === 'part2'
          ? t('breaches.clockNames.part2')
          : d.clock === 'controllers'
            ? t('breaches.clockNames.controllers')
            : t('breaches.clockNames.part1')
      return d.reminder === 'overdue'
        ? t('breaches.kindTexts.reminder_overdue', { clock: name })
        : t('breaches.kindTexts.reminder_due_soon', { clock: name, hours: n('hoursBefore') })
    }
    case 'controller_notices_sent': {
      const list = Array.isArray(d.recipients)
        ? (d.recipients as { name: string | null; email: string }[])
        : []
      return t('breaches.kindTexts.controller_notices_sent', {
        recipients: list.map((r) => (r.name ? `${r.name} <${r.email}>` : r.email)).join(', '),
      })
    }
    case 'affected_counted': {
      const words = {
        dataset: String(d.datasetName ?? d.dataset ?? ''),
        collection: String(d.collection ?? ''),
        people: n('people'),
        records: n('records'),
      }
      // A count of an earlier version did not keep how many the subject index knew: nothing is said of it.
      return typeof d.inIndex === 'number'
        ? t('breaches.kindTexts.affected_counted', { ...words, inIndex: d.inIndex })
        : t('breaches.kindTexts.affected_counted_index_unknown', words)
    }
    case 'recorded':
      return t('breaches.kindTexts.recorded')
    case 'authority_completed':
      return t('breaches.kindTexts.authority_completed')
    case 'controllers_notified':
      return t('breaches.kindTexts.controllers_notified')
    default:
      return e.text
  }
}

/** The timeline of events and decisions (who decided), with the file's own steps, and a form to add to it. */
export function TimelineSection({
  slug,
  breach: b,
  onChange,
}: {
  slug: string
  breach: BreachAnswer
  onChange: (breach: BreachChange) => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const [kind, setKind] = useState<'event' | 'decision'>('event')
  const [at, setAt] = useState(() => localInput())
  const [text, setText] = useState('')
  const [decidedBy, setDecidedBy] = useState('')
  const action = useAction()

  function submit(e: FormEvent) {
    e.preventDefault()
    action.run(async () => {
      onChange(
        await call(
          api.POST('/api/v1/orgs/{slug}/breaches/{id}/timeline', {
            params: { path: { slug, id: b.id } },
            body: {
              kind,
              at: new Date(at).toISOString(),
              text,
              ...(kind === 'decision' && decidedBy.trim() ? { decidedBy: decidedBy.trim() } : {}),
            },
          }),
        ),
      )
      setText('')
      setDecidedBy('')
    })
  }

  const entries = [...b.timeline].sort((x, y) => x.at.localeCompare(y.at))
  return (
    <section aria-labelledby="breach-timeline" className="card">
      <h2 id="breach-timeline">{t('breaches.timeline')}</h2>
      <table className="table" data-testid="breach-timeline">
        <thead>
          <tr>
            <th scope="col">{t('breaches.flow.when')}</th>
            <th scope="col">{t('breaches.flow.kind')}</th>
            <th scope="col">{t('breaches.flow.what')}</th>
            <th scope="col">{t('breaches.flow.who')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{dateTime(e.at)}</td>
              <td>{isKind(e.kind) ? t(`breaches.kinds.${e.kind}`) : e.kind}</td>
              <td style={{ whiteSpace: 'pre-line' }}>{entryText(e, t)}</td>
              <td>{e.decidedBy ? t('breaches.decidedBy', { name: e.decidedBy }) : e.recordedBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {b.can.write && b.status === 'open' ? (
        <form onSubmit={submit} aria-labelledby="breach-timeline-add" noValidate>
          <h3 id="breach-timeline-add">{t('breaches.flow.addEntry')}</h3>
          <RadioGroup
            id="timeline-kind"
            legend={t('breaches.flow.kind')}
            inline
            value={kind}
            onChange={setKind}
            options={[
              { value: 'event', label: t('breaches.kinds.event') },
              { value: 'decision', label: t('breaches.kinds.decision') },
            ]}
          />
          <TextField
            id="timeline-at"
            type="datetime-local"
            label={t('breaches.flow.when')}
            value={at}
            onChange={setAt}
          />
          <TextAreaField id="timeline-text" label={t('breaches.flow.what')} value={text} onChange={setText} />
          {kind === 'decision' ? (
            <TextField
              id="timeline-decided-by"
              label={t('breaches.assess.decidedBy')}
              hint={t('breaches.assess.decidedByHint')}
              value={decidedBy}
              onChange={setDecidedBy}
              optional
            />
          ) : null}
          <ErrorMessage error={action.error} />
          <button type="submit" className="button-primary" disabled={action.busy}>
            {t('breaches.flow.addEntryButton')}
          </button>
        </form>
      ) : null}
    </section>
  )
}
