import { useTranslation } from 'react-i18next'
import { ABILITIES, type ApiToken } from '../../api/types'
import { scopeLabel } from '../../app/abilities'
import { useDateFormat } from '../../app/format'
import { ConfirmAction } from '../ConfirmAction'
import { tokenStatus } from './tokenStatus'

interface Props {
  token: ApiToken
  canRevoke: boolean
  onRevoke: (token: ApiToken) => Promise<void>
}

export function TokenRow({ token, canRevoke, onRevoke }: Props) {
  const { t } = useTranslation()
  const { dateTime, date } = useDateFormat()
  const status = tokenStatus(token)
  return (
    <tr className={status === 'active' ? undefined : 'row-inactive'}>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>
        <ul className="plain-list">
          {token.scopes.map((scope) => (
            <li key={scope}>{scopeLabel(t, scope, ABILITIES)}</li>
          ))}
        </ul>
      </td>
      <td>{date(token.createdAt)}</td>
      <td>{token.lastUsedAt ? dateTime(token.lastUsedAt) : t('tokens.never')}</td>
      <td>{token.expiresAt ? date(token.expiresAt) : t('tokens.noExpiry')}</td>
      <td>
        <span className={`badge badge-${status}`}>{t(`tokens.${status}`)}</span>
      </td>
      {canRevoke ? (
        <td>
          {status === 'active' ? (
            <ConfirmAction
              label={t('tokens.revoke')}
              accessibleLabel={t('tokens.revokeNamed', { name: token.name })}
              question={t('tokens.revokeConfirm', { name: token.name })}
              confirmLabel={t('tokens.confirmRevoke')}
              onConfirm={() => onRevoke(token)}
            />
          ) : null}
        </td>
      ) : null}
    </tr>
  )
}
