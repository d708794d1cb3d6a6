import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { call } from '../api/problem'
import type { Member, Membership, Role } from '../api/types'
import { useRouter } from '../app/RouterContext'
import { useMe, useSession } from '../app/SessionContext'
import { useResource } from '../app/useResource'
import { ErrorMessage } from '../components/feedback/ErrorMessage'
import { Notice } from '../components/feedback/Notice'
import { ResourceView } from '../components/feedback/ResourceView'
import { PageTitle } from '../components/layout/PageTitle'
import { AddMemberForm } from '../components/members/AddMemberForm'
import { MembersTable } from '../components/members/MembersTable'
import { RoleGuide } from '../components/members/RoleGuide'

/** Members, their roles, adding and removing people. */
export function MembersPage({ membership }: { membership: Membership }) {
  const { t } = useTranslation()
  const me = useMe()
  const { refresh } = useSession()
  const { navigate } = useRouter()
  const { slug } = membership
  const load = useCallback(
    () => call(api.GET('/api/v1/orgs/{slug}/members', { params: { path: { slug } } })),
    [slug],
  )
  const members = useResource(load)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>(null)

  const changeRole = async (member: Member, role: Role) => {
    setNotice(null)
    setError(null)
    try {
      await call(
        api.PATCH('/api/v1/orgs/{slug}/members/{userId}', {
          params: { path: { slug, userId: member.userId } },
          body: { role },
        }),
      )
      setNotice(
        t('members.roleChanged', { name: member.displayName || member.email, role: t(`roles.${role}`) }),
      )
      if (member.userId === me.user.id) await refresh()
    } catch (failure) {
      setError(failure)
    }
    members.reload()
  }

  const remove = async (member: Member) => {
    setNotice(null)
    setError(null)
    try {
      await call(
        api.DELETE('/api/v1/orgs/{slug}/members/{userId}', {
          params: { path: { slug, userId: member.userId } },
        }),
      )
      if (member.userId === me.user.id) {
        await refresh()
        navigate({ name: 'home' })
        return
      }
      setNotice(t('members.removed', { name: member.displayName || member.email }))
      members.reload()
    } catch (failure) {
      setError(failure)
    }
  }

  return (
    <>
      <PageTitle>{t('members.title')}</PageTitle>
      <p className="lead">{t('members.intro')}</p>
      <Notice>{notice}</Notice>
      <ErrorMessage error={error} />
      <div className="list-section">
        <h2 id="members-list-title">{t('members.listTitle')}</h2>
        <ResourceView resource={members}>
          {(data) => (
            <MembersTable
              members={data.items}
              meId={me.user.id}
              can={data.can}
              onRoleChange={changeRole}
              onRemove={remove}
            />
          )}
        </ResourceView>
      </div>
      {members.data?.can.add ? (
        <section aria-labelledby="add-member-title" className="card">
          <h2 id="add-member-title">{t('members.addTitle')}</h2>
          <p className="hint">{t('members.addIntro')}</p>
          <AddMemberForm
            slug={slug}
            onAdded={(email) => {
              setError(null)
              setNotice(t('members.added', { email }))
              members.reload()
            }}
          />
        </section>
      ) : null}
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('members.rolesTitle')}</h2>
        <RoleGuide />
      </section>
    </>
  )
}
