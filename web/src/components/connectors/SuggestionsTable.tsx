import { useTranslation } from 'react-i18next'
import { isLanguage, localeOf } from '../../i18n/language'
import { TableWrap } from '../TableWrap'
import type { Suggestion } from './connectorApi'
import type { RegisterNames } from './useRegisterNames'

/** What discovery proposes per column, for review before saving: category, identity, confidence and why. */
export function SuggestionsTable({
  suggestions,
  names,
}: {
  suggestions: Suggestion[]
  names: RegisterNames
}) {
  const { t, i18n } = useTranslation()
  const percent = new Intl.NumberFormat(localeOf(isLanguage(i18n.language) ? i18n.language : 'nl'), {
    style: 'percent',
    maximumFractionDigits: 0,
  })
  if (suggestions.length === 0)
    return <p data-testid="no-suggestions">{t('connectors.discover.noSuggestions')}</p>
  return (
    <TableWrap label={t('connectors.discover.reviewTitle')}>
      <table className="table suggestions-table" data-testid="suggestions-table">
        <thead>
          <tr>
            <th scope="col">{t('connectors.discover.field')}</th>
            <th scope="col">{t('connectors.discover.category')}</th>
            <th scope="col">{t('connectors.discover.identity')}</th>
            <th scope="col">{t('connectors.discover.confidence')}</th>
            <th scope="col">{t('connectors.discover.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {suggestions.map((s) => (
            <tr
              key={`${s.collection}.${s.field}`}
              data-testid="suggestion"
              data-field={`${s.collection}.${s.field}`}
              className={s.confidence < 0.6 ? 'suggestion-uncertain' : undefined}
            >
              <th scope="row">
                <code>
                  {s.collection}.{s.field}
                </code>
              </th>
              <td>
                {s.category ? (
                  <>
                    {names.category(s.category)}
                    <span className="action-code">{s.category}</span>
                  </>
                ) : (
                  <span className="muted">{t('common.none')}</span>
                )}
              </td>
              <td>
                {s.identity ? (
                  <span className="badge badge-active">{t(`subjects.kinds.${s.identity as 'email'}`)}</span>
                ) : (
                  <span className="muted">{t('common.none')}</span>
                )}
              </td>
              <td className="nowrap" data-testid="suggestion-confidence">
                {percent.format(s.confidence)}
                {s.confidence < 0.6 ? (
                  <span className="action-code">{t('connectors.discover.uncertain')}</span>
                ) : null}
              </td>
              <td>
                {s.reasons.length > 0 ? (
                  <ul className="plain-list reasons-list">
                    {s.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
