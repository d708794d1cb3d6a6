import { useTranslation } from 'react-i18next'
import type { ApiToken } from '../../api/types'
import { TableWrap } from '../TableWrap'
import { TokenRow } from './TokenRow'

interface Props {
  tokens: ApiToken[]
  /** The caller may revoke tokens (the server's `can.revoke`). */
  canRevoke: boolean
  onRevoke: (token: ApiToken) => Promise<void>
}

export function TokensTable({ tokens, canRevoke, onRevoke }: Props) {
  const { t } = useTranslation()
  if (tokens.length === 0) return <p>{t('tokens.empty')}</p>
  return (
    <TableWrap label={t('tokens.listTitle')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('tokens.name')}</th>
            <th scope="col">{t('tokens.prefix')}</th>
            <th scope="col">{t('tokens.scopes')}</th>
            <th scope="col">{t('tokens.created')}</th>
            <th scope="col">{t('tokens.lastUsed')}</th>
            <th scope="col">{t('tokens.expires')}</th>
            <th scope="col">{t('tokens.status')}</th>
            {canRevoke ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} canRevoke={canRevoke} onRevoke={onRevoke} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
