import { type RegisterDocument, type RegisterInput, registerDocumentSchema } from '../register/schema'
import { type NewRequest, openRequest } from './open-request'
import type { DataSubjectRequest } from './request'

/**
 * Fixtures for the request tests: an accounting firm's register (accounting and AML retention, a newsletter on
 * consent, a credit check with an automated decision and a third-party source, a US transfer, a processor
 * activity for a client) and a request factory.
 */
export function accountantRegisterInput(): RegisterInput {
  return {
    organization: {
      name: 'Fidu Janssens',
      legalName: 'Fidu Janssens BV',
      address: { street: 'Kouter 12', postalCode: '9000', city: 'Gent', country: 'BE' },
      email: 'info@fidujanssens.be',
      phone: '+32 9 123 45 67',
      dpo: { appointed: true, name: 'An Peeters', email: 'privacy@fidujanssens.be' },
    },
    notice: { requestEmail: 'privacy@fidujanssens.be' },
    activities: [
      {
        key: 'crm',
        name: { nl: 'Klantenbeheer', fr: 'Gestion de la clientèle', en: 'Client management' },
        purposes: [{ purpose: 'client_management', legalBasis: 'contract' }],
        subjectCategories: ['clients'],
        dataCategories: [{ category: 'identification' }, { category: 'contact_details' }],
        recipients: [{ type: 'service_providers', vendor: 'cloudcrm' }, { type: 'internal_departments' }],
        transfers: [
          {
            country: 'US',
            recipient: 'CloudCRM Inc.',
            vendor: 'cloudcrm',
            safeguard: 'standard_contractual_clauses',
          },
        ],
        retention: [{ rule: 'contracts-10y' }],
        portability: true,
      },
      {
        key: 'invoicing',
        name: { nl: 'Facturatie', fr: 'Facturation', en: 'Invoicing' },
        purposes: [
          {
            purpose: 'invoicing_accounting',
            legalBasis: 'legal_obligation',
            legalObligation: { law: 'WER/CDE art. III.82' },
          },
        ],
        dataCategories: [{ category: 'identification' }, { category: 'invoices_payments' }],
        recipients: [{ type: 'accountants_auditors', name: 'Audit & Co <CV>' }],
        retention: [{ rule: 'invoices-7y' }],
      },
      {
        key: 'aml',
        name: {
          nl: 'Antiwitwascontrole',
          fr: 'Contrôle anti-blanchiment',
          en: 'Anti-money laundering checks',
        },
        purposes: [
          {
            purpose: 'invoicing_accounting',
            legalBasis: 'legal_obligation',
            legalObligation: { law: 'Wet/Loi 18.09.2017' },
          },
        ],
        dataCategories: [{ category: 'identification' }, { category: 'national_register_number' }],
        nationalNumberAuthorisation: 'Wet/Loi 18.09.2017, art. 26',
        retention: [{ rule: 'aml-10y' }],
      },
      {
        key: 'newsletter',
        name: { nl: 'Nieuwsbrief', fr: 'Lettre d’information', en: 'Newsletter' },
        purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
        dataCategories: [{ category: 'contact_details' }],
      },
      {
        key: 'credit-check',
        name: { nl: 'Kredietcontrole', fr: 'Contrôle de solvabilité', en: 'Credit check' },
        purposes: [{ purpose: 'fraud_prevention', legalBasis: 'legitimate_interests' }],
        dataCategories: [
          {
            category: 'creditworthiness',
            source: 'third_party',
            sourceName: { nl: 'Graydon Belgium NV', fr: 'Graydon Belgium SA', en: 'Graydon Belgium NV' },
          },
        ],
        automatedDecisions: {
          used: true,
          profiling: true,
          logic: {
            nl: 'Een score op basis van betaalgedrag.',
            fr: 'Un score fondé sur le comportement de paiement.',
            en: 'A score based on payment behaviour.',
          },
          consequences: {
            nl: 'Vooruitbetaling bij een lage score.',
            fr: 'Paiement anticipé en cas de score faible.',
            en: 'Payment in advance when the score is low.',
          },
        },
        retention: [{ rule: 'disputes-5y' }],
      },
      {
        key: 'payroll-for-clients',
        name: {
          nl: 'Loonverwerking voor klanten',
          fr: 'Traitement des salaires pour les clients',
          en: 'Payroll for clients',
        },
        role: 'processor',
        processorFor: [
          { client: 'Bakkerij Retail NV', contact: 'dpo@bakkerij-retail.be', agreement: { signed: true } },
          { client: 'Garage Noord BV' },
        ],
        purposes: [{ purpose: 'processor_customer_service' }],
        dataCategories: [{ category: 'identification', source: 'third_party' }],
      },
      {
        key: 'old-campaign',
        name: { nl: 'Oude campagne', fr: 'Ancienne campagne', en: 'Old campaign' },
        status: 'ended',
        purposes: [{ purpose: 'direct_marketing', legalBasis: 'consent' }],
        dataCategories: [{ category: 'contact_details' }],
      },
    ],
    vendors: [
      { key: 'cloudcrm', name: 'CloudCRM Inc.', country: 'US', role: 'processor', dpa: { signed: true } },
    ],
    retentionRules: [
      {
        key: 'invoices-7y',
        name: { nl: 'Facturen', fr: 'Factures', en: 'Invoices' },
        duration: { years: 7 },
        trigger: 'invoice_date',
        statutoryReference: 'WER/CDE art. III.88',
      },
      {
        key: 'aml-10y',
        name: { nl: 'Antiwitwasdossier', fr: 'Dossier anti-blanchiment', en: 'AML file' },
        duration: { years: 10 },
        trigger: 'end_of_relationship',
        statutoryReference: 'Wet/Loi 18.09.2017, art. 60',
      },
      {
        key: 'contracts-10y',
        name: { nl: 'Overeenkomsten', fr: 'Contrats', en: 'Contracts' },
        duration: { years: 10 },
        trigger: 'end_of_contract',
      },
      {
        key: 'disputes-5y',
        name: { nl: 'Geschillen', fr: 'Litiges', en: 'Disputes' },
        duration: { years: 5, months: 6 },
        trigger: 'end_of_dispute',
      },
    ],
  }
}

export function accountantRegister(): RegisterDocument {
  return registerDocumentSchema.parse(accountantRegisterInput())
}

/** A Brussels instant: '2026-01-31T10:00' in winter time (UTC+1). */
export function brussels(dateTime: string): Date {
  return new Date(`${dateTime}:00+01:00`)
}

export function newRequest(overrides: Partial<NewRequest> = {}): NewRequest {
  return {
    id: 'req-1',
    reference: 'DSR-2026-0001',
    types: ['access'],
    channel: 'email',
    language: 'nl',
    receivedAt: brussels('2026-01-31T10:00'),
    subject: { name: 'Jan De Smet', email: 'jan@example.be', postalAddress: ['Veldstraat 1', '9000 Gent'] },
    ...overrides,
  }
}

/** A freshly received request (status received). */
export function receivedRequest(overrides: Partial<NewRequest> = {}, at?: Date): DataSubjectRequest {
  const input = newRequest(overrides)
  const result = openRequest(input, at ?? input.receivedAt)
  if (!result.ok) throw new Error(`Fixture request rejected: ${result.reason}`)
  return result.request
}
