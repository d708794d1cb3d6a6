import { useTranslation } from 'react-i18next'
import { ClientForm, type ProcessorActivity } from './ClientForm'
import type { ClientList } from './types'

/** As processor: the clients (controllers) with contacts, activities and their reference in the systems. */
export function ClientsSection({
  slug,
  clients,
  activities,
  onSaved,
}: {
  slug: string
  clients: ClientList
  activities: ProcessorActivity[]
  onSaved: (message: string) => void
}) {
  const { t } = useTranslation()
  return (
    <section className="list-section" aria-labelledby="processors-clients-title">
      <h2 id="processors-clients-title">{t('processors.clients.title')}</h2>
      <p>{t('processors.clients.intro')}</p>
      {clients.items.length === 0 ? (
        <p>{t('processors.clients.none')}</p>
      ) : (
        <table className="table" data-testid="processor-clients">
          <thead>
            <tr>
              <th scope="col">{t('processors.clients.name')}</th>
              <th scope="col">{t('processors.clients.language')}</th>
              <th scope="col">{t('processors.clients.contact')}</th>
              <th scope="col">{t('processors.clients.activities')}</th>
              <th scope="col">{t('processorForms.client.reference')}</th>
              <th scope="col">{t('processors.clients.status')}</th>
            </tr>
          </thead>
          <tbody>
            {clients.items.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.language.toUpperCase()}</td>
                <td>{c.contacts.email}</td>
                <td>
                  {c.activityKeys.map((k) => activities.find((a) => a.key === k)?.name ?? k).join(', ')}
                </td>
                <td>{c.systemReference ?? t('processorForms.client.noReference')}</td>
                <td>{t(`processors.clients.statuses.${c.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {clients.can.write
        ? clients.items.map((c) => (
            <details key={c.id} className="card" data-testid={`client-details-${c.id}`}>
              <summary>{t('processorForms.client.change', { name: c.name })}</summary>
              <ClientForm slug={slug} client={c} activities={activities} onSaved={onSaved} />
            </details>
          ))
        : null}
      {clients.can.write ? (
        <section className="card">
          <ClientForm slug={slug} activities={activities} onSaved={onSaved} />
        </section>
      ) : null}
    </section>
  )
}
