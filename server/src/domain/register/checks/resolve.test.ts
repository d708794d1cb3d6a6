import { describe, expect, it } from 'vitest'
import { sampleDocument, sampleWith } from '../../../../test/support/register-checks'
import { resolveRegister } from '../resolve'

describe('resolveRegister: the catalogue merged with the organisation’s own entries', () => {
  it('finds built-in taxonomy entries with their flags, and document entries by key', () => {
    const resolved = resolveRegister(sampleDocument())
    expect(resolved.dataCategory('health_data')?.flags.special).toBe(true)
    expect(resolved.dataCategory('health_data')?.origin).toBe('catalogue')
    expect(resolved.dataCategory('identity_document')?.flags.nationalNumber).toBe(true)
    expect(resolved.subjectCategory('clients')?.key).toBe('clients')
    expect(resolved.purpose('invoicing_accounting')?.typicalLegalBasis).toBeDefined()
    expect(resolved.recipientType('service_providers')).toBeDefined()
    expect(resolved.system('cloudbooks-app')?.vendor).toBe('cloudbooks')
    expect(resolved.vendor('cloudbooks')?.name).toBe('CloudBooks NV')
    expect(resolved.retentionRule('accounting-7y')?.duration?.years).toBe(7)
    expect(resolved.measure('mfa')?.type).toBe('technical')
    expect(resolved.activity('bookkeeping')?.role).toBe('controller')
  })

  it('returns undefined for unknown keys', () => {
    const resolved = resolveRegister(sampleDocument())
    expect(resolved.dataCategory('nope')).toBeUndefined()
    expect(resolved.subjectCategory('nope')).toBeUndefined()
    expect(resolved.purpose('nope')).toBeUndefined()
    expect(resolved.recipientType('nope')).toBeUndefined()
    expect(resolved.system('nope')).toBeUndefined()
    expect(resolved.vendor('nope')).toBeUndefined()
    expect(resolved.retentionRule('nope')).toBeUndefined()
    expect(resolved.measure('nope')).toBeUndefined()
    expect(resolved.activity('nope')).toBeUndefined()
    expect(resolved.has('purpose', 'nope')).toBe(false)
    expect(resolved.has('purpose', 'invoicing_accounting')).toBe(true)
  })

  it('lets a custom entry override the built-in one with the same key, custom flags included', () => {
    const resolved = resolveRegister(
      sampleWith({
        taxonomy: {
          dataCategories: [
            { key: 'health_data', label: { nl: 'Ziekteattesten', fr: 'Certificats médicaux' } },
            { key: 'union-dues', label: 'Vakbondsbijdrage', flags: { special: true } },
          ],
          purposes: [{ key: 'own-purpose', label: { en: 'Our purpose' } }],
        },
      }),
    )
    expect(resolved.dataCategory('health_data')).toMatchObject({
      origin: 'custom',
      flags: { special: false },
    })
    expect(resolved.dataCategory('union-dues')?.flags).toEqual({
      special: true,
      criminal: false,
      nationalNumber: false,
      financial: false,
    })
    expect(resolved.purpose('own-purpose')?.origin).toBe('custom')
    expect(resolved.labelOf('data_category', 'health_data', 'fr')).toBe('Certificats médicaux')
    expect(resolved.labelOf('data_category', 'health_data', 'en')).toBe('Ziekteattesten')
    expect(resolved.labelOf('purpose', 'own-purpose', 'nl')).toBe('Our purpose')
  })

  it('labels: catalogue label per language, names of document entries, else the key', () => {
    const resolved = resolveRegister(sampleDocument())
    expect(resolved.labelOf('data_category', 'identification', 'nl')).toBe('Identificatiegegevens')
    expect(resolved.labelOf('data_category', 'identification', 'fr')).toBe("Données d'identification")
    expect(resolved.labelOf('activity', 'bookkeeping', 'fr')).toBe('Comptabilité des clients')
    expect(resolved.labelOf('system', 'cloudbooks-app', 'nl')).toBe('CloudBooks')
    expect(resolved.labelOf('vendor', 'cloudbooks', 'en')).toBe('CloudBooks NV')
    expect(resolved.labelOf('retention_rule', 'accounting-7y', 'en')).toBe('Accounting: 7 years')
    expect(resolved.labelOf('measure', 'mfa', 'nl')).toBe('Multi-factor authentication')
    expect(resolved.labelOf('vendor', 'ghost', 'nl')).toBe('ghost')
    expect(resolved.labelOf('purpose', 'ghost', 'nl')).toBe('ghost')
  })
})
