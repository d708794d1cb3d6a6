import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Membership } from '../api/types'
import { useFlash } from '../app/flash'
import { useDateFormat } from '../app/format'
import { hrefOf, noticeHref, orgHref, registerHref } from '../app/routes'
import { useMe } from '../app/SessionContext'
import { can } from '../app/sections'
import { useLanguage } from '../app/useLanguage'
import { useResource } from '../app/useResource'
import { Notice } from '../components/feedback/Notice'
import { ResourceView } from '../components/feedback/ResourceView'
import { PageTitle } from '../components/layout/PageTitle'
import { loadVersions } from '../components/notice/noticeApi'
import { CountCard } from '../components/organization/CountCard'
import { OrganizationSummary } from '../components/organization/OrganizationSummary'
import { NextSteps } from '../components/overview/NextSteps'
import { RequestDeadlines } from '../components/overview/RequestDeadlines'
import { loadCheck } from '../components/register/registerApi'
import { RetentionSweepAlerts } from '../components/retention/RetentionSweepAlerts'
import { SampleOffer } from '../components/samples/SampleOffer'
import { Countdown } from './breaches/Countdown'

const HELD_LIMIT = 200

/** The organisation at a glance: profile summary and a few counts. */
export function OverviewPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const { slug } = membership
  const canMembers = can(membership, 'members:read')
  const canTokens = can(membership, 'api_tokens:read')
  const canOutbox = can(membership, 'outbox:read')
  const canRegister = can(membership, 'register:read')
  const canNotice = can(membership, 'notice:read')
  const { date } = useDateFormat()
  const { language } = useLanguage()
  const me = useMe()
  const [flash] = useFlash()
  // An organisation with an empty register is offered a sample to explore, unless the user has one already.
  const offerSample = me.canCreateOrganizations && !me.memberships.some((m) => m.isSample)

  const load = useCallback(async () => {
    const params = { path: { slug } }
    const [organization, members, tokens, held, activities, check, notice, breaches] = await Promise.all([
      call(api.GET('/api/v1/orgs/{slug}', { params })),
      canMembers ? call(api.GET('/api/v1/orgs/{slug}/members', { params })) : null,
      canTokens ? call(api.GET('/api/v1/orgs/{slug}/api-tokens', { params })) : null,
      canOutbox
        ? call(
            api.GET('/api/v1/orgs/{slug}/outbox', {
              params: { ...params, query: { status: 'held', limit: HELD_LIMIT } },
            }),
          )
        : null,
      canRegister ? call(api.GET('/api/v1/orgs/{slug}/register/activities', { params })) : null,
      canRegister ? loadCheck(slug, language).catch(() => null) : null,
      canNotice ? loadVersions(slug).catch(() => null) : null,
      canRegister ? call(api.GET('/api/v1/orgs/{slug}/breaches', { params })).catch(() => null) : null,
    ])
    const now = Date.now()
    const activeTokens = tokens?.items.filter(
      (x) => !x.revokedAt && (!x.expiresAt || Date.parse(x.expiresAt) > now),
    )
    return {
      organization,
      members: members?.items.length,
      activeTokens: activeTokens?.length,
      held: held?.items.length,
      activities: activities?.items.length,
      check,
      notice,
      openClocks: (breaches?.items ?? []).flatMap((b) =>
        b.status === 'open'
          ? b.clocks
              .filter((c) => c.state === 'running' || c.state === 'overdue')
              .map((c) => ({ breach: b, clock: c }))
          : [],
      ),
    }
  }, [slug, canMembers, canTokens, canOutbox, canRegister, canNotice, language])
  const resource = useResource(load)

  return (
    <>
      <PageTitle>{t('overview.title')}</PageTitle>
      <Notice>{flash}</Notice>
      <p className="lead">
        <strong>{membership.name}</strong> · {t('overview.roleLine', { role: t(`roles.${membership.role}`) })}
      </p>
      <ResourceView resource={resource}>
        {(data) => (
          <>
            <NextSteps membership={membership} />
            <RequestDeadlines membership={membership} />
            <section aria-labelledby="overview-counts">
              <h2 id="overview-counts">{t('overview.counts')}</h2>
              <ul className="count-grid">
                {data.activities !== undefined ? (
                  <CountCard
                    label={t('overview.activities')}
                    value={data.activities}
                    href={registerHref(slug, { view: 'activities' })}
                  />
                ) : null}
                {data.check ? (
                  <>
                    <CountCard
                      label={t('overview.registerErrors')}
                      value={data.check.errors}
                      href={registerHref(slug, { view: 'check' })}
                    />
                    <CountCard
                      label={t('overview.registerWarnings')}
                      value={data.check.warnings}
                      href={registerHref(slug, { view: 'check' })}
                    />
                  </>
                ) : null}
                {data.members !== undefined ? (
                  <CountCard
                    label={t('overview.members')}
                    value={data.members}
                    href={orgHref(slug, 'members')}
                  />
                ) : null}
                {data.activeTokens !== undefined ? (
                  <CountCard
                    label={t('overview.activeTokens')}
                    value={data.activeTokens}
                    href={orgHref(slug, 'api-tokens')}
                  />
                ) : null}
                {data.held !== undefined ? (
                  <CountCard
                    label={t('overview.heldMails')}
                    value={data.held}
                    more={data.held >= HELD_LIMIT}
                    href={orgHref(slug, 'outbox')}
                  />
                ) : null}
              </ul>
            </section>
            {data.openClocks.length > 0 ? (
              <section aria-labelledby="overview-breaches" className="card" data-testid="overview-breaches">
                <h2 id="overview-breaches">{t('breaches.openClocks')}</h2>
                <ul className="plain-list">
                  {data.openClocks.map(({ breach, clock }) => (
                    <li key={`${breach.id}-${clock.name}`}>
                      <a href={hrefOf({ name: 'breach', slug, id: breach.id })}>
                        {breach.reference} · {breach.title}
                      </a>
                      : {t(`breaches.clockNames.${clock.name}`)} ·{' '}
                      <Countdown dueAt={clock.dueAt} state={clock.state} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <RetentionSweepAlerts membership={membership} />
            {offerSample && data.activities === 0 ? <SampleOffer /> : null}
            {data.notice ? (
              <section aria-labelledby="overview-notice" className="card" data-testid="overview-notice">
                <div className="section-header">
                  <h2 id="overview-notice">{t('overview.notice')}</h2>
                  <a href={noticeHref(slug)}>{t('overview.noticeOpen')}</a>
                </div>
                <p data-testid="overview-notice-status">
                  {data.notice.items[0]
                    ? t('overview.noticeLatest', {
                        version: data.notice.items[0].version,
                        date: date(data.notice.items[0].effectiveDate),
                      })
                    : t('overview.noticeNone')}
                </p>
                {data.notice.items[0] ? (
                  <p>
                    <a href={`${data.notice.publicUrl}?lang=${language}`}>{t('overview.noticePublic')}</a>
                  </p>
                ) : null}
              </section>
            ) : null}
            <section aria-labelledby="overview-profile" className="card">
              <div className="section-header">
                <h2 id="overview-profile">{t('overview.profile')}</h2>
                <a href={orgHref(slug, 'settings')}>
                  {can(membership, 'organization:write')
                    ? t('overview.editProfile')
                    : t('overview.viewProfile')}
                </a>
              </div>
              <OrganizationSummary organization={data.organization} />
            </section>
          </>
        )}
      </ResourceView>
    </>
  )
}
