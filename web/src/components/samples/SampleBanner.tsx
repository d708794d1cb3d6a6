import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { call } from '../../api/problem'
import type { Membership } from '../../api/types'
import { setFlash } from '../../app/flash'
import { useRouter } from '../../app/RouterContext'
import { useSession } from '../../app/SessionContext'
import { can } from '../../app/sections'
import { ConfirmAction } from '../ConfirmAction'

/**
 * On every page of a sample organisation: says it is a sample with invented people whose mail is never sent,
 * and lets its owners delete it (after a confirmation).
 */
export function SampleBanner({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  const { navigate } = useRouter()
  return (
    <div className="alert alert-info sample-banner" data-testid="sample-banner">
      <p>{t('samples.banner')}</p>
      {can(membership, 'members:write') ? (
        <ConfirmAction
          label={t('samples.delete')}
          question={t('samples.deleteQuestion')}
          confirmLabel={t('samples.deleteConfirm')}
          busyLabel={t('samples.deleting')}
          onConfirm={async () => {
            await call(api.DELETE('/api/v1/orgs/{slug}', { params: { path: { slug: membership.slug } } }))
            setFlash(t('samples.deleted', { name: membership.name }))
            await refresh()
            navigate({ name: 'home' })
          }}
        />
      ) : null}
    </div>
  )
}
