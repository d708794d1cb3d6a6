import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import type { SubjectsView } from '../../app/requestRoutes'
import { can } from '../../app/sections'
import { Alert } from '../../components/feedback/Alert'
import { PageTitle } from '../../components/layout/PageTitle'
import { NewSubjectForm } from '../../components/subjects/NewSubjectForm'
import { SubjectImportForm } from '../../components/subjects/SubjectImportForm'
import { SubjectsNav } from '../../components/subjects/SubjectsNav'
import { SubjectPage } from './SubjectPage'
import { SubjectsSearchPage } from './SubjectsSearchPage'

/** The subject index: its sub-navigation and the page of the current view. */
export function SubjectsSection({ membership, view }: { membership: Membership; view: SubjectsView }) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  const { slug } = membership
  const canWrite = can(membership, 'subjects:write')
  const page = () => {
    switch (view.view) {
      case 'search':
        return <SubjectsSearchPage membership={membership} q={view.q} />
      case 'detail':
        return <SubjectPage membership={membership} id={view.id} />
      case 'new':
        return (
          <>
            <PageTitle>{t('subjects.form.title')}</PageTitle>
            <p className="lead">{t('subjects.form.intro')}</p>
            {canWrite ? (
              <NewSubjectForm
                slug={slug}
                onCreated={(subject) => {
                  setFlash(t('subjects.form.created', { name: subject.name }))
                  navigate({ name: 'subjects', slug, view: { view: 'detail', id: subject.id } })
                }}
              />
            ) : (
              <Alert>{t('errors.forbidden')}</Alert>
            )}
          </>
        )
      case 'import':
        return (
          <>
            <PageTitle>{t('subjects.import.title')}</PageTitle>
            <p className="lead">{t('subjects.import.intro')}</p>
            <p className="hint import-columns">{t('subjects.import.columns')}</p>
            {canWrite ? <SubjectImportForm slug={slug} /> : <Alert>{t('errors.forbidden')}</Alert>}
          </>
        )
    }
  }
  return (
    <>
      <SubjectsNav membership={membership} view={view} />
      {page()}
    </>
  )
}
