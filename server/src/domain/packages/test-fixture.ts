import { art15Information } from '../requests/art15-information'
import { gdprArticle } from '../requests/articles'
import { accountantRegister } from '../requests/test-fixtures'
import type { PackageInput, PackageKind, PackageLanguage } from './model'

/** A package input as the engine would build it: a CRM with contacts and invoices, a newsletter tool. */
export function samplePackageInput(
  language: PackageLanguage = 'nl',
  kind: PackageKind = 'access',
): PackageInput {
  const information = art15Information(accountantRegister(), language).map((part) => ({
    heading: `${part.heading} (${gdprArticle(part.provision, language)})`,
    paragraphs: [...part.paragraphs],
    items: [...part.items],
    ...(part.address ? { address: [...part.address] } : {}),
    ...(part.after ? { after: [...part.after] } : {}),
  }))
  return {
    kind,
    language,
    generatedAt: new Date('2026-03-02T13:30:05.000Z'),
    organization: {
      name: 'Fidu Janssens',
      legalName: 'Fidu Janssens BV',
      enterpriseNumber: 'BE 0123.456.749',
      privacyEmail: 'privacy@fidujanssens.be',
    },
    request: { reference: 'DSR-2026-0007', receivedAt: new Date('2026-02-20T09:00:00.000Z') },
    systems: [
      {
        datasetKey: 'crm-db',
        datasetName: 'CRM database',
        systemKey: 'crm',
        systemName: 'Klantenbeheer (CRM)',
        collections: [
          {
            name: 'customers',
            description: 'Klanten',
            fields: [
              { name: 'id', provided: false },
              {
                name: 'first_name',
                category: 'identification',
                categoryLabel: 'Identificatiegegevens',
                provided: true,
              },
              {
                name: 'email',
                category: 'contact_details',
                categoryLabel: 'Contactgegevens',
                provided: true,
              },
              {
                name: 'phone',
                category: 'contact_details',
                categoryLabel: 'Contactgegevens',
                provided: true,
              },
              { name: 'segment', category: 'profile', categoryLabel: 'Profiel', provided: false },
            ],
            rows: [
              {
                id: 42,
                first_name: 'Élise',
                email: 'elise@example.be',
                phone: '+32 475 12 34 56',
                segment: '=HYPERLINK("http://evil.example","klik")',
              },
            ],
          },
          {
            name: 'invoices',
            fields: [
              { name: 'invoice_id', provided: false },
              { name: 'customer_id', provided: false },
              { name: 'total', category: 'financial', categoryLabel: 'Financiële gegevens', provided: false },
              { name: 'issued_at', provided: false },
            ],
            rows: [
              {
                invoice_id: 1,
                customer_id: 42,
                total: 12.5,
                issued_at: new Date('2025-05-01T10:00:00.000Z'),
              },
              {
                invoice_id: 2,
                customer_id: 42,
                total: -3,
                issued_at: new Date('2025-06-01T10:00:00.000Z'),
                note: 'credit "note", <b>',
              },
            ],
          },
        ],
      },
      {
        datasetKey: 'mailer',
        datasetName: 'Newsletter',
        systemKey: 'mailer',
        systemName: 'Nieuwsbrief',
        collections: [
          {
            name: 'subscribers',
            fields: [
              {
                name: 'email',
                category: 'contact_details',
                categoryLabel: 'Contactgegevens',
                provided: true,
              },
              { name: 'avatar', provided: true },
            ],
            rows: [{ email: 'elise@example.be', avatar: Buffer.from([0, 1, 2, 250]) }],
          },
          {
            name: 'bounces',
            fields: [{ name: 'reason', provided: false }],
            rows: [],
          },
        ],
      },
    ],
    information,
    withheld: [
      {
        system: 'Klantenbeheer (CRM)',
        collection: 'notes',
        rows: 2,
        reason: 'Rechten van anderen (art. 15.4 AVG)',
      },
    ],
  }
}
