import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useFlash } from '../../app/flash'
import { registerHref } from '../../app/routes'
import { Notice } from '../../components/feedback/Notice'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { ActivitiesTable } from '../../components/register/ActivitiesTable'
import { useRegisterData } from '../../components/register/useRegisterData'

/** The processing activities of the organisation, with their legal bases and open findings. */
export function ActivitiesPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const register = useRegisterData(slug, { check: true })
  const [flash] = useFlash()
  return (
    <>
      <PageTitle>{t('register.activities.title')}</PageTitle>
      <p className="lead">{t('register.activities.intro')}</p>
      <Notice>{flash}</Notice>
      {register.data?.can.create ? (
        <p>
          <a
            href={registerHref(slug, { view: 'entry', segment: 'activities', key: null })}
            className="button-primary"
            data-testid="new-activity"
          >
            {t('register.activities.new')}
          </a>
        </p>
      ) : null}
      <ResourceView resource={register}>{(data) => <ActivitiesTable slug={slug} data={data} />}</ResourceView>
    </>
  )
}
