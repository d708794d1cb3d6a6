import { useTranslation } from 'react-i18next'
import { DigestForm } from '../components/account/DigestForm'
import { DisplayNameForm } from '../components/account/DisplayNameForm'
import { PasswordForm } from '../components/account/PasswordForm'
import { TotpSection } from '../components/account/TotpSection'
import { PageTitle } from '../components/layout/PageTitle'

/** The signed-in user's own settings: name, the weekly digest, password and two-step verification. */
export function AccountPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <section aria-labelledby="account-profile-title" className="card">
        <h2 id="account-profile-title">{t('account.profile')}</h2>
        <DisplayNameForm />
      </section>
      <section aria-labelledby="account-digest-title" className="card">
        <h2 id="account-digest-title">{t('account.digestTitle')}</h2>
        <DigestForm />
      </section>
      <section aria-labelledby="account-password-title" className="card">
        <h2 id="account-password-title">{t('account.passwordTitle')}</h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="account-totp-title" className="card" data-testid="totp-section">
        <h2 id="account-totp-title">{t('account.totpTitle')}</h2>
        <TotpSection />
      </section>
    </>
  )
}
