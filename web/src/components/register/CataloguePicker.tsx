import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import type { Segment } from '../../app/registerRoutes'
import { registerHref } from '../../app/routes'
import { ErrorMessage } from '../feedback/ErrorMessage'
import { createEntry } from './registerApi'
import type { EntryOf } from './types'

export interface CatalogueItem<S extends Segment> {
  key: string
  name: string
  /** Duration, type, statutory reference... */
  details: string
  description: string | undefined
  /** The ready-made entry to add. */
  entry: EntryOf[S]
  /** The register entry made from it already, if any. */
  addedAs: string | null
}

interface Props<S extends Segment> {
  slug: string
  segment: S
  title: string
  intro: string
  items: CatalogueItem<S>[]
  canWrite: boolean
  /** Distinguishes several pickers of one kind on a page. */
  id?: string
}

/** Built-in entries (Belgian retention periods, security measures) that are added with one click, then edited. */
export function CataloguePicker<S extends Segment>({
  slug,
  segment,
  title,
  intro,
  items,
  canWrite,
  id,
}: Props<S>) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  const [busyKey, setBusyKey] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)
  const headingId = `catalogue-${id ?? segment}`

  const add = async (item: CatalogueItem<S>) => {
    setBusyKey(item.key)
    setError(null)
    try {
      const created = await createEntry(slug, segment, item.entry)
      setFlash(t('register.catalogue.added', { name: item.name }))
      navigate({ name: 'register', slug, view: { view: 'entry', segment, key: created.key } })
    } catch (failure) {
      setError(failure)
      setBusyKey(null)
    }
  }

  return (
    <section aria-labelledby={headingId} className="catalogue" data-testid={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      <p className="hint">{intro}</p>
      <ErrorMessage error={error} />
      <ul className="catalogue-list">
        {items.map((item) => (
          <li key={item.key} className="catalogue-item" data-testid="catalogue-item">
            <h3 className="catalogue-name">{item.name}</h3>
            <p className="catalogue-details">{item.details}</p>
            {item.description ? <p className="hint">{item.description}</p> : null}
            <div className="catalogue-action">
              {item.addedAs ? (
                <a href={registerHref(slug, { view: 'entry', segment, key: item.addedAs })}>
                  {t('register.catalogue.alreadyAdded')}
                  <span className="visually-hidden"> ({item.name})</span>
                </a>
              ) : canWrite ? (
                <>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={busyKey !== null}
                    aria-label={t('register.catalogue.addNamed', { name: item.name })}
                    data-testid={`catalogue-add-${item.key}`}
                    onClick={() => void add(item)}
                  >
                    {busyKey === item.key ? t('common.saving') : t('register.catalogue.add')}
                  </button>
                  <a
                    href={registerHref(slug, { view: 'entry', segment, key: null, from: item.key })}
                    data-testid={`catalogue-customise-${item.key}`}
                  >
                    {t('register.catalogue.customise')}
                    <span className="visually-hidden"> ({item.name})</span>
                  </a>
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
