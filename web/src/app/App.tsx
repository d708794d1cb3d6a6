import { lazy, Suspense, useEffect, useState } from 'react'
import { api } from '../api/client'
import { Loading } from '../components/feedback/Loading'
import { PublicLayout } from '../components/layout/PublicLayout'
import { loadAllTexts } from '../i18n'
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage'
import { ResetPasswordPage } from '../pages/ResetPasswordPage'
import { SessionErrorPage } from '../pages/SessionErrorPage'
import { SetupPage } from '../pages/SetupPage'
import { SignInPage } from '../pages/SignInPage'
import { TotpStepPage } from '../pages/TotpStepPage'
import { RouterProvider, useRouter } from './RouterContext'
import { SessionProvider, useSession } from './SessionContext'
import { useLanguageSync } from './useLanguageSync'

/**
 * Everything behind sign-in is loaded once someone has signed in: the sign-in page downloads only the renderer, the
 * public pages' texts of one language and these public pages (docs/decisions/0022, 0067).
 */
const SignedInApp = lazy(() =>
  Promise.all([import('./SignedInApp'), loadAllTexts()]).then(([m]) => ({ default: m.SignedInApp })),
)

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <AppRoutes />
      </SessionProvider>
    </RouterProvider>
  )
}

/** Pages for everyone (password reset), then sign-in steps, then the signed-in application. */
function AppRoutes() {
  useLanguageSync()
  const { state } = useSession()
  const { route } = useRouter()

  if (route.name === 'forgot-password') {
    return (
      <PublicLayout>
        <ForgotPasswordPage />
      </PublicLayout>
    )
  }
  if (route.name === 'reset-password') {
    return (
      <PublicLayout>
        <ResetPasswordPage token={route.token} />
      </PublicLayout>
    )
  }
  switch (state.status) {
    case 'loading':
      return (
        <PublicLayout>
          <Loading />
        </PublicLayout>
      )
    case 'error':
      return (
        <PublicLayout>
          <SessionErrorPage error={state.error} />
        </PublicLayout>
      )
    case 'signed-out':
      return (
        <PublicLayout>
          <SetupOrSignIn>
            <SignInPage notice={route.name === 'sign-in' ? route.notice : null} reason={state.reason} />
          </SetupOrSignIn>
        </PublicLayout>
      )
    case 'second-factor':
      return (
        <PublicLayout>
          <TotpStepPage />
        </PublicLayout>
      )
    case 'signed-in':
      return (
        <Suspense
          fallback={
            <PublicLayout>
              <Loading />
            </PublicLayout>
          }
        >
          <SignedInApp me={state.me} route={route} />
        </Suspense>
      )
  }
}

/**
 * A new installation (no account yet) shows the set-up page instead of the sign-in form; once set-up is done the
 * server says so and the page is gone.
 */
function SetupOrSignIn({ children }: { children: React.ReactNode }) {
  const [required, setRequired] = useState<boolean | null>(null)
  useEffect(() => {
    let live = true
    api
      .GET('/api/v1/setup')
      .then((result) => {
        if (live) setRequired(result.data?.required ?? false)
      })
      .catch(() => {
        if (live) setRequired(false)
      })
    return () => {
      live = false
    }
  }, [])
  if (required === null) return <Loading />
  return required ? <SetupPage /> : <>{children}</>
}
