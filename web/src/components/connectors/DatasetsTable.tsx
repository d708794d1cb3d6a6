import { useTranslation } from 'react-i18next'
import { connectorsHref } from '../../app/routes'
import { TableWrap } from '../TableWrap'
import { ConnectionState } from './ConnectionState'
import type { DatasetSummary } from './connectorApi'

/** The datasets of the organisation: what each describes, whether it can be reached, what the register says. */
export function DatasetsTable({
  slug,
  datasets,
  systemName,
}: {
  slug: string
  datasets: DatasetSummary[]
  systemName: (key: string) => string | null
}) {
  const { t } = useTranslation()
  return (
    <TableWrap label={t('connectors.list.tableLabel')}>
      <table className="table datasets-table" data-testid="datasets-table">
        <thead>
          <tr>
            <th scope="col">{t('connectors.fields.name')}</th>
            <th scope="col">{t('connectors.fields.system')}</th>
            <th scope="col">{t('connectors.fields.connector')}</th>
            <th scope="col">{t('connectors.fields.contents')}</th>
            <th scope="col">{t('connectors.fields.connection')}</th>
            <th scope="col">{t('connectors.fields.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => {
            const name = systemName(d.system)
            return (
              <tr key={d.key} data-testid="dataset-row" data-key={d.key}>
                <th scope="row">
                  <a href={connectorsHref(slug, { view: 'detail', key: d.key })}>{d.name}</a>
                  <span className="action-code">{d.key}</span>
                </th>
                <td>
                  {name ?? d.system}
                  {name ? <span className="action-code">{d.system}</span> : null}
                </td>
                <td>{t(`connectors.kinds.${d.connector}`)}</td>
                <td>
                  <span className="nowrap">{t('connectors.list.collections', { count: d.collections })}</span>
                  <span className="action-code">
                    {t('connectors.list.fields', { count: d.fields, personal: d.personalFields })}
                  </span>
                </td>
                <td className="error-cell">
                  <ConnectionState connector={d.connector} connection={d.connection} />
                </td>
                <td>
                  {d.registerProblems === 0 ? (
                    <span className="muted">{t('connectors.list.noFindings')}</span>
                  ) : (
                    <span className="badge badge-warning">
                      {t('connectors.list.findings', { count: d.registerProblems })}
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
