import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Membership } from '../api/types'
import { useSession } from '../app/SessionContext'
import { can } from '../app/sections'
import { useResource } from '../app/useResource'
import { ResourceView } from '../components/feedback/ResourceView'
import { PageTitle } from '../components/layout/PageTitle'
import { OrganizationSummary } from '../components/organization/OrganizationSummary'
import { ProfileForm } from '../components/organization/ProfileForm'
import { RequestSettingsSection } from '../components/requests/RequestSettingsForm'

/**
 * The organisation profile and the request time limits: forms for roles that may change them, read-only
 * summaries for the others.
 */
export function SettingsPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  const { slug } = membership
  const canWrite = can(membership, 'organization:write')
  const load = useCallback(() => call(api.GET('/api/v1/orgs/{slug}', { params: { path: { slug } } })), [slug])
  const organization = useResource(load)

  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <p className="lead">{t('settings.intro')}</p>
      <ResourceView resource={organization}>
        {(data) =>
          canWrite ? (
            <ProfileForm
              organization={data}
              onSaved={(updated) => {
                organization.setData(updated)
                if (updated.name !== membership.name) void refresh()
              }}
            />
          ) : (
            <>
              <p className="alert alert-info">{t('settings.readOnly')}</p>
              <div className="card">
                <OrganizationSummary organization={data} />
              </div>
            </>
          )
        }
      </ResourceView>
      <RequestSettingsSection slug={slug} canWrite={canWrite} />
    </>
  )
}
