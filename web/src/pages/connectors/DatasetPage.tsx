import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { setFlash, useFlash } from '../../app/flash'
import { useDateFormat } from '../../app/format'
import { useRouter } from '../../app/RouterContext'
import { connectorsHref } from '../../app/routes'
import { useResource } from '../../app/useResource'
import { ConfirmAction } from '../../components/ConfirmAction'
import { CollectionsSummary } from '../../components/connectors/CollectionsSummary'
import { ConnectionCard } from '../../components/connectors/ConnectionCard'
import {
  type DatasetDetail,
  deleteDataset,
  loadDataset,
  saveDataset,
} from '../../components/connectors/connectorApi'
import { DatasetFileForm } from '../../components/connectors/DatasetFileForm'
import { asDatasetDocument } from '../../components/connectors/datasetDocument'
import { RegisterFindings } from '../../components/connectors/RegisterFindings'
import { type RegisterNames, useRegisterNames } from '../../components/connectors/useRegisterNames'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'

/** One dataset: what it describes, what the register says, how to reach the system, its file, deleting it. */
export function DatasetPage({ membership, datasetKey }: { membership: Membership; datasetKey: string }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(() => loadDataset(slug, datasetKey), [slug, datasetKey])
  const resource = useResource(load)
  const names = useRegisterNames(slug)
  const [flash] = useFlash()
  return (
    <>
      <p className="breadcrumb">
        <a href={connectorsHref(slug)}>{t('connectors.dataset.backToList')}</a>
      </p>
      <PageTitle>{resource.data ? resource.data.name : t('connectors.list.title')}</PageTitle>
      <Notice>{flash}</Notice>
      <ResourceView resource={resource}>
        {(dataset) => (
          <DatasetView
            slug={slug}
            dataset={dataset}
            names={names}
            onChange={resource.setData}
            reload={resource.reload}
          />
        )}
      </ResourceView>
    </>
  )
}

function DatasetView({
  slug,
  dataset,
  names,
  onChange,
  reload,
}: {
  slug: string
  dataset: DatasetDetail
  names: RegisterNames
  onChange: (dataset: DatasetDetail) => void
  reload: () => void
}) {
  const { t } = useTranslation()
  const { dateTime } = useDateFormat()
  const { navigate } = useRouter()
  const [source, setSource] = useState(dataset.source)
  const [error, setError] = useState<unknown>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [deleteError, setDeleteError] = useState<unknown>(null)
  const document = asDatasetDocument(dataset.document)
  const systemName = names.system(dataset.system)

  const save = async () => {
    setError(null)
    setSaved(null)
    try {
      const result = await saveDataset(slug, dataset.key, source)
      onChange(result)
      setSaved(
        result.changed
          ? t('connectors.dataset.saved', { version: result.version })
          : t('connectors.dataset.unchanged'),
      )
      return true
    } catch (failure) {
      setError(failure)
      return false
    }
  }

  return (
    <div data-testid="dataset-detail" data-key={dataset.key}>
      <dl className="kv-list dataset-facts">
        <div>
          <dt>{t('connectors.fields.key')}</dt>
          <dd>
            <code>{dataset.key}</code>
          </dd>
        </div>
        <div>
          <dt>{t('connectors.fields.system')}</dt>
          <dd data-testid="dataset-system">
            {systemName ? `${systemName} (${dataset.system})` : dataset.system}
          </dd>
        </div>
        <div>
          <dt>{t('connectors.fields.connector')}</dt>
          <dd>{t(`connectors.kinds.${dataset.connector}`)}</dd>
        </div>
        <div>
          <dt>{t('connectors.fields.version')}</dt>
          <dd>
            {t('connectors.dataset.version', { version: dataset.version, date: dateTime(dataset.updatedAt) })}
          </dd>
        </div>
      </dl>

      <RegisterFindings findings={dataset.registerProblems} />

      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('connectors.summary.title')}</h2>
        <CollectionsSummary collections={document.collections} names={names} />
      </section>

      <ConnectionCard
        key={`${dataset.connector}-${dataset.version}`}
        slug={slug}
        dataset={dataset}
        document={document}
        onSaved={onChange}
        onChecked={reload}
      />

      <section className="card" aria-labelledby="file-title" data-testid="dataset-file">
        <h2 id="file-title">{t('connectors.dataset.fileTitle')}</h2>
        <DatasetFileForm
          id="dataset"
          source={source}
          onChange={setSource}
          onSubmit={save}
          error={error}
          submitLabel={t('connectors.dataset.save')}
          readOnly={!dataset.can.save}
        />
        <Notice>{saved}</Notice>
      </section>

      {dataset.can.delete ? (
        <section className="card" aria-labelledby="delete-title" data-testid="dataset-delete">
          <h2 id="delete-title">{t('connectors.dataset.deleteTitle')}</h2>
          <p className="hint">{t('connectors.dataset.deleteIntro')}</p>
          <ConfirmAction
            label={t('connectors.dataset.delete')}
            question={t('connectors.dataset.deleteQuestion', { name: dataset.name })}
            confirmLabel={t('connectors.dataset.deleteConfirm')}
            busyLabel={t('connectors.dataset.deleting')}
            onConfirm={async () => {
              setDeleteError(null)
              try {
                await deleteDataset(slug, dataset.key)
                setFlash(t('connectors.dataset.deleted', { name: dataset.name }))
                navigate({ name: 'connectors', slug, view: { view: 'list' } })
              } catch (failure) {
                setDeleteError(failure)
              }
            }}
          />
          <ErrorMessage error={deleteError} />
        </section>
      ) : null}
    </div>
  )
}
