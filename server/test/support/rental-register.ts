import { type RegisterDocument, registerDocumentSchema } from '../../src/domain/register/schema'
import { sampleRegister } from './register'

/** The sample register plus the rental shop's database as a system and the 7-year rule its payments fall under. */
export function rentalRegister(): RegisterDocument {
  const base = sampleRegister('Videotheek Jansen BV')
  return registerDocumentSchema.parse({
    ...base,
    activities: (base.activities ?? []).map((a) => ({ ...a, systems: ['rental_db'] })),
    systems: [
      ...(base.systems ?? []),
      { key: 'rental_db', name: 'Rental shop database', type: 'own_database' },
    ],
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
