import type { ReactNode } from 'react'

/** An error announced at once to screen readers. Renders nothing without a message. */
export function Alert({ children, id }: { children: ReactNode; id?: string }) {
  if (!children) return null
  return (
    <div className="alert alert-error" role="alert" id={id}>
      {children}
    </div>
  )
}
