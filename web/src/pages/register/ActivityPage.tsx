import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useFlash } from '../../app/flash'
import { registerHref } from '../../app/routes'
import { Alert } from '../../components/feedback/Alert'
import { ResourceView } from '../../components/feedback/ResourceView'
import { PageTitle } from '../../components/layout/PageTitle'
import { ActivityFindings } from '../../components/register/activity/ActivityFindings'
import { ActivityForm } from '../../components/register/activity/ActivityForm'
import { ActivitySummary } from '../../components/register/activity/ActivitySummary'
import { EntryActions } from '../../components/register/EntryActions'
import { useRegisterData } from '../../components/register/useRegisterData'

/** One processing activity: its findings, then the editor (or a read-only summary). */
export function ActivityPage({
  membership,
  activityKey,
}: {
  membership: Membership
  activityKey: string | null
}) {
  const { t } = useTranslation()
  const { slug } = membership
  const register = useRegisterData(slug, { segment: 'activities' })
  const [notice, setNotice] = useFlash()
  const [checks, setChecks] = useState(0)
  const findingsRef = useRef<HTMLElement>(null)
  const activity = activityKey ? register.data?.doc.activities.find((a) => a.key === activityKey) : undefined
  const name = activity && register.data ? register.data.lookup.text(activity.name) || activity.key : null
  const title =
    activityKey === null ? t('register.activity.newTitle') : (name ?? t('register.activity.title'))

  return (
    <>
      <p className="breadcrumb">
        <a href={registerHref(slug, { view: 'activities' })}>← {t('register.activity.back')}</a>
      </p>
      <PageTitle>{title}</PageTitle>
      <ResourceView resource={register}>
        {(data) => {
          // From the entries' response: a new activity needs create, an existing one update (or delete).
          const canWrite = activityKey === null ? data.can.create : data.can.update
          if (activityKey !== null && !activity) return <Alert>{t('errors.notFound')}</Alert>
          if (activityKey === null && !canWrite) return <Alert>{t('errors.forbidden')}</Alert>
          return (
            <>
              {activity ? (
                <>
                  <p className="lead">
                    {t('register.form.keyLine')} <code>{activity.key}</code>
                  </p>
                  <EntryActions
                    slug={slug}
                    segment="activities"
                    entryKey={activity.key}
                    name={name ?? activity.key}
                    canDelete={data.can.delete}
                  />
                  <ActivityFindings
                    ref={findingsRef}
                    slug={slug}
                    activityKey={activity.key}
                    version={checks}
                    notice={notice}
                  />
                </>
              ) : (
                <p className="lead">{t('register.activity.intro')}</p>
              )}
              {canWrite ? (
                <ActivityForm
                  slug={slug}
                  data={data}
                  activity={activity ?? null}
                  onRegisterChanged={register.reload}
                  onSaved={(changed) => {
                    setNotice(changed ? t('common.saved') : t('register.form.unchanged'))
                    setChecks((c) => c + 1)
                    register.reload()
                    findingsRef.current?.focus()
                  }}
                />
              ) : activity ? (
                <>
                  <p className="alert alert-info">{t('register.form.readOnly')}</p>
                  <ActivitySummary activity={activity} data={data} />
                </>
              ) : null}
            </>
          )
        }}
      </ResourceView>
    </>
  )
}
