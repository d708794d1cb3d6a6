import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { can } from '../../app/sections'
import { PageTitle } from '../../components/layout/PageTitle'
import { ExportSection } from '../../components/register/io/ExportSection'
import { ImportSection } from '../../components/register/io/ImportSection'

/** The register as a file (to keep in git or move between installations) and as a document for people. */
export function ImportExportPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  return (
    <>
      <PageTitle>{t('register.io.title')}</PageTitle>
      <p className="lead">{t('register.io.intro')}</p>
      <ExportSection slug={membership.slug} />
      {can(membership, 'register:write') ? <ImportSection slug={membership.slug} /> : null}
    </>
  )
}
