import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { TextField } from '../../components/form/TextField'
import { TextAreaField } from '../../components/register/form/TextAreaField'
import { type BreachAnswer, type BreachChange, localInput } from './breachFacts'
import { Countdown } from './Countdown'
import { useAction } from './useAction'

interface Props {
  slug: string
  breach: BreachAnswer
  onChange: (breach: BreachChange) => void
}

/**
 * The running clocks of a breach and what stops them: the reasons for a delay once a clock is overdue (Art. 33(1)),
 * part 1 filed with the GBA (and its case number, also later), part 2 filed.
 */
export function ClocksSection({ slug, breach: b, onChange }: Props) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const path = { slug, id: b.id }
  const part1Clock = b.clocks.find((c) => c.name === 'part1')
  const part1Late = part1Clock?.state === 'overdue'
  const open = b.status === 'open'

  const [delayReason, setDelayReason] = useState(b.delayReason ?? '')
  // Left untouched, the filing is recorded as now (when the button is pressed), not when the page was opened.
  const [filedAt, setFiledAt] = useState<string | null>(null)
  const [caseNumber, setCaseNumber] = useState('')
  const [part2At, setPart2At] = useState<string | null>(null)
  const reason = useAction()
  const part1 = useAction()
  const part2 = useAction()

  function submitReason(e: FormEvent) {
    e.preventDefault()
    reason.run(async () =>
      onChange(
        await call(
          api.POST('/api/v1/orgs/{slug}/breaches/{id}/delay-reason', {
            params: { path },
            body: { reason: delayReason },
          }),
        ),
      ),
    )
  }

  function submitPart1(e: FormEvent) {
    e.preventDefault()
    part1.run(async () => {
      const filed = b.part1FiledAt !== null
      onChange(
        await call(
          api.POST('/api/v1/orgs/{slug}/breaches/{id}/notification/part1', {
            params: { path },
            body: {
              ...(filed || filedAt === null ? {} : { filedAt: new Date(filedAt).toISOString() }),
              ...(caseNumber.trim() ? { caseNumber: caseNumber.trim() } : {}),
              ...(!filed && delayReason.trim() && !b.delayReason ? { delayReason: delayReason.trim() } : {}),
            },
          }),
        ),
      )
      setCaseNumber('')
    })
  }

  function submitPart2(e: FormEvent) {
    e.preventDefault()
    part2.run(async () =>
      onChange(
        await call(
          api.POST('/api/v1/orgs/{slug}/breaches/{id}/notification/part2', {
            params: { path },
            body: part2At === null ? {} : { filedAt: new Date(part2At).toISOString() },
          }),
        ),
      ),
    )
  }

  const notifyGba = b.role === 'controller' && b.assessment?.obligations.notifyAuthority !== false
  return (
    <section aria-labelledby="breach-clocks" className="card">
      <h2 id="breach-clocks">{t('breaches.clocks')}</h2>
      <ul className="plain-list" data-testid="breach-clocks">
        {b.clocks.map((c) => (
          <li key={c.name}>
            <strong>{t(`breaches.clockNames.${c.name}`)}</strong>: {dateTime(c.dueAt)} ·{' '}
            <Countdown dueAt={c.dueAt} state={c.state} />
            {c.doneAt ? ` · ${t('breaches.flow.doneAt', { at: dateTime(c.doneAt) })}` : ''}
          </li>
        ))}
      </ul>
      {b.role === 'controller' && b.assessment && !b.assessment.obligations.notifyAuthority ? (
        <p>{t('breaches.flow.noNotificationNeeded')}</p>
      ) : null}
      {b.noticePromise?.contradicted ? (
        <p className="alert alert-warning" role="status" data-testid="breach-notice-promise">
          {t('breaches.noticePromiseContradicted')}
          {b.noticePromise.withinHours !== null
            ? ` ${t('breaches.noticePromiseWithin', { hours: b.noticePromise.withinHours })}`
            : ''}
        </p>
      ) : null}
      {b.caseNumber ? <p>{t('breaches.caseNumber', { caseNumber: b.caseNumber })}</p> : null}
      {b.delayReason ? (
        <p>
          <strong>{t('breaches.flow.delayReason')}</strong>: {b.delayReason}
        </p>
      ) : null}

      {open && b.delayReasonRequired && b.can.notify ? (
        <form onSubmit={submitReason} aria-labelledby="breach-delay-heading" noValidate>
          <h3 id="breach-delay-heading">{t('breaches.flow.delayReason')}</h3>
          <p className="alert alert-warning" role="status">
            {t('breaches.delayReasonRequired')}
          </p>
          <TextAreaField
            id="breach-delay-reason"
            label={t('breaches.flow.delayReasonLabel')}
            value={delayReason}
            onChange={setDelayReason}
          />
          <ErrorMessage error={reason.error} />
          <button type="submit" className="button-primary" disabled={reason.busy}>
            {t('breaches.flow.recordDelayReason')}
          </button>
        </form>
      ) : null}

      {open && notifyGba && b.can.notify && (b.part1FiledAt === null || b.caseNumber === null) ? (
        <form onSubmit={submitPart1} aria-labelledby="breach-part1-heading" noValidate>
          <h3 id="breach-part1-heading">
            {b.part1FiledAt === null ? t('breaches.flow.part1Filed') : t('breaches.flow.caseNumberLater')}
          </h3>
          {b.part1FiledAt === null ? (
            <>
              <p>{t('breaches.flow.part1Hint')}</p>
              <TextField
                id="breach-part1-at"
                type="datetime-local"
                label={t('breaches.flow.filedAt')}
                value={filedAt ?? localInput()}
                onChange={setFiledAt}
              />
            </>
          ) : null}
          <TextField
            id="breach-case-number"
            label={t('breaches.flow.caseNumberField')}
            hint={t('breaches.flow.caseNumberHint')}
            value={caseNumber}
            onChange={setCaseNumber}
            optional={b.part1FiledAt === null}
          />
          {b.part1FiledAt === null && part1Late && !b.delayReason ? (
            <TextAreaField
              id="breach-part1-delay"
              label={t('breaches.flow.delayReasonLabel')}
              hint={t('breaches.delayReasonRequired')}
              value={delayReason}
              onChange={setDelayReason}
            />
          ) : null}
          <ErrorMessage error={part1.error} />
          <button type="submit" className="button-primary" disabled={part1.busy}>
            {b.part1FiledAt === null ? t('breaches.flow.recordPart1') : t('breaches.flow.recordCaseNumber')}
          </button>
        </form>
      ) : null}

      {open && b.can.notify && b.part1FiledAt !== null && b.part2FiledAt === null ? (
        <form onSubmit={submitPart2} aria-labelledby="breach-part2-heading" noValidate>
          <h3 id="breach-part2-heading">{t('breaches.flow.part2Filed')}</h3>
          <TextField
            id="breach-part2-at"
            type="datetime-local"
            label={t('breaches.flow.filedAt')}
            value={part2At ?? localInput()}
            onChange={setPart2At}
          />
          <ErrorMessage error={part2.error} />
          <button type="submit" className="button-primary" disabled={part2.busy}>
            {t('breaches.flow.recordPart2')}
          </button>
        </form>
      ) : null}
    </section>
  )
}
