import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { setFlash, useFlash } from '../../app/flash'
import { useDateFormat } from '../../app/format'
import { useRouter } from '../../app/RouterContext'
import { subjectsHref } from '../../app/routes'
import { can } from '../../app/sections'
import { useResource } from '../../app/useResource'
import { ConfirmAction } from '../../components/ConfirmAction'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { SummaryList } from '../../components/register/SummaryList'
import { SubjectRequests } from '../../components/requests/SubjectRequests'
import { LegalHoldsNotice } from '../../components/retention/LegalHoldsNotice'
import { SubjectEvents } from '../../components/subjects/SubjectEvents'
import { SubjectIdentities } from '../../components/subjects/SubjectIdentities'
import { SubjectRelationships } from '../../components/subjects/SubjectRelationships'
import { eraseSubject, loadSubject } from '../../components/subjects/subjectApi'

/** One person of the subject index: identities (national numbers masked), relationships, events and requests. */
export function SubjectPage({ membership, id }: { membership: Membership; id: string }) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const { navigate } = useRouter()
  const { slug } = membership
  const [flash] = useFlash()
  const [eraseError, setEraseError] = useState<unknown>(null)
  const load = useCallback(() => loadSubject(slug, id), [slug, id])
  const subject = useResource(load)
  return (
    <>
      <p className="breadcrumb">
        <a href={subjectsHref(slug)}>{t('subjects.detail.back')}</a>
      </p>
      <PageTitle>{subject.data?.name ?? t('subjects.search.title')}</PageTitle>
      <Notice>{flash}</Notice>
      <ResourceView resource={subject}>
        {(s) => (
          <div data-testid="subject-detail">
            <SummaryList
              rows={[
                [
                  t('subjects.detail.language'),
                  s.language ? t(`languages.${s.language}`) : t('subjects.unknownLanguage'),
                ],
                [t('subjects.detail.created'), dateTime(s.createdAt)],
                [t('subjects.detail.updated'), dateTime(s.updatedAt)],
              ]}
            />
            <SubjectIdentities identities={s.identities} />
            <SubjectRelationships relationships={s.relationships} />
            <SubjectEvents events={s.events} />
            {can(membership, 'requests:read') ? (
              <SubjectRequests membership={membership} subjectId={s.id} />
            ) : null}
            <LegalHoldsNotice membership={membership} subjectId={s.id} />
            {s.can.delete ? (
              <section className="card" aria-labelledby="subject-erase-title" data-testid="subject-erase">
                <h2 id="subject-erase-title">{t('subjects.detail.erase')}</h2>
                <ConfirmAction
                  label={t('subjects.detail.erase')}
                  question={t('subjects.detail.eraseQuestion', { name: s.name })}
                  confirmLabel={t('subjects.detail.eraseConfirm')}
                  busyLabel={t('subjects.detail.erasing')}
                  onConfirm={async () => {
                    setEraseError(null)
                    try {
                      await eraseSubject(slug, s.id)
                      setFlash(t('subjects.detail.erased', { name: s.name }))
                      navigate({ name: 'subjects', slug, view: { view: 'search', q: '' } })
                    } catch (failure) {
                      setEraseError(failure)
                    }
                  }}
                />
                <ErrorMessage error={eraseError} />
              </section>
            ) : null}
          </div>
        )}
      </ResourceView>
    </>
  )
}
