import { lazy, Suspense, useRef } from 'react'
import type { Me, Membership } from '../api/types'
import { Loading } from '../components/feedback/Loading'
import { Shell } from '../components/layout/Shell'
import { SampleBanner } from '../components/samples/SampleBanner'
import { AccountPage } from '../pages/AccountPage'
import { BreachPage } from '../pages/breaches/BreachPage'
import { ConsultantPage } from '../pages/dpia/ConsultantPage'
import { DpiaAssessmentPage } from '../pages/dpia/DpiaAssessmentPage'
import { HomePage } from '../pages/HomePage'
import { NewOrganizationPage } from '../pages/NewOrganizationPage'
import { NoAccessPage } from '../pages/NoAccessPage'
import { NotFoundPage } from '../pages/NotFoundPage'
import { OrgSectionPage } from '../pages/OrgSectionPage'
import { OutboxMessagePage } from '../pages/OutboxMessagePage'
import { Redirect } from './Redirect'
import { hrefOf, type OrgSection, type Route } from './routes'
import { sectionAllowed } from './sections'

/** The register pages are loaded when first opened (they are most of the application). */
const RegisterSection = lazy(() =>
  import('../pages/register/RegisterSection').then((m) => ({ default: m.RegisterSection })),
)
const NoticeSection = lazy(() =>
  import('../pages/notice/NoticeSection').then((m) => ({ default: m.NoticeSection })),
)
const RequestsSection = lazy(() =>
  import('../pages/requests/RequestsSection').then((m) => ({ default: m.RequestsSection })),
)
const ConnectorsSection = lazy(() =>
  import('../pages/connectors/ConnectorsSection').then((m) => ({ default: m.ConnectorsSection })),
)
const SubjectsSection = lazy(() =>
  import('../pages/subjects/SubjectsSection').then((m) => ({ default: m.SubjectsSection })),
)

/** Chooses the page for a signed-in user and the organisation the shell shows. */
export function SignedInApp({ me, route }: { me: Me; route: Route }) {
  const lastSlug = useRef<string | null>(null)
  const routeSlug =
    route.name === 'org' ||
    route.name === 'outbox-message' ||
    route.name === 'breach' ||
    route.name === 'dpia-assessment' ||
    route.name === 'register' ||
    route.name === 'notice' ||
    route.name === 'requests' ||
    route.name === 'subjects' ||
    route.name === 'connectors'
      ? route.slug
      : null
  const routeMembership = routeSlug ? me.memberships.find((m) => m.slug === routeSlug) : undefined
  if (routeMembership) lastSlug.current = routeMembership.slug
  const membership: Membership | null =
    routeMembership ?? me.memberships.find((m) => m.slug === lastSlug.current) ?? me.memberships[0] ?? null
  const section: OrgSection =
    route.name === 'org'
      ? route.section
      : route.name === 'outbox-message'
        ? 'outbox'
        : route.name === 'breach'
          ? 'breaches'
          : route.name === 'dpia-assessment'
            ? 'dpia'
            : route.name === 'register'
              ? 'register'
              : route.name === 'notice' ||
                  route.name === 'requests' ||
                  route.name === 'subjects' ||
                  route.name === 'connectors'
                ? route.name
                : 'overview'

  if (route.name === 'home' || route.name === 'sign-in') {
    if (membership) return <Redirect to={{ name: 'org', slug: membership.slug, section: 'overview' }} />
  }

  const page = () => {
    switch (route.name) {
      case 'home':
      case 'sign-in':
        return <HomePage />
      case 'account':
        return <AccountPage />
      case 'consultant':
        return <ConsultantPage />
      case 'new-organization':
        return <NewOrganizationPage />
      case 'org':
      case 'outbox-message':
      case 'breach':
      case 'dpia-assessment':
      case 'register':
      case 'notice':
      case 'requests':
      case 'subjects':
      case 'connectors': {
        if (!routeMembership) return <NotFoundPage />
        if (!sectionAllowed(routeMembership, section)) return <NoAccessPage section={section} />
        if (route.name === 'outbox-message')
          return <OutboxMessagePage membership={routeMembership} id={route.id} />
        if (route.name === 'breach') return <BreachPage membership={routeMembership} id={route.id} />
        if (route.name === 'dpia-assessment')
          return <DpiaAssessmentPage membership={routeMembership} activityKey={route.activityKey} />
        if (route.name === 'register')
          return (
            <Suspense fallback={<Loading />}>
              <RegisterSection membership={routeMembership} view={route.view} />
            </Suspense>
          )
        if (route.name === 'notice')
          return (
            <Suspense fallback={<Loading />}>
              <NoticeSection membership={routeMembership} view={route.view} />
            </Suspense>
          )
        if (route.name === 'requests')
          return (
            <Suspense fallback={<Loading />}>
              <RequestsSection membership={routeMembership} view={route.view} />
            </Suspense>
          )
        if (route.name === 'subjects')
          return (
            <Suspense fallback={<Loading />}>
              <SubjectsSection membership={routeMembership} view={route.view} />
            </Suspense>
          )
        if (route.name === 'connectors')
          return (
            <Suspense fallback={<Loading />}>
              <ConnectorsSection membership={routeMembership} view={route.view} />
            </Suspense>
          )
        return <OrgSectionPage membership={routeMembership} section={route.section} />
      }
      default:
        return <NotFoundPage />
    }
  }

  return (
    <Shell membership={routeMembership ?? membership} section={section}>
      <div key={hrefOf(route)} className="page">
        {routeMembership?.isSample ? <SampleBanner membership={routeMembership} /> : null}
        {page()}
      </div>
    </Shell>
  )
}
