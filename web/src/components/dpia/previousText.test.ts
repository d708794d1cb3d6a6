import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en'
import { fr } from '../../i18n/fr'
import { nl } from '../../i18n/nl'
import { type OrganizationOverview, previousText } from './previousText'

const i18n = i18next.createInstance()
await i18n.init({
  lng: 'nl',
  fallbackLng: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
})

/** The trend of an organisation compared with 40 days ago, as GET .../compliance gives it. */
const overview: Pick<OrganizationOverview, 'trend'> = {
  trend: {
    historySince: '2026-10-01',
    comparedWith: '2026-10-28',
    // requests_on_time and notice were measured without a value; dpias was not measured at all that day.
    previous: { requests_on_time: null, notice: null, dpias: null, action_plan: 3, agreements_missing: 0 },
    emptyThen: ['requests_on_time', 'notice'],
  },
}

const show = (language: 'nl' | 'fr' | 'en', key: Parameters<typeof previousText>[1]) =>
  previousText(overview, key, i18n.getFixedT(language), language)

describe('previousText: the compliance pages tell "none then" from "not measured then"', () => {
  it('says what an empty measurement meant, in every language', () => {
    expect(show('en', 'requests_on_time')).toBe('no request answered in the 90 days before then')
    expect(show('en', 'notice')).toBe('no privacy notice published then')
    expect(show('nl', 'requests_on_time')).toBe('toen geen verzoek beantwoord in de 90 dagen ervoor')
    expect(show('nl', 'notice')).toBe('toen geen privacyverklaring gepubliceerd')
    expect(show('fr', 'requests_on_time')).toBe(
      'alors aucune demande traitée au cours des 90 jours précédents',
    )
    expect(show('fr', 'notice')).toBe('alors aucune déclaration de confidentialité publiée')
  })

  it('says "not measured then" only for an indicator that was not measured', () => {
    expect(show('en', 'dpias')).toBe('not measured then')
    expect(show('nl', 'dpias')).toBe('toen niet gemeten')
    expect(show('fr', 'dpias')).toBe('non mesuré alors')
  })

  it('gives a measured value, zero included, and nothing without a snapshot that old', () => {
    expect(show('en', 'action_plan')).toBe('was 3')
    expect(show('fr', 'agreements_missing')).toBe('était 0')
    expect(show('en', 'breach_clocks')).toBeNull()
    expect(
      previousText(
        { trend: { ...overview.trend, comparedWith: null } },
        'notice',
        i18n.getFixedT('en'),
        'en',
      ),
    ).toBeNull()
  })

  it('writes a percentage as each language does', () => {
    const trend = { ...overview.trend, previous: { requests_on_time: 87.5 }, emptyThen: [] }
    const pct = (language: 'nl' | 'fr' | 'en') =>
      previousText({ trend }, 'requests_on_time', i18n.getFixedT(language), language)
    expect(pct('en')).toBe('was 87.5%')
    expect(pct('nl')).toBe('was 87,5%')
    expect(pct('fr')).toBe('était 87,5\u00a0%')
  })
})
