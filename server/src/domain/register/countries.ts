/** EU member states plus Iceland, Liechtenstein and Norway (the EEA), ISO 3166-1 alpha-2. */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
])

/**
 * Countries with an adequacy decision of the European Commission (Art. 45), as of 2026. The US decision covers
 * only organisations certified under the EU-US Data Privacy Framework, so it still needs a recorded safeguard.
 */
export const ADEQUATE_COUNTRIES: ReadonlySet<string> = new Set([
  'AD',
  'AR',
  'CA',
  'FO',
  'GG',
  'IL',
  'IM',
  'JP',
  'JE',
  'NZ',
  'KR',
  'CH',
  'GB',
  'UY',
])

export function isInEea(country: string | undefined): boolean {
  return country === undefined || EEA_COUNTRIES.has(country.toUpperCase())
}

/** A transfer's destination is outside the EEA: its country is, or the register does not know it (country absent). */
export function transferLeavesEea(transfer: { readonly country?: string | undefined }): boolean {
  return transfer.country === undefined || !EEA_COUNTRIES.has(transfer.country.toUpperCase())
}
