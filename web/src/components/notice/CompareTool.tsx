import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language, NoticeDiff, NoticeVersion } from '../../api/types'
import { useBusy } from '../../app/useBusy'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { SelectField } from '../form/SelectField'
import { DiffView } from './DiffView'
import { loadDiff } from './noticeApi'

const FORM = 'notice-compare'
const NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }

interface Props {
  slug: string
  /** Newest first, as the API lists them. */
  versions: NoticeVersion[]
  languages: readonly Language[]
  language: Language
}

/** Pick two published versions and a language; shows what was added and removed between them. */
export function CompareTool({ slug, versions, languages, language: initialLanguage }: Props) {
  const { t } = useTranslation()
  const [from, setFrom] = useState(String(versions[1]?.version ?? versions[0]?.version ?? ''))
  const [to, setTo] = useState(String(versions[0]?.version ?? ''))
  const [language, setLanguage] = useState<Language>(initialLanguage)
  const [sameError, setSameError] = useState<string | undefined>(undefined)
  const [diff, setDiff] = useState<NoticeDiff | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()

  if (versions.length < 2)
    return (
      <section aria-labelledby="compare-title" className="card" data-testid="compare">
        <h2 id="compare-title">{t('notice.diff.title')}</h2>
        <p data-testid="compare-unavailable">{t('notice.diff.needTwo')}</p>
      </section>
    )

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (from === to) {
      setSameError(t('notice.diff.sameVersion'))
      document.getElementById(`${FORM}-to`)?.focus()
      return
    }
    setSameError(undefined)
    void run(async () => {
      setError(null)
      try {
        setDiff(await loadDiff(slug, Number(from), Number(to), language))
      } catch (failure) {
        setDiff(null)
        setError(failure)
      }
    })
  }

  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      {t('notice.versions.versionNumber', { version: v.version })}
    </option>
  ))
  return (
    <>
      <section aria-labelledby="compare-title" className="card" data-testid="compare">
        <h2 id="compare-title">{t('notice.diff.title')}</h2>
        <p className="hint">{t('notice.diff.intro')}</p>
        <form id={FORM} onSubmit={submit} noValidate className="compare-form" data-testid="compare-form">
          <SelectField
            id={`${FORM}-from`}
            label={t('notice.diff.from')}
            value={from}
            onChange={setFrom}
            testId="compare-from"
          >
            {options}
          </SelectField>
          <SelectField
            id={`${FORM}-to`}
            label={t('notice.diff.to')}
            value={to}
            onChange={setTo}
            error={sameError}
            testId="compare-to"
          >
            {options}
          </SelectField>
          <SelectField
            id={`${FORM}-language`}
            label={t('notice.diff.language')}
            value={language}
            onChange={(value) => {
              const next = languages.find((l) => l === value)
              if (next) setLanguage(next)
            }}
            testId="compare-language"
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {NAMES[l]}
              </option>
            ))}
          </SelectField>
          <div className="compare-actions">
            <button type="submit" className="button-primary" disabled={busy} data-testid="compare-submit">
              {busy ? t('notice.diff.comparing') : t('notice.diff.compare')}
            </button>
          </div>
        </form>
        <ErrorMessage error={error} />
      </section>
      <div role="status" className="visually-hidden">
        {diff ? t('notice.diff.ready', { from: diff.from, to: diff.to }) : ''}
      </div>
      {diff ? (
        <DiffView
          diff={diff}
          title={t('notice.diff.resultTitle', {
            from: diff.from,
            to: diff.to,
            language: t(`languages.${diff.language}`),
          })}
        />
      ) : null}
    </>
  )
}
