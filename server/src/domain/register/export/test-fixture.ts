import ExcelJS from 'exceljs'
import { sampleRegister } from '../../../../test/support/register'
import { type RegisterDocument, type RegisterInput, registerDocumentSchema } from '../schema'

/**
 * A register for the export tests: the sample register plus a marketing activity (custom taxonomy, legitimate
 * interests, a transfer to the US), an ended HR activity with health data and its replacement, and a processor
 * activity. Test support only.
 */
export function exportTestRegister(): RegisterDocument {
  const base = sampleRegister('Boekhouding Peeters')
  const input: RegisterInput = {
    ...base,
    organization: {
      ...base.organization,
      legalName: 'Peeters & Co BV',
      phone: '+32 9 123 45 67',
      dpo: { appointed: true, name: 'Els Peeters', email: 'dpo@peeters.be' },
    },
    taxonomy: {
      purposes: [
        { key: 'newsletter', label: { nl: 'Nieuwsbrief', fr: "Lettre d'information", en: 'Newsletter' } },
      ],
      dataCategories: [
        {
          key: 'click_behaviour',
          label: { nl: 'Klikgedrag', fr: 'Comportement de clic', en: 'Click behaviour' },
        },
      ],
    },
    activities: [
      ...(base.activities ?? []),
      {
        key: 'marketing',
        name: {
          nl: 'Nieuwsbrief en marketing',
          fr: 'Newsletter et marketing',
          en: 'Newsletter and marketing',
        },
        description: '=HYPERLINK("https://evil.example","klik"), met "aanhalingstekens"',
        purposes: [
          {
            purpose: 'newsletter',
            legalBasis: 'legitimate_interests',
            legitimateInterest: {
              interest: { nl: 'Klantenbinding', fr: 'Fidélisation', en: 'Customer loyalty' },
            },
          },
          { purpose: 'direct_marketing', legalBasis: 'consent' },
        ],
        subjectCategories: ['clients', 'prospects'],
        dataCategories: [
          { category: 'contact_details' },
          { category: 'click_behaviour', source: 'third_party', sourceName: 'Mailjet' },
        ],
        recipients: [{ type: 'service_providers', vendor: 'mailer' }],
        transfers: [
          {
            country: 'US',
            recipient: 'Mailer Inc.',
            vendor: 'mailer',
            safeguard: 'standard_contractual_clauses',
          },
        ],
        systems: ['mailer-app'],
        retention: [{ rule: 'contact-3y' }],
        measures: ['mfa', 'training'],
        startDate: '2021-05-01',
      },
      {
        key: 'sick-leave',
        name: {
          nl: 'Opvolging ziekteverzuim',
          fr: 'Suivi des absences pour maladie',
          en: 'Sick leave follow-up',
        },
        purposes: [{ purpose: 'personnel_administration', legalBasis: 'legal_obligation' }],
        art9Condition: 'employment_social_security',
        subjectCategories: ['employees'],
        dataCategories: [{ category: 'health_data', requirement: 'statutory' }],
        retention: [{ rule: 'contact-3y', dataCategories: ['health_data'] }],
        measures: ['training'],
        status: 'ended',
        startDate: '2018-01-01',
        endDate: '2023-12-31',
        replacedBy: 'bookkeeping',
      },
      {
        key: 'client-collection',
        name: {
          nl: 'Inning van facturen voor klanten',
          fr: 'Recouvrement de factures pour clients',
          en: 'Invoice collection for clients',
        },
        role: 'processor',
        processorFor: [
          { client: 'Klant BV', contact: 'hr@klant.be', agreement: { signed: true, date: '2022-02-01' } },
        ],
        purposes: [{ purpose: 'processor_invoice_collection' }],
        subjectCategories: ['client_debtors'],
        dataCategories: [{ category: 'identification' }, { category: 'national_register_number' }],
        systems: ['cloudbooks-app'],
        measures: ['mfa'],
      },
    ],
    systems: [
      ...(base.systems ?? []),
      {
        key: 'mailer-app',
        name: 'Mailer',
        type: 'saas',
        vendor: 'mailer',
        hostingCountry: 'US',
        measures: ['encryption'],
      },
    ],
    vendors: [
      ...(base.vendors ?? []),
      { key: 'mailer', name: 'Mailer Inc.', country: 'US', role: 'processor', dpa: { signed: false } },
    ],
    retentionRules: [
      ...(base.retentionRules ?? []),
      {
        key: 'contact-3y',
        name: { nl: 'Contacten: 3 jaar', fr: 'Contacts : 3 ans', en: 'Contacts: 3 years' },
        duration: { years: 3, months: 6 },
        trigger: 'last_contact',
      },
    ],
    measures: [
      ...(base.measures ?? []),
      {
        key: 'training',
        name: { nl: 'Opleiding personeel', fr: 'Formation du personnel' },
        type: 'organisational',
      },
      { key: 'encryption', name: 'Encryption at rest', type: 'technical' },
    ],
  }
  return registerDocumentSchema.parse(input)
}

/** Reads an exported workbook back (exceljs types its input as its own Buffer interface). */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  return workbook
}
