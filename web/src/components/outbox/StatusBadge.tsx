import { useTranslation } from 'react-i18next'
import type { OutboxStatus } from '../../api/types'

export function StatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation()
  return <span className={`badge badge-${status}`}>{t(`outbox.statuses.${status}`)}</span>
}
