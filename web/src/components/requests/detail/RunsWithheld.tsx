import { useTranslation } from 'react-i18next'
import { useDateFormat } from '../../../app/format'
import type { Withheld } from '../../connectors/runApi'

/**
 * Why rows were kept, in words: a retention rule and until when (or held with no end date), a reference, rows shared with other records,
 * shared reference data, or fields that cannot change.
 */
export function RunsWithheld({
  withheld,
  ruleName,
}: {
  withheld: Withheld[]
  ruleName: (key: string) => string
}) {
  const { t } = useTranslation()
  const { day } = useDateFormat()
  if (withheld.length === 0) return <span className="muted">{t('common.none')}</span>
  return (
    <ul className="plain-list withheld-list">
      {withheld.map((w) => {
        const reason = w.reason
        const text =
          reason.kind === 'retention'
            ? reason.until === null
              ? t(
                  reason.openEnd === 'until_event'
                    ? 'connectors.runs.withheld.retentionUntilEvent'
                    : 'connectors.runs.withheld.retentionStatutory',
                  { count: w.rows, rule: ruleName(reason.rule) },
                )
              : t('connectors.runs.withheld.retention', {
                  count: w.rows,
                  until: day(reason.until),
                  rule: ruleName(reason.rule),
                })
            : reason.kind === 'referenced'
              ? t('connectors.runs.withheld.referenced', { count: w.rows, by: reason.by })
              : reason.kind === 'shared'
                ? t('connectors.runs.withheld.shared', { count: w.rows, by: reason.by.join(', ') })
                : reason.kind === 'reference_data'
                  ? t('connectors.runs.withheld.referenceData', { count: w.rows })
                  : reason.kind === 'legal_hold'
                    ? t('connectors.runs.withheld.legalHold', { count: w.rows, reason: reason.reason })
                    : t('connectors.runs.withheld.notRectifiable', {
                        count: w.rows,
                        fields: reason.fields.join(', '),
                      })
        return (
          <li
            key={`${reason.kind}-${text}`}
            data-testid="withheld"
            data-kind={reason.kind}
            data-rows={w.rows}
          >
            {text}
          </li>
        )
      })}
    </ul>
  )
}
