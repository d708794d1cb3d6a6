import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { paths } from '../../api/schema'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { CnilImport } from '../../components/dpia/CnilImport'
import { DpiaFileImport } from '../../components/dpia/DpiaFileImport'
import { SignedCopies } from '../../components/dpia/SignedCopies'
import { VersionDiff } from '../../components/dpia/VersionDiff'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'

type Path = '/api/v1/orgs/{slug}/dpia/assessments/{activityKey}'
type Assessment = paths[Path]['get']['responses'][200]['content']['application/json']
type Content = paths[Path]['put']['requestBody']['content']['application/json']
type RiskKey = Assessment['risks'][number]['key']
type PrincipleKey = Assessment['principles'][number]['key']
type RiskContent = NonNullable<NonNullable<Content['risks']>[string]>
type Estimate = { severity: number; likelihood: number } | null

/** The DPIA of one activity in the CNIL structure (issue 21 item 2): the form, the risk map, the decision. */
export function DpiaAssessmentPage({
  membership,
  activityKey,
}: {
  membership: Membership
  activityKey: string
}) {
  const { language } = useLanguage()
  const { slug } = membership
  const load = useCallback(
    () =>
      call(
        api.GET('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}', {
          params: { path: { slug, activityKey }, query: { lang: language } },
        }),
      ),
    [slug, activityKey, language],
  )
  const data = useResource(load)
  // Kept here: a new version remounts the form (its fields start from what was saved), the message stays.
  const [notice, setNotice] = useState<string | null>(null)
  return (
    <ResourceView resource={data}>
      {(a) => (
        <AssessmentView
          key={a.version ?? 0}
          a={a}
          slug={slug}
          notice={notice}
          setNotice={setNotice}
          onChange={(next) => data.setData(next)}
          onReload={data.reload}
        />
      )}
    </ResourceView>
  )
}

