import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { registerHref } from '../../app/routes'
import { can } from '../../app/sections'
import { useResource } from '../../app/useResource'

/** The guided order of a new register: what each activity refers to comes first. */
const STEPS = ['vendors', 'systems', 'retention-rules', 'measures', 'activities'] as const
type Step = (typeof STEPS)[number]

/**
 * On the overview, while the register is incomplete: the next steps in a guided order (vendors, systems,
 * retention rules, security measures, then activities), each marked done or not done from the register itself.
 * Disappears once every step has at least one entry.
 */
export function NextSteps({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const allowed = can(membership, 'register:read')
  const canWrite = can(membership, 'register:write')
  const load = useCallback(async () => {
    if (!allowed) return null
    const params = { path: { slug } }
    const lists = await Promise.all([
      call(api.GET('/api/v1/orgs/{slug}/register/vendors', { params })),
      call(api.GET('/api/v1/orgs/{slug}/register/systems', { params })),
      call(api.GET('/api/v1/orgs/{slug}/register/retention-rules', { params })),
      call(api.GET('/api/v1/orgs/{slug}/register/measures', { params })),
      call(api.GET('/api/v1/orgs/{slug}/register/activities', { params })),
    ])
    const counts = STEPS.map((step, i) => [step, lists[i]?.items.length ?? 0] as const)
    return new Map<Step, number>(counts)
  }, [allowed, slug])
  const { data } = useResource(load)
  if (!data || STEPS.every((step) => (data.get(step) ?? 0) > 0)) return null
  const next = STEPS.find((step) => (data.get(step) ?? 0) === 0)
  return (
    <section aria-labelledby="overview-steps" className="card" data-testid="overview-steps">
      <h2 id="overview-steps">{t('overviewPage.steps.title')}</h2>
      <p>{t('overviewPage.steps.intro')}</p>
      <ol className="next-steps">
        {STEPS.map((step) => {
          const count = data.get(step) ?? 0
          const done = count > 0
          return (
            <li
              key={step}
              data-testid={`step-${step}`}
              data-done={done}
              data-next={step === next}
              className={done ? 'next-step step-done' : 'next-step'}
            >
              <span className="status-icon" aria-hidden="true">
                {done ? '✓' : '○'}
              </span>{' '}
              <strong>{t(`overviewPage.steps.names.${step}`)}</strong>
              {step === next ? <em> {t('overviewPage.steps.nextMarker')}</em> : null}
              {' · '}
              <span>{done ? t('overviewPage.steps.done', { count }) : t('overviewPage.steps.notDone')}</span>
              <br />
              <span className="hint">{t(`overviewPage.steps.why.${step}`)}</span>{' '}
              {canWrite ? (
                <a
                  href={registerHref(slug, { view: 'entry', segment: step, key: null })}
                  aria-label={t(`overviewPage.steps.addLabel.${step}`)}
                >
                  {t('overviewPage.steps.add')}
                </a>
              ) : (
                <a href={registerHref(slug, { view: step })}>{t('overviewPage.steps.view')}</a>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
