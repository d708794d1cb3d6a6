import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useFlash } from '../../app/flash'
import { connectorsHref } from '../../app/routes'
import { useResource } from '../../app/useResource'
import { loadDatasets } from '../../components/connectors/connectorApi'
import { DatasetsTable } from '../../components/connectors/DatasetsTable'
import { useRegisterNames } from '../../components/connectors/useRegisterNames'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'

/** The datasets: one per system of the register that Custos can search, export, correct and erase in. */
export function DatasetsPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const [flash] = useFlash()
  const load = useCallback(() => loadDatasets(slug), [slug])
  const resource = useResource(load)
  const names = useRegisterNames(slug)
  return (
    <>
      <PageTitle>{t('connectors.list.title')}</PageTitle>
      <p className="lead">{t('connectors.list.intro')}</p>
      <Notice>{flash}</Notice>
      {resource.data?.can.discover || resource.data?.can.save ? (
        <p className="page-actions">
          {resource.data.can.discover ? (
            <a
              href={connectorsHref(slug, { view: 'discover' })}
              className="button-primary"
              data-testid="discover-link"
            >
              {t('connectors.list.discover')}
            </a>
          ) : null}
          {resource.data.can.save ? (
            <a
              href={connectorsHref(slug, { view: 'new' })}
              className="button-secondary"
              data-testid="new-dataset-link"
            >
              {t('connectors.list.newDataset')}
            </a>
          ) : null}
        </p>
      ) : null}
      <ResourceView resource={resource}>
        {({ items: datasets }) =>
          datasets.length === 0 ? (
            <p className="card" data-testid="datasets-empty">
              {t('connectors.list.empty')}
            </p>
          ) : (
            <DatasetsTable slug={slug} datasets={datasets} systemName={names.system} />
          )
        }
      </ResourceView>
    </>
  )
}
