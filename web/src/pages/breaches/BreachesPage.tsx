import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { useRouter } from '../../app/RouterContext'
import { hrefOf } from '../../app/routes'
import { useLanguage } from '../../app/useLanguage'
import { useResource } from '../../app/useResource'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { BreachForm } from './BreachForm'
import { Countdown } from './Countdown'
import { useRegisterLookup } from './useRegisterLookup'

/** The register of breaches with their running clocks, and the form to record one. */
export function BreachesPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const { dateTime } = useDateFormat()
  const { language } = useLanguage()
  const { navigate } = useRouter()
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/breaches', { params: { path: { slug } } })),
    [slug],
  )
  const resource = useResource(load)
  const register = useRegisterLookup(slug)

  return (
    <>
      <PageTitle>{t('breaches.title')}</PageTitle>
      <p className="lead">{t('breaches.intro')}</p>
      <ResourceView resource={resource}>
        {(data) => (
          <>
            <div className="section-header">
              <h2>{t('breaches.listTitle')}</h2>
              <span>
                <a
                  href={`/api/v1/orgs/${encodeURIComponent(slug)}/breaches/export?lang=${language}`}
                  download
                >
                  {t('breaches.export')}
                </a>{' '}
                ·{' '}
                <a
                  href={`/api/v1/orgs/${encodeURIComponent(slug)}/breaches/export?format=pdf&lang=${language}`}
                  download
                >
                  {t('breaches.exportPdf')}
                </a>
              </span>
            </div>
            {data.items.length === 0 ? (
              <p>{t('breaches.empty')}</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('breaches.reference')}</th>
                    <th scope="col">{t('breaches.titleField')}</th>
                    <th scope="col">{t('breaches.awareAt')}</th>
                    <th scope="col">{t('breaches.clocks')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((b) => (
                    <tr key={b.id}>
                      <td>
                        <a href={hrefOf({ name: 'breach', slug, id: b.id })}>{b.reference}</a>
                      </td>
                      <td>{b.title}</td>
                      <td>{dateTime(b.awareAt)}</td>
                      <td>
                        <ul className="plain-list">
                          {b.clocks.map((c) => (
                            <li key={c.name}>
                              {t(`breaches.clockNames.${c.name}`)}:{' '}
                              <Countdown dueAt={c.dueAt} state={c.state} />
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {data.can.write ? (
              <ResourceView resource={register}>
                {(r) => (
                  <BreachForm
                    slug={slug}
                    idPrefix="breach"
                    heading={t('breaches.newTitle')}
                    submitLabel={t('breaches.record')}
                    register={r.doc}
                    lookup={r.lookup}
                    onSubmit={async (body) => {
                      const created = await call(
                        api.POST('/api/v1/orgs/{slug}/breaches', { params: { path: { slug } }, body }),
                      )
                      navigate({ name: 'breach', slug, id: created.id })
                    }}
                  />
                )}
              </ResourceView>
            ) : null}
          </>
        )}
      </ResourceView>
    </>
  )
}
