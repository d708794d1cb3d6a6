import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/problem'
import type { Language, NoticeVersion, PublishedNotice } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { noticeHref } from '../../app/routes'
import { useBusy } from '../../app/useBusy'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { CheckboxField } from '../form/CheckboxField'
import { TextField } from '../form/TextField'
import { TextAreaField } from '../register/form/TextAreaField'
import { publicHref, publishNotice, todayInBelgium } from './noticeApi'

const FORM = 'notice-publish'
const DATE = /^\d{4}-\d{2}-\d{2}$/

interface Props {
  slug: string
  /** Required elements still missing: publishing is refused until there are none. */
  missing: number
  latest: NoticeVersion | undefined
  publicUrl: string
  language: Language
  onPublished: (result: PublishedNotice) => void
  /** The server found elements missing (the register changed since the check): the check should run again. */
  onRefused: () => void
}

/** Publishes the notice as it reads now as a new, immutable version in every language of the organisation. */
export function PublishPanel({ slug, missing, latest, publicUrl, language, onPublished, onRefused }: Props) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  const [effectiveDate, setEffectiveDate] = useState(todayInBelgium)
  const [material, setMaterial] = useState(false)
  const [changeSummary, setChangeSummary] = useState('')
  const [dateError, setDateError] = useState<string | undefined>(undefined)
  const [error, setError] = useState<unknown>(null)
  const [published, setPublished] = useState<PublishedNotice | null>(null)
  const [busy, run] = useBusy()
  const errorRef = useRef<HTMLDivElement>(null)
  const blocked = missing > 0

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (blocked || busy) return
    if (effectiveDate && !DATE.test(effectiveDate)) {
      setDateError(t('notice.publish.invalidDate'))
      document.getElementById(`${FORM}-effectiveDate`)?.focus()
      return
    }
    setDateError(undefined)
    void run(async () => {
      setError(null)
      setPublished(null)
      try {
        const result = await publishNotice(slug, { effectiveDate, material, changeSummary })
        setPublished(result)
        setMaterial(false)
        setChangeSummary('')
        onPublished(result)
      } catch (failure) {
        setError(failure)
        errorRef.current?.focus()
        if (failure instanceof ApiError && failure.status === 422) onRefused()
      }
    })
  }

  const refused = error instanceof ApiError && error.status === 422 ? error : null
  return (
    <section aria-labelledby="publish-title" className="card publish-panel" data-testid="publish-panel">
      <h2 id="publish-title">{t('notice.publish.title')}</h2>
      <p data-testid="publish-current">
        {latest
          ? t('notice.publish.current', { version: latest.version, date: date(latest.effectiveDate) })
          : t('notice.publish.none')}
      </p>
      <div role="status" data-testid="publish-result">
        {published ? (
          <div className="alert alert-success">
            <p>
              {t('notice.publish.done', { version: published.version, date: date(published.effectiveDate) })}
              {published.subscribersNotified > 0
                ? ` ${t('notice.publish.notified', { count: published.subscribersNotified })}`
                : ''}
            </p>
            <p>
              <a href={publicHref(publicUrl, { lang: language })} data-testid="publish-public-link">
                {t('notice.publish.viewPublic')}
              </a>
              {' · '}
              <a href={noticeHref(slug, { view: 'versions' })}>{t('notice.publish.viewVersions')}</a>
            </p>
          </div>
        ) : null}
      </div>
      <div ref={errorRef} tabIndex={-1} className="publish-errors" data-testid="publish-errors">
        {refused ? (
          <div className="alert alert-error" role="alert">
            <p>{t('notice.publish.refused', { count: refused.problem?.errors?.length ?? 0 })}</p>
            {refused.problem?.errors?.length ? (
              <ul className="problem-list" lang="en">
                {refused.problem.errors.map((e) => (
                  <li key={`${e.path}:${e.message}`}>
                    <code>{e.path}</code>: {e.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : (
          <ErrorMessage error={error} />
        )}
      </div>
      <form id={FORM} onSubmit={submit} noValidate className="form" data-testid="publish-form">
        <TextField
          id={`${FORM}-effectiveDate`}
          type="date"
          label={t('notice.publish.effectiveDate')}
          hint={t('notice.publish.effectiveDateHint')}
          value={effectiveDate}
          onChange={setEffectiveDate}
          error={dateError}
          className="field-medium"
          testId="publish-effective-date"
        />
        <CheckboxField
          id={`${FORM}-material`}
          label={t('notice.publish.material')}
          description={t(latest ? 'notice.publish.materialHint' : 'notice.publish.materialHintFirst')}
          checked={material}
          onChange={setMaterial}
        />
        <TextAreaField
          id={`${FORM}-changeSummary`}
          label={t('notice.publish.changeSummary')}
          hint={t('notice.publish.changeSummaryHint')}
          value={changeSummary}
          onChange={setChangeSummary}
          maxLength={2000}
          optional
          testId="publish-change-summary"
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button-primary"
            disabled={blocked || busy}
            aria-describedby={blocked ? 'publish-blocked' : undefined}
            data-testid="publish-submit"
          >
            {busy ? t('notice.publish.publishing') : t('notice.publish.submit')}
          </button>
        </div>
        {blocked ? (
          <p id="publish-blocked" className="publish-blocked" data-testid="publish-blocked">
            {t('notice.publish.blocked', { count: missing })}
          </p>
        ) : null}
      </form>
    </section>
  )
}
