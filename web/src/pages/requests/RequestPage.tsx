import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useFlash } from '../../app/flash'
import { requestsHref } from '../../app/routes'
import { can } from '../../app/sections'
import { useResource } from '../../app/useResource'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { ActionsPanel } from '../../components/requests/detail/ActionsPanel'
import { AnswerFilesSection } from '../../components/requests/detail/AnswerFilesSection'
import { AttachmentsSection } from '../../components/requests/detail/AttachmentsSection'
import { EventsSection } from '../../components/requests/detail/EventsSection'
import { LettersSection } from '../../components/requests/detail/LettersSection'
import { NotesSection } from '../../components/requests/detail/NotesSection'
import { PackagesSection } from '../../components/requests/detail/PackagesSection'
import { RequestFacts } from '../../components/requests/detail/RequestFacts'
import { RequestSummary } from '../../components/requests/detail/RequestSummary'
import { RunsSection } from '../../components/requests/detail/RunsSection'
import { SubjectFacts } from '../../components/requests/detail/SubjectFacts'
import { TasksSection } from '../../components/requests/detail/TasksSection'
import { loadRequest } from '../../components/requests/requestApi'
import { useMembers } from '../../components/requests/useMembers'
import { LegalHoldsNotice } from '../../components/retention/LegalHoldsNotice'

/** One request: deadlines, the actions possible now, checklist, letters, notes and history. */
export function RequestPage({ membership, id }: { membership: Membership; id: string }) {
  const { t } = useTranslation()
  const { slug } = membership
  const [flash] = useFlash()
  const members = useMembers(membership)
  const load = useCallback(() => loadRequest(slug, id), [slug, id])
  const resource = useResource(load)
  const [runsFinished, setRunsFinished] = useState(0)
  const { reload } = resource
  // A finished run may have done checklist tasks, added history and a package: show them.
  const onRunsFinished = useCallback(() => {
    setRunsFinished((n) => n + 1)
    reload()
  }, [reload])

  return (
    <>
      <p className="breadcrumb">
        <a href={requestsHref(slug)}>{t('requests.detail.backToList')}</a>
      </p>
      <PageTitle>
        {resource.data
          ? t('requests.detail.title', { reference: resource.data.reference })
          : t('requests.nav.label')}
      </PageTitle>
      <Notice>{flash}</Notice>
      <ResourceView resource={resource}>
        {(request) => (
          <div data-testid="request-detail" data-status={request.status}>
            <RequestSummary request={request} />
            <div className="request-layout">
              <div className="request-main">
                <ActionsPanel
                  slug={slug}
                  request={request}
                  canWrite={request.can.handle}
                  members={members}
                  onChange={resource.setData}
                />
                <TasksSection
                  slug={slug}
                  request={request}
                  canWrite={request.can.handle}
                  onChanged={resource.reload}
                />
                <LegalHoldsNotice
                  membership={membership}
                  subjectId={request.subjectId}
                  requestId={request.id}
                />
                <RunsSection slug={slug} request={request} onFinished={onRunsFinished} />
                <PackagesSection slug={slug} request={request} version={runsFinished} />
                <AnswerFilesSection
                  slug={slug}
                  request={request}
                  canWrite={request.can.handle}
                  onChanged={resource.reload}
                />
                <LettersSection slug={slug} request={request} />
                <NotesSection
                  slug={slug}
                  request={request}
                  canWrite={request.can.handle}
                  onChanged={resource.reload}
                />
                <EventsSection events={request.events} />
              </div>
              <div className="request-side">
                <SubjectFacts slug={slug} request={request} canSubjects={can(membership, 'subjects:read')} />
                <RequestFacts request={request} />
                <AttachmentsSection slug={slug} request={request} />
              </div>
            </div>
          </div>
        )}
      </ResourceView>
    </>
  )
}
