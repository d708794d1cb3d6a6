import { useTranslation } from 'react-i18next'
import type { Member, MemberList, Role } from '../../api/types'
import { useDateFormat } from '../../app/format'
import { ConfirmAction } from '../ConfirmAction'
import { RoleSelect } from './RoleSelect'

interface Props {
  member: Member
  isMe: boolean
  /** What the caller may do on the members (from the server). */
  can: MemberList['can']
  onRoleChange: (member: Member, role: Role) => Promise<void>
  onRemove: (member: Member) => Promise<void>
}

export function MemberRow({ member, isMe, can, onRoleChange, onRemove }: Props) {
  const { t } = useTranslation()
  const { date } = useDateFormat()
  const name = member.displayName || member.email
  return (
    <tr>
      <th scope="row">
        <span className="member-name">
          {name}
          {isMe ? <span className="muted"> ({t('members.you')})</span> : null}
        </span>
        {member.displayName ? <span className="member-email">{member.email}</span> : null}
        {member.invitationPending ? (
          <span className="badge badge-warning">{t('members.invitationPending')}</span>
        ) : null}
      </th>
      <td>
        {can.changeRole ? (
          <RoleSelect
            id={`role-${member.userId}`}
            label={t('members.roleOf', { name })}
            value={member.role}
            onChange={(role) => void onRoleChange(member, role)}
          />
        ) : (
          t(`roles.${member.role}`)
        )}
      </td>
      <td>{member.totpEnabled ? t('members.on') : t('members.off')}</td>
      <td className="nowrap">{date(member.memberSince)}</td>
      {can.remove ? (
        <td>
          <ConfirmAction
            label={t('members.remove')}
            accessibleLabel={t('members.removeNamed', { name })}
            question={t('members.removeConfirm', { name })}
            confirmLabel={t('members.confirmRemove')}
            onConfirm={() => onRemove(member)}
          />
        </td>
      ) : null}
    </tr>
  )
}
