/**
 * The subject import's columns, in the order the server reads them (server/src/domain/subjects/import-row.ts
 * IMPORT_COLUMNS), with the other spellings it accepts for a column's name (its ALIASES).
 */
export const IMPORT_COLUMN_HELP = [
  { column: 'name', aliases: ['naam', 'nom', 'full_name'] },
  { column: 'email', aliases: ['e_mail', 'mail', 'email_address'] },
  { column: 'phone', aliases: ['telephone', 'telefoon', 'tel', 'gsm', 'mobile'] },
  {
    column: 'national_number',
    aliases: ['rijksregisternummer', 'numero_national', 'national_register_number'],
  },
  { column: 'language', aliases: ['taal', 'langue'] },
  { column: 'relationship', aliases: [] },
  { column: 'relationship_start', aliases: [] },
  { column: 'relationship_end', aliases: [] },
  { column: 'customer_number', aliases: ['customer_no', 'klantnummer', 'numero_client'] },
  { column: 'customer_system', aliases: [] },
  { column: 'last_contact', aliases: [] },
  { column: 'contract_end', aliases: [] },
] as const
