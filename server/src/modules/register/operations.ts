import { defineOperations, type OperationEntry, type OperationKey } from '../../http/openapi-catalogue'
import { ENTRY_KINDS } from './kinds'

/** How the operationIds name one kind of entry: singular and plural, e.g. Activity / Activities. */
const NAMES: Record<string, [string, string, string]> = {
  activities: ['Activity', 'Activities', 'processing activity (Art. 30(1))'],
  systems: ['System', 'Systems', 'system (application, database, file store) where personal data lives'],
  vendors: ['Vendor', 'Vendors', 'vendor (processor or other recipient company)'],
  'retention-rules': [
    'RetentionRule',
    'RetentionRules',
    'retention rule (how long, and the law that says so)',
  ],
  measures: ['Measure', 'Measures', 'technical or organisational security measure (Art. 32)'],
  'data-categories': ['DataCategory', 'DataCategories', 'category of personal data of the taxonomy'],
  'subject-categories': ['SubjectCategory', 'SubjectCategories', 'category of data subjects of the taxonomy'],
  purposes: ['Purpose', 'Purposes', 'purpose of the taxonomy'],
  'recipient-types': ['RecipientType', 'RecipientTypes', 'type of recipient of the taxonomy'],
}

const ORG = '/api/v1/orgs/{slug}/register'

/** An example entry per kind, for POST and PUT (the linter checks each against its schema). */
const EXAMPLES: Record<string, { key: string } & Record<string, unknown>> = {
  activities: {
    key: 'customer-orders',
    name: { nl: 'Bestellingen van klanten', fr: 'Commandes des clients', en: 'Customer orders' },
    role: 'controller',
    purposes: [{ purpose: 'order-fulfilment', legalBasis: 'contract' }],
    subjectCategories: ['customers'],
    dataCategories: [{ category: 'contact-details', source: 'subject', requirement: 'contractual' }],
    recipients: [{ type: 'carriers', vendor: 'bpost' }],
    systems: ['webshop'],
    retention: [{ rule: 'accounting-7y', dataCategories: [] }],
    measures: ['encryption-at-rest'],
  },
  systems: {
    key: 'webshop',
    name: 'Webshop',
    type: 'saas',
    hostingCountry: 'BE',
    measures: ['encryption-at-rest'],
  },
  vendors: {
    key: 'bpost',
    name: 'bpost NV',
    enterpriseNumber: '0214.596.464',
    country: 'BE',
    services: 'Parcel delivery',
    role: 'independent_controller',
  },
  'retention-rules': {
    key: 'accounting-7y',
    name: { nl: 'Boekhoudkundige stukken', fr: 'Pièces comptables', en: 'Accounting records' },
    duration: { years: 7 },
    trigger: 'invoice_date',
    action: 'delete',
    statutoryReference: {
      nl: 'Wetboek van economisch recht, art. III.88',
      fr: 'Code de droit économique, art. III.88',
    },
  },
  measures: {
    key: 'encryption-at-rest',
    name: { nl: 'Versleuteling in rust', fr: 'Chiffrement au repos', en: 'Encryption at rest' },
    type: 'technical',
  },
  'data-categories': {
    key: 'contact-details',
    label: { nl: 'Contactgegevens', fr: 'Coordonnées', en: 'Contact details' },
    flags: { special: false, criminal: false, nationalNumber: false, financial: false },
  },
  'subject-categories': {
    key: 'customers',
    label: { nl: 'Klanten', fr: 'Clients', en: 'Customers' },
  },
  purposes: {
    key: 'order-fulfilment',
    label: { nl: 'Uitvoering van bestellingen', fr: 'Exécution des commandes', en: 'Order fulfilment' },
  },
  'recipient-types': {
    key: 'carriers',
    label: { nl: 'Vervoerders', fr: 'Transporteurs', en: 'Carriers' },
  },
}

function entryOperations(): Partial<Record<OperationKey, OperationEntry>> {
  const out: Partial<Record<OperationKey, OperationEntry>> = {}
  for (const kind of ENTRY_KINDS) {
    const names = NAMES[kind.segment]
    const example = EXAMPLES[kind.segment]
    if (!names || !example) throw new Error(`register/operations.ts: name the entry kind ${kind.segment}`)
    const [one, many, what] = names
    const base = `${ORG}/${kind.segment}` as const
    out[`GET ${base}`] = {
      operationId: `list${many}`,
      description: `Every ${what} of the register, as stored (the register file format).`,
    }
    out[`POST ${base}`] = {
      operationId: `create${one}`,
      description:
        `Adds a ${what} under a key you choose; a key already used is refused (409). Every change is kept as a ` +
        'version and recorded in the audit log. GET /register/check reports references to missing entries.',
      requestExample: example,
    }
    out[`GET ${base}/{key}`] = { operationId: `get${one}`, description: `One ${what}, by its key.` }
    out[`PUT ${base}/{key}`] = {
      operationId: `replace${one}`,
      description:
        `Replaces the whole ${what}; the key in the body must be the key in the path (422 otherwise). The ` +
        'previous content stays as a version.',
      requestExample: example,
    }
    out[`DELETE ${base}/{key}`] = {
      operationId: `delete${one}`,
      description: `Deletes a ${what}; refused (409) while other entries refer to it.`,
    }
    out[`GET ${base}/{key}/history`] = {
      operationId: `list${one}Versions`,
      description: `The versions of a ${what}, newest first, each with what changed.`,
    }
  }
  return out
}

/** The register operations in the OpenAPI document (decision 0026). */
export const registerOperations = defineOperations({
  tag: {
    name: 'register',
    description:
      'The register of processing activities (Art. 30 GDPR): activities, systems, vendors, retention rules, ' +
      'measures and the taxonomy, one entry at a time or as one file (docs/register-file.md).',
  },
  operations: {
    'GET /api/v1/register/catalogue': {
      operationId: 'getRegisterCatalogue',
      refusals: [],
      description:
        'The built-in catalogues entries may refer to: taxonomy, Belgian retention periods, security measures and ' +
        'legal labels in nl, fr and en. The same for every organisation.',
    },
    [`GET ${ORG}`]: {
      operationId: 'getRegister',
      description: 'The whole register of the organisation as one document in the register file format.',
    },
    [`GET ${ORG}/file`]: {
      operationId: 'downloadRegisterFile',
      description: 'The register as a YAML or JSON file, to import elsewhere or keep under version control.',
    },
    [`POST ${ORG}/import`]: {
      operationId: 'importRegister',
      description:
        'Imports a register file. An invalid file is refused as a whole (422) with every problem and its line. ' +
        'mode=merge adds and replaces entries; mode=replace also deletes entries missing from the file; ' +
        'dryRun=true reports what would change and changes nothing.',
    },
    ...entryOperations(),
    [`GET ${ORG}/check`]: {
      operationId: 'checkRegister',
      description:
        'Runs the register checks: each finding with its rule, severity, the entry it concerns, an explanation ' +
        'and how to fix it, worded in the language asked.',
    },
    [`GET ${ORG}/export`]: {
      operationId: 'exportRegister',
      description:
        'The register for people: XLSX in the model of the Belgian Data Protection Authority (GBA/APD), CSV or ' +
        'PDF, in nl, fr or en.',
    },
  },
})
