import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ApiError, call } from '../../api/problem'
import type { paths } from '../../api/schema'
import type { Language } from '../../api/types'
import { fieldText } from '../../app/problemText'
import { useBusy } from '../../app/useBusy'
import { ErrorMessage } from '../feedback/ErrorMessage'

type Path = '/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/import/cnil-pia'
type Preview = paths[Path]['post']['responses'][200]['content']['application/json']

/**
 * Import of the JSON file the CNIL's PIA software exports (decision 0092): choose the file, read the preview (what
 * becomes the new draft version, what is left out and why), then confirm. The file's validation is never taken over.
 */
export function CnilImport({
  slug,
  activityKey,
  language,
  onImported,
}: {
  slug: string
  activityKey: string
  language: Language
  onImported: (version: number) => void
}) {
  const { t } = useTranslation()
  const [file, setFile] = useState<{ name: string; text: string } | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const resultRef = useRef<HTMLDivElement>(null)

  const send = (dryRun: boolean) =>
    run(async () => {
      if (!file) return
      setError(null)
      try {
        const answer = await call(
          api.POST('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/import/cnil-pia', {
            params: {
              path: { slug, activityKey },
              query: { lang: language, dryRun: dryRun ? 'true' : 'false' },
            },
            body: file.text as never,
            bodySerializer: (body: unknown) => body as string,
            headers: { 'Content-Type': 'application/json' },
          }),
        )
        if (dryRun) setPreview(answer)
        else {
          setPreview(null)
          setFile(null)
          onImported(answer.version)
        }
      } catch (failure) {
        setPreview(null)
        setError(failure)
      }
      resultRef.current?.focus()
    })

  const problems = error instanceof ApiError ? (error.problem?.errors ?? []) : []
  const c = preview?.content
  const filledPrinciples = c
    ? Object.values(c.principles ?? {}).filter((p) => p?.answer || p?.evaluation)
    : []
  const risks = c
    ? (['illegitimate_access', 'unwanted_modification', 'disappearance'] as const).flatMap((key) => {
        const r = c.risks?.[key]
        return r ? [[key, r] as const] : []
      })
    : []
  return (
    <section className="card" aria-labelledby="cnil-import-title" data-testid="cnil-import">
      <h2 id="cnil-import-title">{t('dpia.cnilImport.title')}</h2>
      <p className="hint">{t('dpia.cnilImport.intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!file) {
            setError(new Error(t('dpia.cnilImport.chooseFile')))
            resultRef.current?.focus()
            return
          }
          void send(true)
        }}
      >
        <div className="field">
          <label htmlFor="cnil-import-file">{t('dpia.cnilImport.file')}</label>
          <p id="cnil-import-file-hint" className="hint">
            {t('dpia.cnilImport.fileHint')}
          </p>
          <input
            type="file"
            id="cnil-import-file"
            accept=".json,application/json"
            aria-describedby="cnil-import-file-hint"
            data-testid="cnil-import-file"
            onChange={(e) => {
              const chosen = e.target.files?.[0]
              setPreview(null)
              setError(null)
              if (!chosen) return setFile(null)
              void chosen.text().then((text) => setFile({ name: chosen.name, text }))
            }}
          />
        </div>
        <div className="form-actions">
          <button
            type="submit"
            className="button-secondary"
            disabled={busy}
            data-testid="cnil-import-preview"
          >
            {t('dpia.cnilImport.preview')}
          </button>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} data-testid="cnil-import-result">
        {error instanceof Error && !(error instanceof ApiError) ? (
          <p className="alert alert-error" role="alert">
            {error.message}
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
        {problems.length ? (
          <ul className="problem-list" data-testid="cnil-import-problems">
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one place can have several problems
              <li key={`${p.path}:${i}`}>
                <code>{p.path.replace(/^body\.?/, '') || '/'}</code>: {fieldText(t, p)}
              </li>
            ))}
          </ul>
        ) : null}
        {preview && c ? (
          <div data-testid="cnil-import-preview-result">
            <h3>{t('dpia.cnilImport.previewTitle', { version: preview.version })}</h3>
            {preview.piaName ? <p>{t('dpia.cnilImport.piaName', { name: preview.piaName })}</p> : null}
            {preview.previous ? (
              <p>
                {t('dpia.cnilImport.previous', {
                  version: preview.previous.version,
                  status: preview.previous.statusLabel,
                })}
                {preview.previous.plannedMeasures
                  ? ` ${t('dpia.cnilImport.previousMeasures', { count: preview.previous.plannedMeasures })}`
                  : ''}
              </p>
            ) : null}
            {preview.decisionInFile ? (
              <div className="alert alert-warning" data-testid="cnil-import-decision">
                {t('dpia.cnilImport.decisionNotCarried', { status: preview.fileStatusLabel })}
              </div>
            ) : null}
            <h4>{t('dpia.cnilImport.imported')}</h4>
            <dl className="kv-list" data-testid="cnil-import-fields">
              <div>
                <dt>{t('dpia.assessment.overview')}</dt>
                <dd>{excerpt(c.context?.overview) ?? t('dpia.cnilImport.empty')}</dd>
              </div>
              <div>
                <dt>{t('dpia.assessment.lifecycle')}</dt>
                <dd>{excerpt(c.context?.lifecycle) ?? t('dpia.cnilImport.empty')}</dd>
              </div>
              <div>
                <dt>{t('dpia.assessment.principles')}</dt>
                <dd>{t('dpia.cnilImport.principles', { count: filledPrinciples.length })}</dd>
              </div>
              <div>
                <dt>{t('dpia.cnilImport.existingText')}</dt>
                <dd>{excerpt(c.existingMeasuresText) ?? t('dpia.cnilImport.empty')}</dd>
              </div>
              {risks.map(([key, r]) => (
                <div key={key}>
                  <dt>{t(`dpia.cnilImport.risk.${key}`)}</dt>
                  <dd>
                    {r?.initial
                      ? t('dpia.cnilImport.estimate', {
                          severity: r.initial.severity,
                          likelihood: r.initial.likelihood,
                        })
                      : t('dpia.cnilImport.notEstimated')}
                    {r?.residual
                      ? `; ${t('dpia.cnilImport.residual', { severity: r.residual.severity, likelihood: r.residual.likelihood })}`
                      : ''}
                  </dd>
                </div>
              ))}
              <div>
                <dt>{t('dpia.assessment.planned')}</dt>
                <dd>
                  {(c.plannedMeasures ?? []).length
                    ? (c.plannedMeasures ?? []).map((m) => m.title).join(' · ')
                    : t('dpia.cnilImport.empty')}
                </dd>
              </div>
              <div>
                <dt>{t('dpia.assessment.dpoOpinion')}</dt>
                <dd>{excerpt(c.dpoOpinion) ?? t('dpia.cnilImport.empty')}</dd>
              </div>
              <div>
                <dt>{t('dpia.assessment.peopleViews')}</dt>
                <dd>{excerpt(c.peopleViews) ?? t('dpia.cnilImport.empty')}</dd>
              </div>
            </dl>
            <h4>{t('dpia.cnilImport.notImported', { count: preview.notImported.length })}</h4>
            {preview.notImported.length ? (
              <ul data-testid="cnil-import-left-out">
                {preview.notImported.map((n) => (
                  <li key={`${n.path}:${n.label}`}>
                    <strong>{n.label}</strong> - {n.reasonLabel}
                    {n.excerpt ? (
                      <>
                        {' '}
                        <q className="muted">{n.excerpt}</q>
                      </>
                    ) : null}{' '}
                    <code className="muted">{n.path}</code>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('dpia.cnilImport.allImported')}</p>
            )}
            <div className="form-actions">
              <button
                type="button"
                className="button-primary"
                disabled={busy}
                onClick={() => void send(false)}
                data-testid="cnil-import-confirm"
              >
                {t('dpia.cnilImport.confirm', { version: preview.version })}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setPreview(null)
                  setError(null)
                }}
              >
                {t('dpia.cnilImport.cancel')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  )
}

function excerpt(text: string | undefined): string | null {
  const one = text?.replace(/\s+/g, ' ').trim()
  if (!one) return null
  return one.length > 240 ? `${one.slice(0, 239)}…` : one
}
