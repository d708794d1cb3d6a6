import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { RadioGroup } from '../../components/form/RadioGroup'
import { TextField } from '../../components/form/TextField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import { type BreachAnswer, type BreachChange, localInput } from './BreachForm'
import { useAction } from './useAction'

const KINDS = [
  'recorded',
  'event',
  'decision',
  'delay_reason',
  'authority_notified',
  'authority_completed',
  'controllers_notified',
  'subjects_informed',
  'reminder',
  'closed',
] as const
type Kind = (typeof KINDS)[number]
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind)
/** The file's own steps, worded in the interface's language; other entries show the text a person wrote. */
const STEPS = [
  'recorded',
  'authority_notified',
  'authority_completed',
  'controllers_notified',
  'subjects_informed',
  'reminder',
] as const
const isStep = (kind: string): kind is (typeof STEPS)[number] => (STEPS as readonly string[]).includes(kind)

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
              <td style={{ whiteSpace: 'pre-line' }}>
                {isStep(e.kind)
                  ? t(`breaches.kindTexts.${e.kind}`)
                  : e.risk
                    ? `${t('breaches.assess.decisionRisk', { risk: t(`breaches.assess.risks.${e.risk}`) })} ${e.text}`
                    : e.text}
              </td>
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
