import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

let firstPage = true

/**
 * The single h1 of a page. It also names the browser tab and, after navigating within the app, receives focus
 * so that screen reader users hear where they arrived.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`
  }, [children, t])

  useEffect(() => {
    if (firstPage) {
      firstPage = false
      return
    }
    ref.current?.focus()
  }, [])

  return (
    <h1 ref={ref} tabIndex={-1} data-testid="page-title" className="page-title">
      {children}
    </h1>
  )
}
