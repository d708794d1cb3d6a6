import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { useResource } from '../../app/useResource'
import { IndicatorList } from '../../components/dpia/IndicatorList'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'

/** One organisation's compliance overview (issue 21 item 4). */
export function CompliancePage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/compliance', { params: { path: { slug } } })),
    [slug],
  )
  const data = useResource(load)
  return (
    <>
      <PageTitle>{t('dpia.compliance.title')}</PageTitle>
      <p className="lead">{t('dpia.compliance.intro')}</p>
      <ResourceView resource={data}>{(o) => <IndicatorList overview={o} />}</ResourceView>
    </>
  )
}
