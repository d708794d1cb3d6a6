import type { ReactNode } from 'react'

type Tone = 'success' | 'info' | 'warning'

/**
 * A polite live region for confirmations and information. The region is always rendered so that text put into
 * it later is announced.
 */
export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: Tone }) {
  return (
    <div role="status" className={children ? `alert alert-${tone}` : 'live-region'}>
      {children}
    </div>
  )
}
