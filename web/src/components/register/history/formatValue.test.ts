import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../../api/types'
import { en } from '../../../i18n/en'
import { fr } from '../../../i18n/fr'
import { nl } from '../../../i18n/nl'
import { formatValue } from './formatValue'

const i18n = i18next.createInstance()
await i18n.init({
  lng: 'nl',
  fallbackLng: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
})

/** Labels as the history page gives them: an enum value of legalBasis has one, nothing else does. */
const labelOf = (path: string, value: unknown) =>
  path.endsWith('legalBasis') && value === 'consent' ? `label(${value})` : undefined

const show = (language: Language, path: string, value: unknown) =>
  formatValue(path, value, { t: i18n.getFixedT(language), language, labelOf })

describe('formatValue: a value of a history diff as people read it', () => {
  it('writes calendar days as dd/mm/yyyy and moments in Brussels time, in every language', () => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      expect(show(language, 'dpia.date', '2026-03-12')).toBe('12/03/2026')
      // 23:30 UTC on 31 December is already 1 January in Brussels (UTC+1 in winter).
      expect(show(language, 'reviewedAt', '2026-12-31T23:30:00.000Z')).toMatch(/^01\/01\/2027\D+00:30$/)
    }
  })

  it('words yes/no, numbers and empty values in the UI language', () => {
    expect(show('nl', 'dpia.required', true)).toBe('Ja')
    expect(show('fr', 'dpia.required', false)).toBe('Non')
    expect(show('en', 'dpia.required', true)).toBe('Yes')
    expect(show('fr', 'count', 1234.5)).toMatch(/^1\s?234,5$/)
    expect(show('en', 'x', null)).toBe('—')
    expect(show('en', 'x', [])).toBe('—')
    expect(show('en', 'x', '')).toBe('—')
  })

  it('uses the label of a code, also inside lists and objects', () => {
    expect(show('nl', 'purposes.0.legalBasis', 'consent')).toBe('label(consent)')
    expect(show('nl', 'purposes.1', { legalBasis: 'consent' })).toBe('Rechtsgrond: label(consent)')
  })

  it('shows a text per language, a duration in words and an object with translated field names, never JSON', () => {
    expect(show('en', 'name', { nl: 'Klanten', fr: 'Clients' })).toBe('NL: Klanten · FR: Clients')
    expect(show('nl', 'duration', { years: 7, months: 0, days: 0 })).toBe('7 jaar')
    expect(show('fr', 'duration', { years: 1, months: 6, days: 0 }).replace(/\s/g, ' ')).toBe(
      '1 an et 6 mois',
    )
    const purposes = [
      { purpose: 'invoicing', legalBasis: 'contract' },
      { purpose: 'newsletter', legalBasis: 'consent' },
    ]
    const text = show('en', 'purposes', purposes)
    expect(text).toBe(
      'Purpose: invoicing; Legal basis: contract | Purpose: newsletter; Legal basis: label(consent)',
    )
    for (const language of ['nl', 'fr', 'en'] as const) {
      const nested = show(language, 'retention', { rule: 'r1', duration: { years: 2 }, note: { nl: 'x' } })
      expect(nested).not.toMatch(/[{}"]/)
    }
  })

  it('leaves a plain text as it is', () => {
    expect(show('fr', 'description', 'Facturation des clients')).toBe('Facturation des clients')
  })
})
