/** Identifiers come from the dataset (never from request input) and are always quoted. */

export function quotePg(name: string): string {
  return name.includes('"') ? `"${name.replaceAll('"', '""')}"` : `"${name}"`
}

export function quoteMysql(name: string): string {
  return name.includes('`') ? `\`${name.replaceAll('`', '``')}\`` : `\`${name}\``
}

/** `schema.table` quoted, or just the table when no schema applies. */
export function qualified(quote: (name: string) => string, table: string, schema?: string): string {
  return schema ? `${quote(schema)}.${quote(table)}` : quote(table)
}
