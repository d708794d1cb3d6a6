import { type RegisterDocument, registerDocumentSchema } from '../../src/domain/register/schema'
import { sampleRegister } from './register'

/** The sample register plus the shop database as a system and the 7-year accounting rule its invoices fall under. */
export function chinookRegister(): RegisterDocument {
  const base = sampleRegister('Chinook Muziek BV')
  return registerDocumentSchema.parse({
    ...base,
    activities: (base.activities ?? []).map((a) => ({ ...a, systems: ['chinook_db'] })),
    systems: [...(base.systems ?? []), { key: 'chinook_db', name: 'Chinook webshop', type: 'own_database' }],
    retentionRules: [
      ...(base.retentionRules ?? []),
      {
        key: 'accounting_records',
        name: { nl: 'Boekhouding', fr: 'Comptabilité', en: 'Accounting' },
        duration: { years: 7 },
        trigger: 'invoice_date',
        statutoryReference: 'WER/CDE art. III.86',
      },
    ],
  })
}
