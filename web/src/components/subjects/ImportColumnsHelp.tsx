import { useTranslation } from 'react-i18next'
import { TableWrap } from '../TableWrap'
import { IMPORT_COLUMN_HELP } from './importColumns'

/** Per column of the import file: what it means, what it accepts, an example. */
export function ImportColumnsHelp() {
  const { t } = useTranslation()
  return (
    <section className="card import-columns" aria-labelledby="import-columns-title">
      <h2 id="import-columns-title">{t('subjects.import.columnHelp.title')}</h2>
      <p className="hint">{t('subjects.import.columns')}</p>
      <TableWrap label={t('subjects.import.columnHelp.title')}>
        <table className="table" data-testid="subject-import-columns">
          <thead>
            <tr>
              <th scope="col">{t('subjects.import.columnHelp.column')}</th>
              <th scope="col">{t('subjects.import.columnHelp.meaning')}</th>
              <th scope="col">{t('subjects.import.columnHelp.accepted')}</th>
              <th scope="col">{t('subjects.import.columnHelp.example')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMN_HELP.map(({ column, aliases }) => (
              <tr key={column} data-testid={`subject-import-column-${column}`}>
                <th scope="row">
                  <code>{column}</code>
                  {aliases.length > 0 ? (
                    <span className="hint">
                      {t('subjects.import.columnHelp.aliases', { names: aliases.join(', ') })}
                    </span>
                  ) : null}
                </th>
                <td>{t(`subjects.import.columnHelp.rows.${column}.meaning`)}</td>
                <td>{t(`subjects.import.columnHelp.rows.${column}.accepted`)}</td>
                <td>
                  <code>{t(`subjects.import.columnHelp.rows.${column}.example`)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  )
}
