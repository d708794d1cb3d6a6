import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useResource } from '../../app/useResource'
import { ErrorMessage } from '../../components/feedback/ErrorMessage'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { loadRetention } from '../../components/retention/retentionApi'
import { CalendarSection } from './CalendarSection'
import { HoldsSection } from './HoldsSection'
import { PlanSection } from './PlanSection'
import { RulesSection } from './RulesSection'
import { RunsSection } from './RunsSection'

/**
 * Retention (issue 16): the register's rules in machine form, the plan a privacy officer approves once per rule,
 * legal holds, the calendar of what falls due, and the sweeps with their audit proof.
 */
export function RetentionPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(() => loadRetention(slug), [slug])
  const data = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  /** Runs an action, then shows its notice (or its error) and loads the page again. */
  const act = async (action: () => Promise<unknown>, done: string) => {
    setNotice(null)
    setError(null)
    try {
      await action()
      setNotice(done)
    } catch (failure) {
      setError(failure)
    }
    data.reload()
  }

  return (
    <>
      <PageTitle>{t('retention.title')}</PageTitle>
      <p className="lead">{t('retention.intro')}</p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <ResourceView resource={data}>
        {(d) => (
          <>
            <PlanSection slug={slug} data={d} act={act} />
            <CalendarSection data={d} />
            <HoldsSection
              slug={slug}
              data={d}
              act={act}
              onPlaced={() => {
                setNotice(t('retention.holds.placedNotice'))
                setError(null)
                data.reload()
              }}
            />
            <RunsSection slug={slug} data={d} act={act} onSweepEnded={data.reload} />
            <RulesSection
              slug={slug}
              data={d}
              onSaved={(rule) => {
                setNotice(t('retention.form.saved', { rule }))
                setError(null)
                data.reload()
              }}
            />
          </>
        )}
      </ResourceView>
    </>
  )
}