function AssessmentView({
  a,
  slug,
  onChange,
  notice,
  setNotice,
  onReload,
}: {
  a: Assessment
  slug: string
  onChange: (a: Assessment) => void
  onReload: () => void
  notice: string | null
  setNotice: (notice: string | null) => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { dateTime } = useDateFormat()
  const [content, setContent] = useState<Content>(a.content as Content)
  const [error, setError] = useState<unknown>(null)
  const [decision, setDecision] = useState<'validated' | 'refused'>('validated')
  const [reason, setReason] = useState('')
  const params = { path: { slug, activityKey: a.activityKey }, query: { lang: language } }
  const base = `/api/v1/orgs/${encodeURIComponent(slug)}/dpia/assessments/${encodeURIComponent(a.activityKey)}`

  const save = async () => {
    setNotice(null)
    setError(null)
    try {
      const saved = await call(
        api.PUT('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}', { params, body: content }),
      )
      setNotice(t('dpia.assessment.saved', { version: saved.version }))
      onChange(saved)
    } catch (failure) {
      setError(failure)
    }
  }
  const decide = async () => {
    setNotice(null)
    setError(null)
    try {
      const decided = await call(
        api.POST('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}/decision', {
          params,
          body: { decision, reason },
        }),
      )
      setNotice(t('dpia.assessment.decided'))
      onChange(decided)
    } catch (failure) {
      setError(failure)
    }
  }
  /** After a signed copy was uploaded: the assessment again, with the copy in its version's list. */
  const reload = async () => {
    try {
      onChange(await call(api.GET('/api/v1/orgs/{slug}/dpia/assessments/{activityKey}', { params })))
    } catch (failure) {
      setError(failure)
    }
  }
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
  const setRisk = (key: RiskKey, change: Partial<RiskContent>) =>
    setContent((c) => ({
      ...c,
      risks: {
        ...c.risks,
        [key]: {
          sources: [],
          threats: [],
          impacts: [],
          initial: null,
          residual: null,
          ...c.risks?.[key],
          ...change,
        },
      },
    }))
  const setPrinciple = (key: PrincipleKey, change: { answer?: string; evaluation?: string | null }) =>
    setContent((c) => ({
      ...c,
      principles: {
        ...c.principles,
        [key]: { answer: '', evaluation: null, ...c.principles?.[key], ...change } as NonNullable<
          Content['principles']
        >[PrincipleKey],
      },
    }))
  const levelOptions = (emptyLabel: string) => (
    <>
      <option value="">{emptyLabel}</option>
      {a.levels.map((label, i) => (
        <option key={label} value={i + 1}>
          {i + 1} - {label}
        </option>
      ))}
    </>
  )
  const estimateField = (
    id: string,
    label: string,
    value: Estimate,
    part: 'severity' | 'likelihood',
    set: (v: Estimate) => void,
    emptyLabel: string,
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ? String(value[part]) : ''}
        onChange={(e) => {
          const n = Number(e.target.value)
          if (!n) return set(null)
          const other = part === 'severity' ? 'likelihood' : 'severity'
          set({
            ...(value ?? { severity: n, likelihood: n }),
            [part]: n,
            [other]: value?.[other] ?? n,
          } as Estimate)
        }}
      >
        {levelOptions(emptyLabel)}
      </select>
    </div>
  )
  const facts: [string, string[]][] = [
    [t('dpia.assessment.purposes'), a.context.purposes],
    [t('dpia.assessment.subjects'), a.context.subjectCategories],
    [t('dpia.assessment.data'), a.context.dataCategories],
    [t('dpia.assessment.systems'), a.context.systems],
    [t('dpia.assessment.recipients'), a.context.recipients],
    [t('dpia.assessment.retention'), a.context.retention],
    [t('dpia.assessment.transfers'), a.context.transfers],
  ]
  const mapAlt = t('dpia.assessment.riskMapAlt', {
    points: a.riskMap
      .map((p) =>
        p.residualEstimated
          ? t('dpia.assessment.riskPoint', {
              risk: p.label,
              before: p.initial.levelLabel,
              after: p.residual.levelLabel,
            })
          : t('dpia.assessment.riskPointUnestimated', { risk: p.label, before: p.initial.levelLabel }),
      )
      .join('; '),
  })

  return (
    <>
      <PageTitle>{t('dpia.assessment.title', { activity: a.activityName })}</PageTitle>
      <p className="lead">{t('dpia.assessment.intro')}</p>
      <p>
        <a href={`#/orgs/${encodeURIComponent(slug)}/dpia`}>{t('dpia.assessment.back')}</a>
      </p>
      <p data-testid="assessment-status">
        {a.version === null
          ? t('dpia.assessment.notSaved')
          : t('dpia.assessment.status', { version: a.version, status: a.statusLabel })}
      </p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      {a.priorConsultation ? (
        <div className="alert alert-warning" data-testid="prior-consultation">
          {t('dpia.assessment.prior')}
        </div>
      ) : null}

      <form
        className="form form-wide"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <h2>{t('dpia.assessment.context')}</h2>
        <TextArea
          id="context-overview"
          label={t('dpia.assessment.overview')}
          value={content.context?.overview ?? ''}
          onChange={(v) =>
            setContent((c) => ({ ...c, context: { lifecycle: '', ...c.context, overview: v } }))
          }
        />
        <TextArea
          id="context-lifecycle"
          label={t('dpia.assessment.lifecycle')}
          value={content.context?.lifecycle ?? ''}
          onChange={(v) =>
            setContent((c) => ({ ...c, context: { overview: '', ...c.context, lifecycle: v } }))
          }
        />
        <h3>{t('dpia.assessment.fromRegister')}</h3>
        <dl className="kv-list" data-testid="register-context">
          {facts.map(([label, values]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{values.length ? values.join('; ') : t('dpia.assessment.nothing')}</dd>
            </div>
          ))}
        </dl>

        <h2>{t('dpia.assessment.principles')}</h2>
        {a.principles.map((p) => (
          <fieldset key={p.key} className="fieldset">
            <legend>{p.question}</legend>
            {p.registerAnswer.length ? (
              <p className="hint">
                {t('dpia.assessment.fromRegister')}: {p.registerAnswer.join('; ')}
              </p>
            ) : null}
            <TextArea
              id={`principle-${p.key}`}
              label={t('dpia.assessment.answer')}
              value={content.principles?.[p.key]?.answer ?? ''}
              onChange={(v) => setPrinciple(p.key, { answer: v })}
            />
            <div className="field">
              <label htmlFor={`evaluation-${p.key}`}>{t('dpia.assessment.evaluation')}</label>
              <select
                id={`evaluation-${p.key}`}
                value={content.principles?.[p.key]?.evaluation ?? ''}
                onChange={(e) => setPrinciple(p.key, { evaluation: e.target.value || null })}
              >
                <option value="">{t('dpia.assessment.notEvaluated')}</option>
                {a.evaluations.map((ev) => (
                  <option key={ev.key} value={ev.key}>
                    {ev.label}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
        ))}

        <h2>{t('dpia.assessment.risks')}</h2>
        <p>
          {t('dpia.assessment.existing')}:{' '}
          {a.context.existingMeasures.length
            ? a.context.existingMeasures.map((m) => m.name).join('; ')
            : t('dpia.assessment.nothing')}
        </p>
        <TextArea
          id="existing-measures-text"
          label={t('dpia.cnilImport.existingText')}
          value={content.existingMeasuresText ?? ''}
          onChange={(v) => setContent((c) => ({ ...c, existingMeasuresText: v }))}
        />
        {a.risks.map((r) => {
          const own = (content.risks as Record<string, RiskContent> | undefined)?.[r.key]
          return (
            <fieldset key={r.key} className="fieldset" data-testid={`risk-${r.key}`}>
              <legend>{r.label}</legend>
              <TextArea
                id={`${r.key}-sources`}
                label={t('dpia.assessment.sources')}
                value={(own?.sources ?? []).join('\n')}
                onChange={(v) => setRisk(r.key, { sources: lines(v) })}
              />
              <TextArea
                id={`${r.key}-threats`}
                label={t('dpia.assessment.threats')}
                value={(own?.threats ?? []).join('\n')}
                onChange={(v) => setRisk(r.key, { threats: lines(v) })}
              />
              <TextArea
                id={`${r.key}-impacts`}
                label={t('dpia.assessment.impacts')}
                value={(own?.impacts ?? []).join('\n')}
                onChange={(v) => setRisk(r.key, { impacts: lines(v) })}
              />
              <div className="inline-fields">
                {estimateField(
                  `${r.key}-initial-severity`,
                  t('dpia.assessment.severityBefore'),
                  own?.initial ?? null,
                  'severity',
                  (v) => setRisk(r.key, { initial: v }),
                  t('dpia.assessment.notEstimated'),
                )}
                {estimateField(
                  `${r.key}-initial-likelihood`,
                  t('dpia.assessment.likelihoodBefore'),
                  own?.initial ?? null,
                  'likelihood',
                  (v) => setRisk(r.key, { initial: v }),
                  t('dpia.assessment.notEstimated'),
                )}
                {estimateField(
                  `${r.key}-residual-severity`,
                  t('dpia.assessment.severityAfter'),
                  own?.residual ?? null,
                  'severity',
                  (v) => setRisk(r.key, { residual: v }),
                  t('dpia.assessment.sameAsBefore'),
                )}
                {estimateField(
                  `${r.key}-residual-likelihood`,
                  t('dpia.assessment.likelihoodAfter'),
                  own?.residual ?? null,
                  'likelihood',
                  (v) => setRisk(r.key, { residual: v }),
                  t('dpia.assessment.sameAsBefore'),
                )}
              </div>
            </fieldset>
          )
        })}
        {a.riskMap.length ? (
          <figure data-testid="risk-map">
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(a.riskMapSvg)}`} alt={mapAlt} />
            <figcaption>{t('dpia.assessment.riskMap')}</figcaption>
          </figure>
        ) : null}

        <h3>{t('dpia.assessment.planned')}</h3>
        <p className="hint">{t('dpia.assessment.plannedHint')}</p>
        {(content.plannedMeasures ?? []).map((m, i) => (
          <div className="inline-fields" key={m.key ?? `new-${i}`}>
            <div className="field">
              <label htmlFor={`measure-${i}-title`}>{t('dpia.assessment.measureTitle')}</label>
              <input
                id={`measure-${i}-title`}
                value={m.title}
                onChange={(e) =>
                  setContent((c) => ({
                    ...c,
                    plannedMeasures: (c.plannedMeasures ?? []).map((x, j) =>
                      j === i ? { ...x, title: e.target.value } : x,
                    ),
                  }))
                }
              />
            </div>
            <div className="field">
              <label htmlFor={`measure-${i}-due`}>{t('dpia.assessment.measureDue')}</label>
              <input
                id={`measure-${i}-due`}
                type="date"
                value={m.due ?? ''}
                onChange={(e) =>
                  setContent((c) => ({
                    ...c,
                    plannedMeasures: (c.plannedMeasures ?? []).map((x, j) =>
                      j === i ? { ...x, due: e.target.value || null } : x,
                    ),
                  }))
                }
              />
            </div>
            <button
              type="button"
              className="button-danger-quiet"
              onClick={() =>
                setContent((c) => ({
                  ...c,
                  plannedMeasures: (c.plannedMeasures ?? []).filter((_, j) => j !== i),
                }))
              }
            >
              {t('dpia.assessment.removeMeasure')}
              <span className="visually-hidden"> {m.title}</span>
            </button>
          </div>
        ))}
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              setContent((c) => ({
                ...c,
                plannedMeasures: [
                  ...(c.plannedMeasures ?? []),
                  { title: '', risks: [], priority: 'medium', due: null },
                ],
              }))
            }
          >
            {t('dpia.assessment.addMeasure')}
          </button>
        </p>

        <h2>{t('dpia.assessment.validation')}</h2>
        {a.dpoDesignated ? <p className="hint">{t('dpia.assessment.dpoRequired')}</p> : null}
        <TextArea
          id="dpo-opinion"
          label={t('dpia.assessment.dpoOpinion')}
          value={content.dpoOpinion ?? ''}
          onChange={(v) => setContent((c) => ({ ...c, dpoOpinion: v }))}
        />
        <TextArea
          id="people-views"
          label={t('dpia.assessment.peopleViews')}
          value={content.peopleViews ?? ''}
          onChange={(v) => setContent((c) => ({ ...c, peopleViews: v }))}
        />
        {a.can.write ? (
          <div className="form-actions">
            <button type="submit" className="button-primary">
              {t('dpia.assessment.save')}
            </button>
          </div>
        ) : null}
      </form>

      {a.can.write && a.status === 'draft' ? (
        <form
          className="form card"
          data-testid="decision-form"
          onSubmit={(event) => {
            event.preventDefault()
            void decide()
          }}
        >
          <h2>{t('dpia.assessment.decision')}</h2>
          {a.validationRefusal ? (
            <p className="warning-text">
              {t('dpia.assessment.blocked', { reason: t(`codes.problems.${a.validationRefusal}`) })}
            </p>
          ) : null}
          <fieldset className="fieldset">
            <legend>{t('dpia.assessment.decision')}</legend>
            {(['validated', 'refused'] as const).map((d) => (
              <div className="radio-field" key={d}>
                <input
                  type="radio"
                  id={`decision-${d}`}
                  name="decision"
                  checked={decision === d}
                  onChange={() => setDecision(d)}
                />
                <label htmlFor={`decision-${d}`}>
                  {d === 'validated' ? t('dpia.assessment.validate') : t('dpia.assessment.refuse')}
                </label>
              </div>
            ))}
          </fieldset>
          <TextArea
            id="decision-reason"
            label={t('dpia.assessment.decisionReason')}
            value={reason}
            onChange={setReason}
          />
          <button type="submit" className="button-primary">
            {decision === 'validated' ? t('dpia.assessment.validate') : t('dpia.assessment.refuse')}
          </button>
        </form>
      ) : null}

      {a.version !== null ? (
        <>
          <ul className="export-links">
            {(['nl', 'fr', 'en'] as const).map((l) => (
              <li key={l}>
                <a
                  href={`${base}/report.pdf?lang=${l}&version=${a.version}`}
                  download
                  data-testid={`report-${l}`}
                >
                  {t('dpia.assessment.report')} ({l.toUpperCase()})
                </a>
              </li>
            ))}
            <li>
              <a href={`${base}/export?version=${a.version}`} download>
                {t('dpia.assessment.export')}
              </a>
            </li>
          </ul>
          <h2>{t('dpia.assessment.versions')}</h2>
          <ul className="versions" data-testid="versions">
            {a.versions.map((v) => (
              <li key={v.version}>
                {t('dpia.assessment.status', { version: v.version, status: v.statusLabel })} - {v.createdBy},{' '}
                {dateTime(v.updatedAt)}
                {v.decidedBy ? ` - ${v.decidedBy}, ${dateTime(v.decidedAt ?? v.updatedAt)}` : ''}
                {v.signedPdf ? (
                  <>
                    {' - '}
                    <a
                      href={`${base}/signed.pdf?version=${v.version}`}
                      download
                      data-testid={`signed-pdf-${v.version}`}
                    >
                      {t('dpia.assessment.signedPdf', { lang: v.signedPdf.language.toUpperCase() })}
                    </a>{' '}
                    <span className="muted">
                      {t('dpia.assessment.signedPdfHash', { sha256: v.signedPdf.sha256 })}
                    </span>
                  </>
                ) : null}
                <br />
                <span className="muted">
                  {v.version === 1 && v.changes.length === 0
                    ? t('dpia.assessment.firstVersion')
                    : t('dpia.assessment.changes', { paths: v.changes.slice(0, 12).join(', ') })}
                </span>
                {v.status !== 'draft' ? (
                  <SignedCopies
                    slug={slug}
                    activityKey={a.activityKey}
                    version={v.version}
                    copies={v.signedCopies}
                    canAttach={a.can.attach}
                    onUploaded={() => void reload()}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          {a.versions.length > 1 ? (
            <VersionDiff
              slug={slug}
              activityKey={a.activityKey}
              versions={a.versions.map((v) => v.version)}
              language={language}
            />
          ) : null}
        </>
      ) : null}
      {a.can.write ? (
        <DpiaFileImport
          slug={slug}
          activityKey={a.activityKey}
          language={language}
          onImported={(version) => {
            setNotice(t('dpia.cnilImport.done', { version }))
            onReload()
          }}
        />
      ) : null}
      {a.can.write ? (
        <CnilImport
          slug={slug}
          activityKey={a.activityKey}
          language={language}
          onImported={(version) => {
            setNotice(t('dpia.cnilImport.done', { version }))
            onReload()
          }}
        />
      ) : null}
    </>
  )
}

function TextArea({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={value} rows={3} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}
