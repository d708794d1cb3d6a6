import type { Language } from '../../api/types'
import { useLanguage } from '../../app/useLanguage'
import { isLanguage } from '../../i18n/language'

const NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }
const ORDER: readonly Language[] = ['nl', 'fr', 'en']

/** Language choice, labelled in all three languages so everyone can find it. */
export function LanguageSwitcher() {
  const { language, changeLanguage } = useLanguage()
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher">Taal / Langue / Language</label>
      <select
        id="language-switcher"
        data-testid="language-switcher"
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void changeLanguage(e.target.value)
        }}
      >
        {ORDER.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  )
}
