import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import { useBusy } from '../../app/useBusy'
import { useFormErrors } from '../../app/useFormErrors'
import { optionsOf } from '../../components/connectors/connectionDraft'
import {
  type DiscoverResult,
  DiscoveryFailed,
  type DiscoveryProgress,
  discoverDataset,
  keyOfSource,
  saveConnection,
  saveDataset,
} from '../../components/connectors/connectorApi'
import { connectorRefusal } from '../../components/connectors/connectorProblem'
import { DatasetFileForm } from '../../components/connectors/DatasetFileForm'
import { DiscoverForm } from '../../components/connectors/DiscoverForm'
import {
  type DiscoverDraft,
  discoverBodyOf,
  discoverProblems,
  EMPTY_DISCOVER,
  progressLine,
} from '../../components/connectors/discoverDraft'
import { ReferencesTable } from '../../components/connectors/ReferencesTable'
import { SuggestionsTable } from '../../components/connectors/SuggestionsTable'
import { LocalProblem } from '../../components/connectors/sourceProblems'
import { useRegisterNames } from '../../components/connectors/useRegisterNames'
import { PageTitle } from '../../components/layout/PageTitle'

const FIELDS = ['host', 'port', 'database', 'user', 'schema', 'url', 'key', 'system', 'name'] as const

/**
 * Discovery: Custos reads a database's tables, keys and a sample of values and proposes a dataset. The user reviews
 * the suggestions and the file, edits it and saves; the connection is then stored with the same settings.
 */
export function DiscoverPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const { navigate } = useRouter()
  const names = useRegisterNames(slug)
  const [draft, setDraft] = useState<DiscoverDraft>(EMPTY_DISCOVER)
  const [result, setResult] = useState<DiscoverResult | null>(null)
  const [source, setSource] = useState('')
  const [saveError, setSaveError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const errors = useFormErrors('discover', { fields: FIELDS })
  const reviewRef = useRef<HTMLHeadingElement>(null)
  const [progress, setProgress] = useState<DiscoveryProgress | null>(null)
  const [failed, setFailed] = useState<string | null>(null)
  const polling = useRef<AbortController | null>(null)
  useEffect(() => () => polling.current?.abort(), [])

  const discover = () => {
    errors.clear()
    const first = Object.entries(discoverProblems(draft))[0]
    if (first) return errors.invalid(first[0], t(`connectors.discover.problems.${first[1]}`))
    void run(async () => {
      setResult(null)
      setProgress(null)
      setFailed(null)
      polling.current?.abort()
      const controller = new AbortController()
      polling.current = controller
      try {
        const found = await discoverDataset(slug, discoverBodyOf(draft), setProgress, controller.signal)
        setResult(found)
        setSource(found.source)
        setSaveError(null)
        requestAnimationFrame(() => reviewRef.current?.focus())
      } catch (failure) {
        if (controller.signal.aborted) return
        const refusal = connectorRefusal(failure, t)
        if (failure instanceof DiscoveryFailed) setFailed(failure.message)
        else if (refusal) setFailed(refusal)
        else errors.fail(failure)
      }
    })
  }
  const line = progressLine(progress)

  const save = async () => {
    setSaveError(null)
    const key = keyOfSource(source)
    if (!key) {
      setSaveError(new LocalProblem(t('connectors.new.keyMissing')))
      return false
    }
    try {
      const saved = await saveDataset(slug, key, source)
      try {
        await saveConnection(slug, key, {
          options: optionsOf(draft.connection),
          ...(draft.secret ? { secret: draft.secret } : {}),
        })
        setFlash(t('connectors.discover.saved', { name: saved.name }))
      } catch {
        setFlash(t('connectors.discover.savedWithoutConnection', { name: saved.name }))
      }
      navigate({ name: 'connectors', slug, view: { view: 'detail', key } })
      return true
    } catch (failure) {
      setSaveError(failure)
      return false
    }
  }

  return (
    <>
      <PageTitle>{t('connectors.discover.title')}</PageTitle>
      <p className="lead">{t('connectors.discover.intro')}</p>
      <section className="card" aria-labelledby="discover-form-title">
        <h2 id="discover-form-title">{t('connectors.discover.formTitle')}</h2>
        <DiscoverForm
          slug={slug}
          draft={draft}
          onChange={setDraft}
          onSubmit={discover}
          busy={busy}
          systems={names.systems}
          systemsLoaded={names.loaded}
          error={errors.fieldError}
          message={errors.message}
        />
        <div
          role="status"
          aria-live="polite"
          className={
            busy
              ? 'alert alert-info busy'
              : failed
                ? 'alert alert-error'
                : result
                  ? 'discover-status'
                  : 'live-region'
          }
          data-testid="discover-status"
        >
          {busy ? (
            <>
              <span>{t('connectors.discover.busy')}</span>
              <div className="discover-progress">
                <span data-testid="discover-progress-text">
                  {line.key === 'progress'
                    ? t('connectors.discover.progress', {
                        done: line.done,
                        total: line.total,
                        table: line.table,
                      })
                    : t('connectors.discover.progressStart')}
                </span>
                <progress
                  max={progress?.total || 1}
                  value={progress?.total ? progress.done : undefined}
                  aria-label={t('connectors.discover.progressLabel')}
                  data-testid="discover-progress"
                />
              </div>
            </>
          ) : failed ? (
            t('connectors.discover.failed', { error: failed })
          ) : result ? (
            t('connectors.discover.done', { count: result.suggestions.length })
          ) : (
            ''
          )}
        </div>
      </section>
      {result ? (
        <>
          <section className="card" aria-labelledby="review-title" data-testid="discover-review">
            <h2 id="review-title" ref={reviewRef} tabIndex={-1}>
              {t('connectors.discover.reviewTitle')}
            </h2>
            <p className="hint">{t('connectors.discover.reviewIntro')}</p>
            <SuggestionsTable suggestions={result.suggestions} names={names} />
            <ReferencesTable references={result.references ?? []} />
          </section>
          <section className="card" aria-labelledby="proposal-title" data-testid="discover-proposal">
            <h2 id="proposal-title">{t('connectors.discover.proposalTitle')}</h2>
            <DatasetFileForm
              id="discover-dataset"
              source={source}
              onChange={setSource}
              onSubmit={save}
              error={saveError}
              submitLabel={t('connectors.discover.save')}
              hint={t('connectors.discover.proposalHint')}
            />
          </section>
        </>
      ) : null}
    </>
  )
}
