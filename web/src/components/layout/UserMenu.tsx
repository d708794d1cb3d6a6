import { useTranslation } from 'react-i18next'
import { useRouter } from '../../app/RouterContext'
import { useMe, useSession } from '../../app/SessionContext'

/** The signed-in user's name, a link to the account page and the sign-out button. */
export function UserMenu() {
  const { t } = useTranslation()
  const me = useMe()
  const { signOut } = useSession()
  const { route, navigate } = useRouter()
  return (
    <nav aria-label={t('header.userMenu')} className="user-menu">
      <span className="user-name">{me.user.displayName || me.user.email}</span>
      <a href="#/account" aria-current={route.name === 'account' ? 'page' : undefined}>
        {t('header.account')}
      </a>
      <button
        type="button"
        className="button-secondary"
        data-testid="sign-out"
        onClick={() => void signOut().then(() => navigate({ name: 'sign-in', notice: null }))}
      >
        {t('header.signOut')}
      </button>
    </nav>
  )
}
