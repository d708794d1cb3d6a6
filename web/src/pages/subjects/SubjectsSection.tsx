import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import type { SubjectsView } from '../../app/requestRoutes'
import { useResource } from '../../app/useResource'
import { Alert } from '../../components/feedback/Alert'
import { PageTitle } from '../../components/layout/PageTitle'
import { ImportColumnsHelp } from '../../components/subjects/ImportColumnsHelp'
import { NewSubjectForm } from '../../components/subjects/NewSubjectForm'
import { SubjectImportForm } from '../../components/subjects/SubjectImportForm'
import { SubjectsNav } from '../../components/subjects/SubjectsNav'
import { loadSubjectIndexCan } from '../../components/subjects/subjectApi'
import { SubjectPage } from './SubjectPage'
import { SubjectsSearchPage } from './SubjectsSearchPage'

/** The subject index: its sub-navigation and the page of the current view. */
export function SubjectsSection({ membership, view }: { membership: Membership; view: SubjectsView }) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  const { slug } = membership
  // What the caller may do with the index, as the server says (can), not guessed from the role.
  const loadCan = useCallback(() => loadSubjectIndexCan(slug), [slug])
  const can = useResource(loadCan).data
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
            {can?.create ? (
              <NewSubjectForm
                slug={slug}
                onCreated={(subject) => {
                  setFlash(t('subjects.form.created', { name: subject.name }))
                  navigate({ name: 'subjects', slug, view: { view: 'detail', id: subject.id } })
                }}
              />
            ) : can ? (
              <Alert>{t('errors.forbidden')}</Alert>
            ) : null}
          </>
        )
      case 'import':
        return (
          <>
            <PageTitle>{t('subjects.import.title')}</PageTitle>
            <p className="lead">{t('subjects.import.intro')}</p>
            {can?.import ? (
              <SubjectImportForm slug={slug} />
            ) : can ? (
              <Alert>{t('errors.forbidden')}</Alert>
            ) : null}
            <ImportColumnsHelp />
          </>
        )
    }
  }
  return (
    <>
      <SubjectsNav membership={membership} view={view} can={can} />
      {page()}
    </>
  )
}
