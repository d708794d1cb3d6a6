import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { AssessmentTextArea } from '../../components/dpia/assessment/AssessmentTextArea'
import { ContextSection } from '../../components/dpia/assessment/ContextSection'
import { type Decision, DecisionForm } from '../../components/dpia/assessment/DecisionForm'
import { PlannedMeasures } from '../../components/dpia/assessment/PlannedMeasures'
import { PrinciplesSection } from '../../components/dpia/assessment/PrinciplesSection'
import { RisksSection } from '../../components/dpia/assessment/RisksSection'
import type { Assessment, Content } from '../../components/dpia/assessment/types'
import { VersionsSection } from '../../components/dpia/assessment/VersionsSection'
import { CnilImport } from '../../components/dpia/CnilImport'
import { DpiaFileImport } from '../../components/dpia/DpiaFileImport'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'

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

/** One loaded assessment: the form (saved as a new version), the decision on a draft, versions and imports. */
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
  const [content, setContent] = useState<Content>(a.content as Content)
  const [error, setError] = useState<unknown>(null)
  const params = { path: { slug, activityKey: a.activityKey }, query: { lang: language } }

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
  const decide = async (decision: Decision, reason: string) => {
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
  const imported = (version: number) => {
    setNotice(t('dpia.cnilImport.done', { version }))
    onReload()
  }

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
        <ContextSection a={a} content={content} setContent={setContent} />
        <PrinciplesSection a={a} content={content} setContent={setContent} />
        <RisksSection a={a} content={content} setContent={setContent} />
        <PlannedMeasures content={content} setContent={setContent} />

        <h2>{t('dpia.assessment.validation')}</h2>
        {a.dpoDesignated ? <p className="hint">{t('dpia.assessment.dpoRequired')}</p> : null}
        <AssessmentTextArea
          id="dpo-opinion"
          label={t('dpia.assessment.dpoOpinion')}
          value={content.dpoOpinion ?? ''}
          onChange={(v) => setContent((c) => ({ ...c, dpoOpinion: v }))}
        />
        <AssessmentTextArea
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
        <DecisionForm validationRefusal={a.validationRefusal} onDecide={(d, r) => void decide(d, r)} />
      ) : null}

      {a.version !== null ? (
        <VersionsSection
          a={a}
          version={a.version}
          slug={slug}
          language={language}
          onUploaded={() => void reload()}
        />
      ) : null}
      {a.can.write ? (
        <DpiaFileImport slug={slug} activityKey={a.activityKey} language={language} onImported={imported} />
      ) : null}
      {a.can.write ? (
        <CnilImport slug={slug} activityKey={a.activityKey} language={language} onImported={imported} />
      ) : null}
    </>
  )
}
