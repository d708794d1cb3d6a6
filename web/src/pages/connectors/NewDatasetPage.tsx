import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import { connectorsHref } from '../../app/routes'
import { keyOfSource, saveDataset } from '../../components/connectors/connectorApi'
import { DatasetFileForm } from '../../components/connectors/DatasetFileForm'
import { LocalProblem } from '../../components/connectors/sourceProblems'
import { PageTitle } from '../../components/layout/PageTitle'

/** A new dataset from a file: pasted or loaded from disk, checked by the server, saved under its key. */
export function NewDatasetPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const { navigate } = useRouter()
  const [source, setSource] = useState('')
  const [error, setError] = useState<unknown>(null)

  const save = async () => {
    setError(null)
    const key = keyOfSource(source)
    if (!key) {
      setError(new LocalProblem(t('connectors.new.keyMissing')))
      return false
    }
    try {
      const saved = await saveDataset(slug, key, source)
      setFlash(t('connectors.new.saved', { name: saved.name }))
      navigate({ name: 'connectors', slug, view: { view: 'detail', key } })
      return true
    } catch (failure) {
      setError(failure)
      return false
    }
  }

  return (
    <>
      <PageTitle>{t('connectors.new.title')}</PageTitle>
      <p className="lead">{t('connectors.new.intro')}</p>
      <p>
        <a href={connectorsHref(slug, { view: 'discover' })}>{t('connectors.new.orDiscover')}</a>
      </p>
      <section className="card" aria-label={t('connectors.new.title')}>
        <DatasetFileForm
          id="new-dataset"
          source={source}
          onChange={setSource}
          onSubmit={save}
          error={error}
          submitLabel={t('connectors.new.save')}
          upload
          hint={t('connectors.new.hint')}
        />
      </section>
    </>
  )
}
