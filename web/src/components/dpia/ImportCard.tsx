import { type ReactNode, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/problem'
import type { paths } from '../../api/schema'
import { fieldText } from '../../app/problemText'
import { useBusy } from '../../app/useBusy'
import { ErrorMessage } from '../feedback/ErrorMessage'

type CnilPath = '/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/import/cnil-pia'
type CnilPreview = paths[CnilPath]['post']['responses'][200]['content']['application/json']

/** What both imports answer (a CNIL PIA file, a Custos DPIA file): the version it becomes and its content. */
export interface ImportPreview {
  version: number
  previous: CnilPreview['previous']
  decisionInFile: boolean
  content: CnilPreview['content']
  notImported?: CnilPreview['notImported']
}

/**
 * A card that imports a DPIA file as a new draft version (decisions 0092, 0099): choose the file, read the preview
 * (what becomes the new draft version, what is left out and why), then confirm. A decision in the file is never
 * taken over. `kind` prefixes the ids and test ids, `texts` the card's own texts (title, intro, file, fileHint,
 * chooseFile, previousMeasures); the other texts of the preview are shared (dpia.cnilImport).
 */
export function ImportCard<P extends ImportPreview>({
  kind,
  texts,
  send: post,
  about,
  decisionText,
  onImported,
}: {
  kind: 'cnil-import' | 'dpia-import'
  texts: 'dpia.cnilImport' | 'dpia.fileImport'
  send: (text: string, dryRun: boolean) => Promise<P>
  /** What the card says of the file itself, above the fields (its name, where it came from). */
  about: (preview: P) => ReactNode
  decisionText: (preview: P) => string
  onImported: (version: number) => void
}) {
  const { t } = useTranslation()
  const [file, setFile] = useState<{ name: string; text: string } | null>(null)
  const [preview, setPreview] = useState<P | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [busy, run] = useBusy()
  const resultRef = useRef<HTMLDivElement>(null)

  const send = (dryRun: boolean) =>
    run(async () => {
      if (!file) return
      setError(null)
      try {
        const answer = await post(file.text, dryRun)
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
  const notImported = preview?.notImported
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
    <section className="card" aria-labelledby={`${kind}-title`} data-testid={kind}>
      <h2 id={`${kind}-title`}>{t(`${texts}.title`)}</h2>
      <p className="hint">{t(`${texts}.intro`)}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!file) {
            setError(new Error(t(`${texts}.chooseFile`)))
            resultRef.current?.focus()
            return
          }
          void send(true)
        }}
      >
        <div className="field">
          <label htmlFor={`${kind}-file`}>{t(`${texts}.file`)}</label>
          <p id={`${kind}-file-hint`} className="hint">
            {t(`${texts}.fileHint`)}
          </p>
          <input
            type="file"
            id={`${kind}-file`}
            accept=".json,application/json"
            aria-describedby={`${kind}-file-hint`}
            data-testid={`${kind}-file`}
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
          <button type="submit" className="button-secondary" disabled={busy} data-testid={`${kind}-preview`}>
            {t('dpia.cnilImport.preview')}
          </button>
        </div>
      </form>
      <div ref={resultRef} tabIndex={-1} data-testid={`${kind}-result`}>
        {error instanceof Error && !(error instanceof ApiError) ? (
          <p className="alert alert-error" role="alert">
            {error.message}
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
        {problems.length ? (
          <ul className="problem-list" data-testid={`${kind}-problems`}>
            {problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one place can have several problems
              <li key={`${p.path}:${i}`}>
                <code>{p.path.replace(/^body\.?/, '') || '/'}</code>: {fieldText(t, p)}
              </li>
            ))}
          </ul>
        ) : null}
        {preview && c ? (
          <div data-testid={`${kind}-preview-result`}>
            <h3>{t('dpia.cnilImport.previewTitle', { version: preview.version })}</h3>
            {about(preview)}
            {preview.previous ? (
              <p>
                {t('dpia.cnilImport.previous', {
                  version: preview.previous.version,
                  status: preview.previous.statusLabel,
                })}
                {preview.previous.plannedMeasures
                  ? ` ${t(`${texts}.previousMeasures`, { count: preview.previous.plannedMeasures })}`
                  : ''}
              </p>
            ) : null}
            {preview.decisionInFile ? (
              <div className="alert alert-warning" data-testid={`${kind}-decision`}>
                {decisionText(preview)}
              </div>
            ) : null}
            <h4>{t('dpia.cnilImport.imported')}</h4>
            <dl className="kv-list" data-testid={`${kind}-fields`}>
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
            {notImported ? (
              <>
                <h4>{t('dpia.cnilImport.notImported', { count: notImported.length })}</h4>
                {notImported.length ? (
                  <ul data-testid={`${kind}-left-out`}>
                    {notImported.map((n) => (
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
              </>
            ) : null}
            <div className="form-actions">
              <button
                type="button"
                className="button-primary"
                disabled={busy}
                onClick={() => void send(false)}
                data-testid={`${kind}-confirm`}
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
