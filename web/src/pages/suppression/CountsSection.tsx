import { useTranslation } from 'react-i18next'
import type { SuppressionOverview } from './types'

/** How many people are suppressed per reason, and how many opted in (by post too). */
export function CountsSection({ counts }: { counts: SuppressionOverview['counts'] }) {
  const { t } = useTranslation()
  return (
    <section className="list-section" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('consent.suppression.countsTitle')}</h2>
      <dl className="facts" data-testid="suppression-counts">
        <dt>{t('consent.suppression.reasons.objection')}</dt>
        <dd>{counts.objection}</dd>
        <dt>{t('consent.suppression.reasons.unsubscribe')}</dt>
        <dd>{counts.unsubscribe}</dd>
        <dt>{t('consent.suppression.reasons.erased_do_not_contact')}</dt>
        <dd>{counts.erasedDoNotContact}</dd>
        <dt>{t('consent.suppression.optIns')}</dt>
        <dd>{counts.optIns}</dd>
        <dt>{t('consent.suppression.postOptIns')}</dt>
        <dd>{counts.postOptIns}</dd>
      </dl>
    </section>
  )
}
