import { forwardRef, useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../app/useLanguage'
import { useResource } from '../../../app/useResource'
import { ResourceView } from '../../feedback/ResourceView'
import { bySeverity, FindingsList } from '../FindingsList'
import { loadCheck } from '../registerApi'

interface Props {
  slug: string
  activityKey: string
  /** Changes after each save, to check again. */
  version: number
  /** The confirmation of the last save, shown above the findings. */
  notice: string | null
}

/** The register check's findings for one activity, checked again after every save. */
export const ActivityFindings = forwardRef<HTMLElement, Props>(function ActivityFindings(
  { slug, activityKey, version, notice },
  ref,
) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` changes on purpose to check again
  const load = useCallback(() => loadCheck(slug, language), [slug, language, version])
  const check = useResource(load)
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="activity-findings-title"
      className="card findings-card"
      data-testid="activity-findings"
    >
      <div role="status">{notice ? <p className="alert alert-success">{notice}</p> : null}</div>
      <h2 id="activity-findings-title">{t('register.activity.findingsTitle')}</h2>
      <ResourceView resource={check}>
        {(data) => {
          const mine = bySeverity(
            data.findings
              .filter((f) => f.object.type === 'activity' && f.object.key === activityKey)
              .map((f) => ({ ...f, path: f.path.replace(/^activities\.\d+\.?/, '') })),
          )
          return mine.length === 0 ? (
            <p data-testid="no-findings">{t('register.activity.noFindings')}</p>
          ) : (
            <FindingsList
              findings={mine}
              showPath
              fieldIdOf={(path) => `activity-${path.replaceAll('.', '-')}`}
            />
          )
        }}
      </ResourceView>
    </section>
  )
})
