import { type KeyboardEvent, type ReactNode, useRef } from 'react'
import type { Language } from '../../api/types'

const NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }

interface Props {
  /** Prefix of the ids of the tabs and the panel. */
  id: string
  label: string
  languages: readonly Language[]
  value: Language
  onChange: (language: Language) => void
  children: ReactNode
}

/**
 * Tabs that show one panel in several languages (WAI-ARIA tabs pattern: arrow keys, Home and End move between the
 * tabs; the panel follows at once). Each language is named in itself.
 */
export function LanguageTabs({ id, label, languages, value, onChange, children }: Props) {
  const refs = useRef(new Map<Language, HTMLButtonElement>())
  const select = (language: Language) => {
    onChange(language)
    refs.current.get(language)?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const index = languages.indexOf(value)
    const last = languages.length - 1
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    const language = next === null ? undefined : languages[next]
    if (language === undefined) return
    event.preventDefault()
    select(language)
  }
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" data-testid={`${id}-tabs`}>
        {languages.map((language) => (
          <button
            key={language}
            ref={(element) => {
              if (element) refs.current.set(language, element)
              else refs.current.delete(language)
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${language}`}
            aria-selected={language === value}
            aria-controls={`${id}-panel`}
            tabIndex={language === value ? 0 : -1}
            lang={language}
            className="tab"
            data-testid={`${id}-tab-${language}`}
            onClick={() => onChange(language)}
            onKeyDown={onKeyDown}
          >
            {NAMES[language]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${value}`}
        className="tab-panel"
        data-testid={`${id}-panel`}
      >
        {children}
      </div>
    </div>
  )
}
