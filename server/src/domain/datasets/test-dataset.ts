import { type DatasetDocument, datasetDocumentSchema } from './schema'

/** A small shop database for the planner's tests: customers, their invoices and lines, staff, and a tag table. */
export function shopDataset(overrides: (doc: Record<string, unknown>) => void = () => {}): DatasetDocument {
  const doc: Record<string, unknown> = {
    key: 'shop',
    system: 'shop_db',
    name: 'Shop',
    connector: 'postgres',
    collections: [
      {
        name: 'invoice_line',
        primaryKey: ['id'],
        fields: [
          { name: 'id' },
          { name: 'invoice_id', references: { collection: 'invoice', field: 'id' } },
          { name: 'amount' },
        ],
      },
      {
        name: 'invoice',
        primaryKey: ['id'],
        hold: { rule: 'accounting_records', dateField: 'date' },
        erasure: 'delete',
        fields: [
          { name: 'id' },
          { name: 'customer_id', references: { collection: 'customer', field: 'id' } },
          { name: 'date' },
          { name: 'billing_address', category: 'contact_details' },
        ],
      },
      {
        name: 'customer',
        primaryKey: ['id'],
        erasure: 'delete',
        fields: [
          { name: 'id' },
          { name: 'email', category: 'contact_details', identity: 'email', provided: true },
          { name: 'name', category: 'identification', erasure: { strategy: 'hash', maxLength: 20 } },
          { name: 'rep_id', references: { collection: 'employee', field: 'id', direction: 'none' } },
          { name: 'manager_id', references: { collection: 'customer', field: 'id', direction: 'from' } },
        ],
      },
      {
        name: 'employee',
        primaryKey: ['id'],
        fields: [{ name: 'id' }, { name: 'email', category: 'contact_details', identity: 'email' }],
      },
      { name: 'tag', fields: [{ name: 'label' }] },
    ],
  }
  overrides(doc)
  return datasetDocumentSchema.parse(doc)
}
