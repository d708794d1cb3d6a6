import { describe, expect, it } from 'vitest'
import { accountantRegister } from '../../../test/fixtures/accountant-register'
import { art15Activities, art15Information } from './art15-information'

describe('art15Information — Art. 15(1)(a)-(h) and 15(2) from the register', () => {
  const doc = accountantRegister()

  it('covers the active activities the organisation controls: not processor or ended ones', () => {
    expect(art15Activities(doc).map((a) => a.key)).toEqual([
      'crm',
      'invoicing',
      'aml',
      'newsletter',
      'credit-check',
    ])
    expect(art15Activities(doc, ['crm', 'payroll-for-clients', 'old-campaign']).map((a) => a.key)).toEqual([
      'crm',
      'old-campaign',
    ])
  })

  it('gives the sections (a) to (h), with the transfers of 15(2) after the recipients', () => {
    const sections = art15Information(doc, 'en')
    expect(sections.map((s) => [s.id, s.provision])).toEqual([
      ['purposes', '15.1.a'],
      ['categories', '15.1.b'],
      ['recipients', '15.1.c'],
      ['transfers', '15.2'],
      ['retention', '15.1.d'],
      ['rights', '15.1.e'],
      ['complaint', '15.1.f'],
      ['source', '15.1.g'],
      ['automated_decisions', '15.1.h'],
    ])
  })

  it('states purposes with their legal basis, categories, recipients and transfers from the catalogue labels', () => {
    const byId = Object.fromEntries(art15Information(doc, 'nl').map((s) => [s.id, s]))
    expect(byId.purposes?.items).toContain('Klantenbeheer – Uitvoering van een overeenkomst (art. 6.1.b AVG)')
    expect(byId.purposes?.items).toContain(
      'Facturatie: Facturatie en boekhouding – Wettelijke verplichting (art. 6.1.c AVG): WER/CDE art. III.82',
    )
    expect(byId.categories?.items).toEqual([
      'Identificatiegegevens',
      'Contactgegevens',
      'Facturatie- en betalingsgegevens',
      'Rijksregisternummer',
      'Kredietwaardigheid',
    ])
    expect(byId.recipients?.items).toContain('Verwerkers en dienstverleners (IT, hosting): CloudCRM Inc.')
    expect(byId.transfers?.items).toEqual([
      'CloudCRM Inc. (Verenigde Staten) – Standaardcontractbepalingen (art. 46.2.c AVG)',
    ])
  })

  it('gives retention periods with their statutory reference, or the criterion when the register has none', () => {
    const retention = art15Information(doc, 'fr').find((s) => s.id === 'retention')
    expect(retention?.items).toContain(
      'Facturation – Factures\u00a0: 7 ans (point de départ\u00a0: date de la facture\u202f; WER/CDE art. III.88)',
    )
    expect(retention?.items).toContain(
      'Lettre d’information\u00a0: aussi longtemps que nécessaire à la finalité du traitement',
    )
  })

  it('names the source of data not obtained from the subject, and the automated decisions with their logic', () => {
    const byId = Object.fromEntries(art15Information(doc, 'en').map((s) => [s.id, s]))
    expect(byId.source?.items).toEqual(['Creditworthiness: Graydon Belgium NV'])
    expect(byId.automated_decisions?.items).toEqual([
      'Credit check – logic involved: a score based on payment behaviour; consequences for you: payment in advance when the score is low',
    ])
    expect(byId.automated_decisions?.after?.[0]).toContain('Art. 22(3) GDPR')
    expect(byId.complaint?.address).toContain('Rue de la Presse 35, 1000 Brussels')
  })

  it('for activities without transfers, third-party sources or automated decisions, says so', () => {
    const sections = art15Information(doc, 'nl', { activityKeys: ['invoicing'] })
    expect(sections.map((s) => s.id)).not.toContain('transfers')
    const byId = Object.fromEntries(sections.map((s) => [s.id, s]))
    expect(byId.source?.paragraphs).toEqual(['Wij hebben al deze gegevens rechtstreeks bij u verkregen.'])
    expect(byId.automated_decisions?.paragraphs[0]).toContain('Wij nemen over u geen beslissingen')
    expect(byId.recipients?.items).toEqual(['Boekhouders, accountants en bedrijfsrevisoren: Audit & Co <CV>'])
  })
})
