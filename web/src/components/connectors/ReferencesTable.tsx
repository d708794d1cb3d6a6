import { useTranslation } from 'react-i18next'
import { TableWrap } from '../TableWrap'
import type { ReferenceProposal } from './connectorApi'

const REASONS = [
  'belongs',
  'part_of',
  'describes',
  'context',
  'another_person',
  'role',
  'fan_out',
  'handled_by',
  'other_owner',
  'leads_to_people',
  'not_personal',
  'uses_same',
] as const
type ReasonCode = (typeof REASONS)[number]
const isReason = (code: string): code is ReasonCode => (REASONS as readonly string[]).includes(code)

/**
 * Every reference between the described tables with what discovery proposes (found from, reads, not followed) and
 * why, in the user's language; references that would reach other people's rows are flagged for review.
 */
export function ReferencesTable({ references }: { references: ReferenceProposal[] }) {
  const { t } = useTranslation()
  if (references.length === 0) return null
  const ordered = [...references].sort((a, b) => Number(b.flagged) - Number(a.flagged))
  return (
    <>
      <h3 id="references-title">{t('connectors.discover.references.title')}</h3>
      <p className="hint">{t('connectors.discover.references.intro')}</p>
      <TableWrap label={t('connectors.discover.references.title')}>
        <table className="table suggestions-table" data-testid="references-table">
          <thead>
            <tr>
              <th scope="col">{t('connectors.discover.references.reference')}</th>
              <th scope="col">{t('connectors.discover.references.decision')}</th>
              <th scope="col">{t('connectors.discover.references.why')}</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((r) => {
              const { code, ...values } = r.reason
              return (
                <tr
                  key={`${r.collection}.${r.field}`}
                  data-testid="reference"
                  data-field={`${r.collection}.${r.field}`}
                  className={r.flagged ? 'suggestion-uncertain' : undefined}
                >
                  <th scope="row">
                    <code>
                      {r.collection}.{r.field} → {r.target}.{r.targetField}
                    </code>
                  </th>
                  <td className="nowrap" data-testid="reference-direction">
                    {t(`connectors.discover.references.directions.${r.direction}`, { target: r.target })}
                    {r.flagged ? (
                      <span className="action-code">{t('connectors.discover.references.flagged')}</span>
                    ) : null}
                  </td>
                  <td>
                    <ul className="plain-list reasons-list">
                      <li data-testid="reference-reason">
                        {isReason(code)
                          ? t(`connectors.discover.references.reasons.${code}`, {
                              collection: r.collection,
                              ...values,
                            })
                          : r.text}
                      </li>
                      {r.inferred ? <li>{t('connectors.discover.references.inferred')}</li> : null}
                      {r.fromPartitions ? (
                        <li>{t('connectors.discover.references.fromPartitions')}</li>
                      ) : null}
                    </ul>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableWrap>
    </>
  )
}
