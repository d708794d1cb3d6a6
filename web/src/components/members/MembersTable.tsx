import { useTranslation } from 'react-i18next'
import type { Member, MemberList, Role } from '../../api/types'
import { TableWrap } from '../TableWrap'
import { MemberRow } from './MemberRow'

interface Props {
  members: Member[]
  meId: string
  can: MemberList['can']
  onRoleChange: (member: Member, role: Role) => Promise<void>
  onRemove: (member: Member) => Promise<void>
}

export function MembersTable({ members, meId, can, onRoleChange, onRemove }: Props) {
  const { t } = useTranslation()
  if (members.length === 0) return <p>{t('members.empty')}</p>
  return (
    <TableWrap label={t('members.listTitle')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.twoStep')}</th>
            <th scope="col">{t('members.since')}</th>
            {can.remove ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRow
              key={member.userId}
              member={member}
              isMe={member.userId === meId}
              can={can}
              onRoleChange={onRoleChange}
              onRemove={onRemove}
            />
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
