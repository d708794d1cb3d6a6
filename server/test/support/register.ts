import {
  type RegisterDocument,
  type RegisterInput,
  registerDocumentSchema,
} from '../../src/domain/register/schema'

/** A small but complete register: one activity with everything the checks ask for. */
export function sampleRegister(name = 'Boekhouding Peeters'): RegisterInput {
  return {
    organization: {
      name,
      enterpriseNumber: '0403.019.261',
      address: { street: 'Kerkstraat 1', postalCode: '9000', city: 'Gent', country: 'BE' },
      email: 'privacy@peeters.be',
      dpo: { appointed: false, name: 'Els Peeters', email: 'els@peeters.be' },
      languages: ['nl', 'fr', 'en'],
    },
    activities: [
      {
        key: 'bookkeeping',
        name: {
          nl: 'Boekhouding van klanten',
          fr: 'Comptabilité des clients',
          en: 'Bookkeeping for clients',
        },
        role: 'controller',
        purposes: [
          {
            purpose: 'invoicing_accounting',
            legalBasis: 'legal_obligation',
            legalObligation: { law: 'WER art. III.82' },
          },
        ],
        subjectCategories: ['clients'],
        dataCategories: [{ category: 'identification', source: 'subject', requirement: 'contractual' }],
        recipients: [{ type: 'service_providers', vendor: 'cloudbooks' }],
        systems: ['cloudbooks-app'],
        retention: [{ rule: 'accounting-7y' }],
        measures: ['mfa'],
        status: 'active',
        startDate: '2020-01-01',
      },
    ],
    systems: [
      { key: 'cloudbooks-app', name: 'CloudBooks', type: 'saas', vendor: 'cloudbooks', hostingCountry: 'BE' },
    ],
    vendors: [
      {
        key: 'cloudbooks',
        name: 'CloudBooks NV',
        country: 'BE',
        role: 'processor',
        dpa: { signed: true, date: '2023-03-01' },
      },
    ],
    retentionRules: [
      {
        key: 'accounting-7y',
        name: { nl: 'Boekhouding: 7 jaar', fr: 'Comptabilité : 7 ans', en: 'Accounting: 7 years' },
        duration: { years: 7 },
        trigger: 'invoice_date',
        action: 'delete',
        statutoryReference: 'WER/CDE art. III.88',
      },
    ],
    measures: [{ key: 'mfa', name: 'Multi-factor authentication', type: 'technical' }],
  }
}

/** The 7-year accounting rule (WER/CDE art. III.86) a shop database's invoices or payments are kept under. */
const ACCOUNTING_RECORDS = {
  key: 'accounting_records',
  name: { nl: 'Boekhouding', fr: 'Comptabilité', en: 'Accounting' },
  duration: { years: 7 },
  trigger: 'invoice_date',
  statutoryReference: 'WER/CDE art. III.86',
} as const

/**
 * The sample register plus a shop's own database as a system and the accounting rule its records fall under:
 * the register the connector fixtures (chinook, rental) are described by. The activities use the database unless
 * `activitiesUseIt` is false (they keep the sample's system).
 */
export function shopRegister(
  name: string,
  system: { key: string; name: string },
  options: { activitiesUseIt?: boolean } = {},
): RegisterDocument {
  const base = sampleRegister(name)
  return registerDocumentSchema.parse({
    ...base,
    activities:
      options.activitiesUseIt === false
        ? base.activities
        : (base.activities ?? []).map((a) => ({ ...a, systems: [system.key] })),
    systems: [...(base.systems ?? []), { ...system, type: 'own_database' }],
    retentionRules: [...(base.retentionRules ?? []), ACCOUNTING_RECORDS],
  })
}
