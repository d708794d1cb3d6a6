import { describe, expect, it } from 'vitest'
import { retentionRuleSchema } from '../schema'
import { formatAction, formatDuration, formatPeriod } from './retention-text'

const rule = (input: Record<string, unknown>) =>
  retentionRuleSchema.parse({
    key: 'r',
    name: 'R',
    trigger: 'invoice_date',
    duration: { years: 7 },
    ...input,
  })

describe('retention periods in words', () => {
  it('says "7 years after the invoice date" in nl, fr and en', () => {
    expect(formatPeriod(rule({}), 'nl')).toBe('7 jaar na de factuurdatum')
    expect(formatPeriod(rule({}), 'fr')).toBe('7 ans après la date de la facture')
    expect(formatPeriod(rule({}), 'en')).toBe('7 years after the invoice date')
  })

  it('combines units with singular and plural', () => {
    const duration = { years: 1, months: 2, days: 3 }
    expect(formatDuration(duration, 'nl')).toBe('1 jaar, 2 maanden en 3 dagen')
    expect(formatDuration(duration, 'fr')).toBe('1 an, 2 mois et 3 jours')
    expect(formatDuration({ years: 0, months: 1, days: 0 }, 'en')).toBe('1 month')
  })

  it('describes a custom trigger', () => {
    const custom = rule({
      duration: { years: 10 },
      trigger: 'custom',
      triggerDescription: {
        nl: 'Het einde van het belastbaar tijdperk',
        fr: 'La fin de la période imposable',
      },
    })
    expect(formatPeriod(custom, 'nl')).toBe(
      '10 jaar, te rekenen vanaf: het einde van het belastbaar tijdperk',
    )
    expect(formatPeriod(custom, 'fr')).toBe('10 ans, à compter de\u00a0: la fin de la période imposable')
  })

  it('names the action at the end', () => {
    expect(formatAction(rule({ action: 'anonymise' }), 'nl')).toBe('daarna anonimiseren')
    expect(formatAction(rule({}), 'en')).toBe('then delete')
  })
})
