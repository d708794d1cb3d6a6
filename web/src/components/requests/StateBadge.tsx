import { useTranslation } from 'react-i18next'
import type { TimelineState } from '../../api/types'

/** Text and a symbol for each deadline state, so that it never rests on colour alone. */
const ICON: Record<TimelineState, string> = {
  overdue: '⚠',
  at_risk: '◷',
  on_time: '✓',
  not_started: '…',
  closed_on_time: '✓',
  closed_late: '!',
}

export function StateBadge({ state }: { state: TimelineState }) {
  const { t } = useTranslation()
  return (
    <span className={`state state-${state}`} data-testid="request-state" data-state={state}>
      <span className="status-icon" aria-hidden="true">
        {ICON[state]}
      </span>
      {t(`requests.states.${state}`)}
    </span>
  )
}

interface Countdown {
  state: TimelineState
  workingDaysLeft: number | null
  daysOverdue: number
}

/** "nog 8 werkdagen", "3 dagen te laat"…: how much time is left, from the server's timeline. */
export function useCountdown() {
  const { t } = useTranslation()
  return ({ state, workingDaysLeft, daysOverdue }: Countdown): string | null => {
    if (state === 'overdue') return t('requests.countdown.overdue', { count: daysOverdue })
    if (state === 'not_started') return t('requests.countdown.waitingIdentity')
    if (workingDaysLeft === null) return null
    if (workingDaysLeft === 0) return t('requests.countdown.dueToday')
    return t('requests.countdown.daysLeft', { count: workingDaysLeft })
  }
}
