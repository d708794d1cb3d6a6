import { useTranslation } from 'react-i18next'
import { registerHref } from '../../app/routes'
import { TableWrap } from '../TableWrap'
import { FindingCounts } from './FindingCounts'
import type { RegisterData } from './useRegisterData'

/** One row per activity: name, role, status, legal bases and findings of the register check. */
export function ActivitiesTable({ slug, data }: { slug: string; data: RegisterData }) {
  const { t } = useTranslation()
  const { lookup, doc, check } = data
  if (doc.activities.length === 0)
    return <p data-testid="activities-empty">{t('register.activities.empty')}</p>
  return (
    <TableWrap label={t('register.activities.title')}>
      <table className="table" data-testid="activities-table">
        <thead>
          <tr>
            <th scope="col">{t('register.fields.name')}</th>
            <th scope="col">{t('register.fields.role')}</th>
            <th scope="col">{t('register.fields.status')}</th>
            <th scope="col">{t('register.activities.legalBases')}</th>
            <th scope="col">{t('register.activities.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.activities.map((a) => {
            const bases = [
              ...new Set((a.purposes ?? []).map((p) => p.legalBasis).filter((b) => b !== undefined)),
            ]
            const findings = (check?.findings ?? []).filter(
              (f) => f.object.type === 'activity' && f.object.key === a.key,
            )
            const status = a.status ?? 'active'
            return (
              <tr
                key={a.key}
                data-testid="activity-row"
                className={status === 'ended' ? 'row-inactive' : undefined}
              >
                <th scope="row">
                  <a href={registerHref(slug, { view: 'entry', segment: 'activities', key: a.key })}>
                    {lookup.text(a.name) || a.key}
                  </a>
                  <span className="action-code">{a.key}</span>
                </th>
                <td>{lookup.enumLabel('activityRoles', a.role ?? 'controller')}</td>
                <td>
                  <span className={`badge badge-status-${status}`}>
                    {lookup.enumLabel('activityStatuses', status)}
                  </span>
                </td>
                <td>
                  {bases.length > 0 ? (
                    <ul className="plain-list">
                      {bases.map((b) => (
                        <li key={b}>{lookup.enumLabel('legalBases', b)}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{t('register.activities.noLegalBasis')}</span>
                  )}
                </td>
                <td>
                  {check ? (
                    <FindingCounts findings={findings} href={registerHref(slug, { view: 'check' })} />
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
