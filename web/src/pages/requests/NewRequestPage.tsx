import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import { can } from '../../app/sections'
import { Alert } from '../../components/feedback/Alert'
import { PageTitle } from '../../components/layout/PageTitle'
import { IntakeForm } from '../../components/requests/IntakeForm'

/** Staff intake: a request received by e-mail, phone, letter, at the office or on social media. */
export function NewRequestPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  const { slug } = membership
  return (
    <>
      <PageTitle>{t('requests.intake.title')}</PageTitle>
      <p className="lead">{t('requests.intake.intro')}</p>
      {can(membership, 'requests:write') ? (
        <IntakeForm
          slug={slug}
          onCreated={(request) => {
            setFlash(t('requests.intake.created', { reference: request.reference }))
            navigate({ name: 'requests', slug, view: { view: 'detail', id: request.id } })
          }}
        />
      ) : (
        <Alert>{t('errors.forbidden')}</Alert>
      )}
    </>
  )
}
