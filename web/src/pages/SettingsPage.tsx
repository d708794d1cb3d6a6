import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Membership } from '../api/types'
import { useMe, useSession } from '../app/SessionContext'
import { useResource } from '../app/useResource'
import { ResourceView } from '../components/feedback/ResourceView'
import { PageTitle } from '../components/layout/PageTitle'
import { MailServerSection } from '../components/mail/MailServerSection'
import { OrganizationSummary } from '../components/organization/OrganizationSummary'
import { ProfileForm } from '../components/organization/ProfileForm'
import { SlugSection } from '../components/organization/SlugSection'
import { RequestSettingsSection } from '../components/requests/RequestSettingsForm'

/**
 * The organisation profile and the request time limits: forms when the server says the caller may change them
 * (`can.update`), read-only summaries otherwise.
 */
export function SettingsPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  const me = useMe()
  const { slug } = membership
  const load = useCallback(() => call(api.GET('/api/v1/orgs/{slug}', { params: { path: { slug } } })), [slug])
  const organization = useResource(load)

  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <p className="lead">{t('settings.intro')}</p>
      <ResourceView resource={organization}>
        {(data) =>
          data.can.update ? (
            <>
              <ProfileForm
                organization={data}
                onSaved={(updated) => {
                  organization.setData(updated)
                  if (updated.name !== membership.name) void refresh()
                }}
              />
              {data.can.changeSlug ? <SlugSection slug={data.slug} /> : null}
            </>
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
      <RequestSettingsSection slug={slug} />
      {me.installationAdmin ? <MailServerSection membership={membership} /> : null}
    </>
  )
}
