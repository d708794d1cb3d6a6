import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../app/useLanguage'
import type { RetentionData } from '../../components/retention/retentionApi'
import { ruleName } from '../../components/retention/ruleText'
import { TableWrap } from '../../components/TableWrap'

/** What falls due in the next 30, 90 and 365 days per rule and collection. */
export function CalendarSection({ data }: { data: RetentionData }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const items = data.calendar.items
  const windows = items[0]?.within.map((w) => w.days) ?? [30, 90, 365]
  const any = items.some((i) => i.within.some((w) => w.rows > 0 || w.held > 0))
  const held = items.some((i) => i.within.some((w) => w.held > 0))
  return (
    <section className="list-section" aria-labelledby="retention-calendar-title">
      <h2 id="retention-calendar-title">{t('retention.calendar.title')}</h2>
      <p>{t('retention.calendar.intro')}</p>
      {held ? <p data-testid="retention-calendar-held-note">{t('retention.calendar.heldNote')}</p> : null}
      {items.length === 0 || !any ? (
        <p data-testid="retention-calendar-empty">{t('retention.calendar.none')}</p>
      ) : (
        <TableWrap label={t('retention.calendar.title')}>
          <table className="table" data-testid="retention-calendar">
            <thead>
              <tr>
                <th scope="col">{t('retention.calendar.rule')}</th>
                <th scope="col">{t('retention.calendar.system')}</th>
                <th scope="col">{t('retention.calendar.collection')}</th>
                {windows.map((days) => (
                  <th scope="col" key={days}>
                    {t('retention.calendar.within', { days })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={`${i.rule}/${i.dataset}/${i.collection}`}>
                  <th scope="row">{ruleName(data.rules.items, i.rule, language)}</th>
                  <td>{i.system}</td>
                  <td>{i.collection}</td>
                  {i.within.map((w) => (
                    <td key={w.days}>
                      {w.rows}
                      {w.held > 0 ? (
                        <span className="hint" data-testid="retention-calendar-held">
                          {' '}
                          ({t('retention.calendar.held', { count: w.held })})
                        </span>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  )
}
