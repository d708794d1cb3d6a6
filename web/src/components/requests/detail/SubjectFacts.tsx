import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { subjectsHref } from '../../../app/routes'
import { SummaryList, type SummaryRow } from '../../register/SummaryList'

/** Who the request is from, as given, and the matching person of the subject index. */
export function SubjectFacts({
  slug,
  request,
  canSubjects,
}: {
  slug: string
  request: RequestDetail
  canSubjects: boolean
}) {
  const { t } = useTranslation()
  const { subject } = request
  const rows: SummaryRow[] = [
    [t('requests.detail.name'), subject.name],
    [t('requests.detail.email'), subject.email],
    [t('requests.detail.postalAddress'), subject.postalAddress ?? []],
    [
      t('requests.detail.requesterEmail'),
      request.requesterEmail && request.requesterEmail !== subject.email ? request.requesterEmail : null,
    ],
    [
      t('requests.detail.verification'),
      request.verification === 'not_required' ? null : t(`requests.verification.${request.verification}`),
    ],
    [t('requests.detail.customerNumber'), request.customerNumber],
    [t('requests.detail.language'), t(`languages.${request.language}`)],
    [
      t('requests.detail.subjectIndex'),
      request.subjectId ? (
        canSubjects ? (
          <a
            key="subject"
            href={subjectsHref(slug, { view: 'detail', id: request.subjectId })}
            data-testid="request-subject-link"
          >
            {t('requests.detail.subjectFound')}
          </a>
        ) : (
          t('requests.detail.subjectFound')
        )
      ) : (
        t('requests.detail.subjectNotFound')
      ),
    ],
  ]
  return (
    <section className="card" aria-labelledby="subject-title" data-testid="request-subject">
      <h2 id="subject-title">{t('requests.detail.subject')}</h2>
      <SummaryList rows={rows} />
    </section>
  )
}
