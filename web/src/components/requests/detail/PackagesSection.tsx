import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { RequestDetail } from '../../../api/types'
import { useResource } from '../../../app/useResource'
import { loadPackages } from '../../connectors/packageApi'
import { ResourceView } from '../../feedback/ResourceView'
import { PackagesItem } from './PackagesItem'

/**
 * The answer packages of the request (zip files built by access and portability runs), loaded again whenever
 * `version` changes (a run finished).
 */
export function PackagesSection({
  slug,
  request,
  version,
}: {
  slug: string
  request: RequestDetail
  version: number
}) {
  const { t } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes on purpose to load again
  const load = useCallback(() => loadPackages(slug, request.id), [slug, request.id, version])
  const packages = useResource(load)
  const exports = request.types.some((type) => type === 'access' || type === 'portability')
  if (!exports && (packages.data?.items.length ?? 0) === 0) return null
  return (
    <section className="card" aria-labelledby="packages-title" data-testid="request-packages">
      <h2 id="packages-title">{t('connectors.packages.title')}</h2>
      <ResourceView resource={packages}>
        {({ items: list, can }) =>
          list.length === 0 ? (
            <p data-testid="packages-empty">{t('connectors.packages.empty')}</p>
          ) : (
            <>
              <p className="hint">{t('connectors.packages.intro')}</p>
              <ul className="plain-list package-list">
                {list.map((pkg) => (
                  <PackagesItem
                    key={pkg.id}
                    slug={slug}
                    requestId={request.id}
                    pkg={pkg}
                    can={can}
                    onChanged={packages.reload}
                  />
                ))}
              </ul>
            </>
          )
        }
      </ResourceView>
    </section>
  )
}
