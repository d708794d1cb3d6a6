import { useTranslation } from 'react-i18next'
import type { RequestStatus } from '../../api/types'

export function RequestStatusBadge({ status, testId }: { status: RequestStatus; testId?: string }) {
  const { t } = useTranslation()
  return (
    <span className={`badge badge-request-${status}`} data-testid={testId} data-status={status}>
      {t(`requests.statuses.${status}`)}
    </span>
  )
}
