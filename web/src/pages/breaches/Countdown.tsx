import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Hours and minutes left until `dueAt` (or how late), ticking every 30 seconds; read out politely. */
type ClockState = 'running' | 'overdue' | 'met' | 'late' | 'not_required'

export function Countdown({ dueAt, state }: { dueAt: string; state: ClockState }) {
  const { t } = useTranslation()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (state !== 'running' && state !== 'overdue') return
    const timer = window.setInterval(() => setNow(Date.now()), 30_000)
    return () => window.clearInterval(timer)
  }, [state])
  if (state !== 'running' && state !== 'overdue') return <span>{t(`breaches.clockStates.${state}`)}</span>
  const ms = Date.parse(dueAt) - now
  const minutes = Math.floor(Math.abs(ms) / 60_000)
  const hours = Math.floor(minutes / 60)
  const text = t(ms >= 0 ? 'breaches.left' : 'breaches.late', { hours, minutes: minutes % 60 })
  return (
    <span className={ms >= 0 ? 'countdown' : 'countdown countdown-late'} data-testid="countdown">
      {text}
    </span>
  )
}
