import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useRouter } from '../../app/RouterContext'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { SubjectsTable } from '../../components/subjects/SubjectsTable'
import { searchSubjects } from '../../components/subjects/subjectApi'

type Kind = string

/** Search the subject index by any identity or by name; without a search, the latest subjects. */
export function SubjectsSearchPage({ membership, q }: { membership: Membership; q: string }) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  const { slug } = membership
  const [text, setText] = useState(q)
  const load = useCallback(() => searchSubjects(slug, q), [slug, q])
  const results = useResource(load)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate({ name: 'subjects', slug, view: { view: 'search', q: text.trim() } })
  }
  const kindLabel = (kind: Kind) => (kind in KINDS ? t(`subjects.kinds.${kind as keyof typeof KINDS}`) : kind)

  return (
    <>
      <PageTitle>{t('subjects.search.title')}</PageTitle>
      <p className="lead">{t('subjects.search.intro')}</p>
      <search>
        <form onSubmit={submit} className="search-form" data-testid="subject-search-form">
          <div className="field">
            <label htmlFor="subject-search">{t('subjects.search.label')}</label>
            <p id="subject-search-hint" className="hint">
              {t('subjects.search.hint')}
            </p>
            <div className="search-row">
              <input
                id="subject-search"
                type="search"
                value={text}
                maxLength={200}
                autoComplete="off"
                aria-describedby="subject-search-hint"
                data-testid="subject-search"
                onChange={(e) => setText(e.target.value)}
              />
              <button type="submit" className="button-primary" data-testid="subject-search-submit">
                {t('subjects.search.submit')}
              </button>
            </div>
          </div>
        </form>
      </search>
      <ResourceView resource={results}>
        {(page) => (
          <section
            aria-labelledby="subject-results-title"
            aria-busy={results.loading}
            data-testid="subject-results"
          >
            <h2 id="subject-results-title">
              {q ? t('subjects.search.resultsTitle') : t('subjects.search.recent')}
            </h2>
            <p role="status" data-testid="subject-results-count">
              {q
                ? t(page.totalCapped ? 'subjects.search.resultsCapped' : 'subjects.search.results', {
                    count: page.total,
                  })
                : null}
              {q && page.interpretedAs.length > 0
                ? ` · ${t('subjects.search.interpretedAs', { kinds: page.interpretedAs.map(kindLabel).join(', ') })}`
                : null}
            </p>
            {page.items.length === 0 ? (
              <p>{t('subjects.search.empty')}</p>
            ) : (
              <SubjectsTable slug={slug} items={page.items} label={t('subjects.search.resultsTitle')} />
            )}
            {page.total > page.items.length ? <p className="hint">{t('subjects.search.more')}</p> : null}
          </section>
        )}
      </ResourceView>
    </>
  )
}

const KINDS = {
  email: true,
  phone: true,
  national_number: true,
  customer_number: true,
  file_number: true,
  other: true,
  name: true,
}
