import { useTranslation } from 'react-i18next'
import type { Membership } from '../../api/types'
import { useRouter } from '../../app/RouterContext'
import type { OrgSection } from '../../app/routes'
import { sectionAllowed } from '../../app/sections'

interface Props {
  memberships: Membership[]
  current: string | null
  section: OrgSection
}

/** Switches between the organisations the user belongs to, staying on the same page where the role allows. */
export function OrgSwitcher({ memberships, current, section }: Props) {
  const { t } = useTranslation()
  const { navigate } = useRouter()
  if (memberships.length === 0) return null
  return (
    <div className="org-switcher">
      <label htmlFor="org-switcher">{t('header.organization')}</label>
      <select
        id="org-switcher"
        data-testid="org-switcher"
        value={current ?? ''}
        onChange={(e) => {
          const target = memberships.find((m) => m.slug === e.target.value)
          if (!target) return
          navigate({
            name: 'org',
            slug: target.slug,
            section: sectionAllowed(target, section) ? section : 'overview',
          })
        }}
      >
        {current === null ? <option value="">—</option> : null}
        {memberships.map((m) => (
          <option key={m.slug} value={m.slug}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  )
}
