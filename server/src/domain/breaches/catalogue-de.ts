import type { DataCategoryKey, SubjectCategoryKey } from '../register/catalogue'

/**
 * German labels of the register catalogue's data and subject categories, for the GBA notification drafted in German
 * (issue 19). The register itself is kept in nl, fr and en; a German draft names a catalogue category in German
 * and only an organisation's own entry (its systems, activities, vendors and custom categories) as the register
 * has it. Typed by the catalogue's keys, so a new catalogue entry cannot be left without its German label.
 */
export const GERMAN_DATA_CATEGORY_LABELS: Readonly<Record<DataCategoryKey, string>> = {
  identification: 'Identifikationsdaten',
  contact_details: 'Kontaktdaten',
  identity_document: 'Daten des Ausweisdokuments',
  account_credentials: 'Anmelde- und Kontodaten',
  ip_device: 'IP-Adresse und Gerätedaten',
  online_identifiers: 'Cookies und Online-Kennungen',
  usage_data: 'Nutzungsdaten',
  location_data: 'Standortdaten',
  bank_details: 'Bankverbindung',
  invoices_payments: 'Rechnungs- und Zahlungsdaten',
  creditworthiness: 'Kreditwürdigkeit',
  debt_collection: 'Daten über Schulden und Beitreibung',
  tax_data: 'Steuerdaten',
  payroll_social_security: 'Lohn- und Sozialversicherungsdaten',
  contract_data: 'Vertragsdaten',
  correspondence: 'Kommunikation und Korrespondenz',
  complaints_feedback: 'Beschwerden und Rückmeldungen',
  call_recordings: 'Aufzeichnungen von Telefongesprächen',
  images: 'Bildaufnahmen (Fotos und Videos)',
  professional_data: 'Berufliche Daten',
  application_data: 'Bewerbungsdaten',
  education: 'Aus- und Weiterbildung',
  family_situation: 'Familiäre Situation',
  language_preference: 'Bevorzugte Sprache',
  marketing_preferences: 'Kommunikations- und Marketingpräferenzen',
  national_register_number: 'Nationalregisternummer',
  racial_ethnic_origin: 'Rassische oder ethnische Herkunft',
  political_opinions: 'Politische Meinungen',
  religious_beliefs: 'Religiöse oder weltanschauliche Überzeugungen',
  trade_union_membership: 'Gewerkschaftszugehörigkeit',
  genetic_data: 'Genetische Daten',
  biometric_data: 'Biometrische Daten zur eindeutigen Identifizierung',
  health_data: 'Gesundheitsdaten',
  sex_life: 'Sexualleben',
  sexual_orientation: 'Sexuelle Ausrichtung',
  criminal_data: 'Strafrechtliche Verurteilungen und Straftaten',
}

export const GERMAN_SUBJECT_CATEGORY_LABELS: Readonly<Record<SubjectCategoryKey, string>> = {
  clients: 'Kunden',
  client_users: 'Mitarbeiter von Kunden (berechtigte Nutzer)',
  client_contacts: 'Ansprechpartner von Kunden',
  beneficial_owners: 'Vertreter und wirtschaftliche Eigentümer von Kunden',
  client_debtors: 'Schuldner von Kunden',
  client_customers: 'Kunden unserer Kunden (Anrufer)',
  called_persons: 'Angerufene Personen',
  prospects: 'Interessenten',
  website_visitors: 'Besucher der Website',
  newsletter_subscribers: 'Abonnenten des Newsletters',
  job_applicants: 'Bewerber',
  employees: 'Arbeitnehmer',
  former_employees: 'Ehemalige Arbeitnehmer',
  contractors: 'Selbstständige Mitarbeiter und Freiberufler',
  suppliers: 'Lieferanten und ihre Ansprechpartner',
  business_partners: 'Geschäftspartner',
  minors: 'Minderjährige',
  premises_visitors: 'Besucher unserer Räumlichkeiten',
}
