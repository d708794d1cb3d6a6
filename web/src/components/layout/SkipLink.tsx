import { useTranslation } from 'react-i18next'

export const MAIN_ID = 'main-content'

/** First focusable element: jumps past the header and navigation (without touching the hash route). */
export function SkipLink() {
  const { t } = useTranslation()
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault()
        document.getElementById(MAIN_ID)?.focus()
      }}
    >
      {t('app.skipLink')}
    </a>
  )
}
