import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../feedback/ResourceView'
import { RequestsTable } from './RequestsTable'
import { loadRequests } from './requestApi'
import { useMembers } from './useMembers'

const LIMIT = 100

/** The requests matched to one person of the subject index, most urgent first. */
export function SubjectRequests({ membership, subjectId }: { membership: Membership; subjectId: string }) {
  const { t } = useTranslation()
  const { slug } = membership
  const members = useMembers(membership)
  const load = useCallback(() => loadRequests(slug, { subjectId, limit: LIMIT }), [slug, subjectId])
  const requests = useResource(load)
  return (
    <section aria-labelledby="subject-requests-title" data-testid="subject-requests">
      <h2 id="subject-requests-title">{t('requests.subjectRequests.title')}</h2>
      <ResourceView resource={requests}>
        {(data) =>
          data.items.length === 0 ? (
            <p data-testid="subject-requests-none">{t('requests.subjectRequests.none')}</p>
          ) : (
            <>
              {data.total > data.items.length ? (
                <p className="alert alert-info">
                  {t('requests.dashboard.truncated', { shown: data.items.length, total: data.total })}
                </p>
              ) : null}
              <RequestsTable
                slug={slug}
                label={t('requests.subjectRequests.title')}
                items={data.items}
                nameOf={members.nameOf}
                testId="subject-requests-table"
              />
            </>
          )
        }
      </ResourceView>
    </section>
  )
}
