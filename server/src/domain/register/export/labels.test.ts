import { describe, expect, it } from 'vitest'
import { sampleRegister } from '../../../../test/support/register'
import { registerDocumentSchema } from '../schema'
import { taxonomyLabels } from './labels'

describe('taxonomyLabels', () => {
  const doc = registerDocumentSchema.parse({
    ...sampleRegister(),
    taxonomy: {
      subjectCategories: [{ key: 'clients', label: { nl: 'Cliënteel', fr: 'Clientèle' } }],
      dataCategories: [{ key: 'badge_logs', label: 'Badge logs', flags: { special: true } }],
    },
  })

  it('prefers the register taxonomy over the catalogue', () => {
    expect(taxonomyLabels(doc, 'nl').subjectCategory('clients')).toBe('Cliënteel')
    expect(taxonomyLabels(doc, 'en').subjectCategory('clients')).toBe('Cliënteel')
  })

  it('falls back to the catalogue, then to the key', () => {
    const fr = taxonomyLabels(doc, 'fr')
    expect(fr.dataCategory('identification')).toBe("Données d'identification")
    expect(fr.purpose('invoicing_accounting')).toBe('Facturation et comptabilité')
    expect(fr.recipientType('no_such_type')).toBe('no_such_type')
  })

  it('takes data category flags from the taxonomy, then the catalogue', () => {
    const labels = taxonomyLabels(doc, 'nl')
    expect(labels.dataCategoryFlags('badge_logs')?.special).toBe(true)
    expect(labels.dataCategoryFlags('health_data')?.special).toBe(true)
    expect(labels.dataCategoryFlags('unknown')).toBeUndefined()
  })
})
