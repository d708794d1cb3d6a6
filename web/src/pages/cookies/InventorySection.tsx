import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import { useDateFormat } from '../../app/format'
import { ConfirmAction } from '../../components/ConfirmAction'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { TableWrap } from '../../components/TableWrap'
import { ServiceForm } from './ServiceForm'
import type { CookieSetup } from './types'

/**
 * The inventory the banner and the declaration show: its version, each service with its category, hosts and
 * cookies; a service is changed in its own form or deleted after a confirmation (each a new inventory version).
 */
export function InventorySection({
  slug,
  setup,
  onSaved,
  onDeleted,
}: {
  slug: string
  setup: CookieSetup
  onSaved: (version: number, name: string) => void
  onDeleted: (version: number, name: string) => void
}) {
  const { t } = useTranslation()
  const format = useDateFormat()
  // The service whose form is open, by id.
  const [editing, setEditing] = useState<string | null>(null)
  const [deleteError, setDeleteError] = useState<unknown>(null)
  const actions = setup.can.updateService || setup.can.deleteService

  const remove = async (id: string, name: string) => {
    setDeleteError(null)
    try {
      const saved = await call(
        api.DELETE('/api/v1/orgs/{slug}/cookies/services/{serviceId}', {
          params: { path: { slug, serviceId: id } },
        }),
      )
      if (editing === id) setEditing(null)
      onDeleted(saved.version, name)
    } catch (error) {
      setDeleteError(error)
    }
  }

  return (
    <section className="list-section" aria-labelledby="inventory-title">
      <h2 id="inventory-title">{t('cookies.inventoryTitle')}</h2>
      {setup.version === 0 || !setup.savedAt ? (
        <p>{t('cookies.inventoryNone')}</p>
      ) : (
        <>
          <p>
            {t('cookies.inventoryVersion', {
              version: setup.version,
              date: format.dateTime(setup.savedAt),
            })}
          </p>
          <TableWrap label={t('cookies.inventoryTitle')}>
            <table className="table" data-testid="cookie-inventory">
              <thead>
                <tr>
                  <th scope="col">{t('cookies.columns.service')}</th>
                  <th scope="col">{t('cookies.columns.provider')}</th>
                  <th scope="col">{t('cookies.columns.category')}</th>
                  <th scope="col">{t('cookies.columns.hosts')}</th>
                  <th scope="col">{t('cookies.columns.cookies')}</th>
                  {actions ? <th scope="col">{t('cookies.services.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {setup.inventory.services.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    <td>{s.provider}</td>
                    <td>{t(`cookies.categories.${s.category}`)}</td>
                    <td>{s.hosts.join(', ')}</td>
                    <td>{s.cookies.map((c) => c.name).join(', ')}</td>
                    {actions ? (
                      <td>
                        <div className="row-actions">
                          {setup.can.updateService ? (
                            <button
                              type="button"
                              className="button-secondary"
                              aria-label={t('cookies.services.editLabel', { name: s.name })}
                              aria-expanded={editing === s.id}
                              onClick={() => setEditing(editing === s.id ? null : s.id)}
                            >
                              {t('cookies.services.edit')}
                            </button>
                          ) : null}
                          {setup.can.deleteService ? (
                            <ConfirmAction
                              label={t('cookies.services.delete')}
                              accessibleLabel={t('cookies.services.deleteLabel', { name: s.name })}
                              question={t('cookies.services.deleteConfirm', { name: s.name })}
                              confirmLabel={t('cookies.services.confirmDelete')}
                              onConfirm={() => remove(s.id, s.name)}
                            />
                          ) : null}
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {deleteError ? <ErrorMessage error={deleteError} /> : null}
          {setup.inventory.services
            .filter((s) => s.id === editing)
            .map((s) => (
              <ServiceForm
                key={`${s.id}-${setup.version}`}
                slug={slug}
                service={s}
                onCancel={() => setEditing(null)}
                onSaved={(version) => {
                  setEditing(null)
                  onSaved(version, s.name)
                }}
              />
            ))}
        </>
      )}
    </section>
  )
}
