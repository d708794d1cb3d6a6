import type { Labels, Language } from '../localized'

/**
 * The fixed wording of the register exports (sheet names, section titles, field names, small words) in the
 * GBA/APD's vocabulary. Column headers live with their columns (activity-columns.ts, reference-columns.ts).
 * Sheet names stay within Excel's 31 characters and avoid : \ / ? * [ ].
 */
const VOCABULARY = {
  registerTitle: {
    nl: 'Register van verwerkingsactiviteiten',
    fr: 'Registre des activités de traitement',
    en: 'Register of processing activities',
  },
  controllerTitle: {
    nl: 'Identificatie van de verwerkingsverantwoordelijke',
    fr: 'Identification du responsable du traitement',
    en: 'Identification of the controller',
  },
  controllerActivitiesTitle: {
    nl: 'Verwerkingsactiviteiten als verwerkingsverantwoordelijke (art. 30.1 AVG)',
    fr: 'Activités de traitement en tant que responsable du traitement (art. 30.1 RGPD)',
    en: 'Processing activities as controller (Art. 30(1) GDPR)',
  },
  processorActivitiesTitle: {
    nl: 'Verwerkingsactiviteiten als verwerker (art. 30.2 AVG)',
    fr: 'Activités de traitement en tant que sous-traitant (art. 30.2 RGPD)',
    en: 'Processing activities as processor (Art. 30(2) GDPR)',
  },
  systemsTitle: {
    nl: 'Systemen en toepassingen',
    fr: 'Systèmes et applications',
    en: 'Systems and applications',
  },
  vendorsTitle: {
    nl: 'Verwerkers en andere leveranciers',
    fr: 'Sous-traitants et autres fournisseurs',
    en: 'Processors and other vendors',
  },
  retentionTitle: { nl: 'Bewaartermijnen', fr: 'Délais de conservation', en: 'Retention periods' },
  measuresTitle: {
    nl: 'Technische en organisatorische beveiligingsmaatregelen',
    fr: 'Mesures de sécurité techniques et organisationnelles',
    en: 'Technical and organisational security measures',
  },
  sheetController: { nl: 'Verwerkingsverantwoordelijke', fr: 'Responsable du traitement', en: 'Controller' },
  sheetControllerRegister: {
    nl: 'Register verantwoordelijke',
    fr: 'Registre responsable',
    en: 'Controller register',
  },
  sheetProcessorRegister: {
    nl: 'Register verwerker',
    fr: 'Registre sous-traitant',
    en: 'Processor register',
  },
  sheetSystems: { nl: 'Systemen', fr: 'Systèmes', en: 'Systems' },
  sheetVendors: { nl: 'Leveranciers', fr: 'Fournisseurs', en: 'Vendors' },
  sheetRetention: { nl: 'Bewaartermijnen', fr: 'Délais de conservation', en: 'Retention periods' },
  sheetMeasures: { nl: 'Beveiligingsmaatregelen', fr: 'Mesures de sécurité', en: 'Security measures' },
  sheetNotice: { nl: 'Privacyverklaring', fr: 'Déclaration', en: 'Privacy notice' },
  noticeTitle: {
    nl: 'Wat de privacyverklaring vermeldt (art. 12-14 AVG)',
    fr: 'Ce que mentionne la déclaration de confidentialité (art. 12-14 RGPD)',
    en: 'What the privacy notice states (Art. 12-14 GDPR)',
  },
  sheetCookies: { nl: 'Cookies', fr: 'Cookies', en: 'Cookies' },
  cookiesTitle: {
    nl: 'Cookies en vergelijkbare technieken van de website',
    fr: 'Cookies et techniques similaires du site web',
    en: 'Cookies and similar techniques of the website',
  },
  legendController: {
    nl: '* Verplichte vermelding in het register van de verwerkingsverantwoordelijke (art. 30.1 AVG; registermodel van de GBA)',
    fr: "* Mention obligatoire dans le registre du responsable du traitement (art. 30.1 RGPD ; modèle de registre de l'APD)",
    en: "* Mandatory entry in the controller's register (Art. 30(1) GDPR; register model of the Belgian DPA)",
  },
  legendProcessor: {
    nl: '* Verplichte vermelding in het register van de verwerker (art. 30.2 AVG)',
    fr: '* Mention obligatoire dans le registre du sous-traitant (art. 30.2 RGPD)',
    en: "* Mandatory entry in the processor's register (Art. 30(2) GDPR)",
  },
  item: { nl: 'Gegeven', fr: 'Donnée', en: 'Item' },
  value: { nl: 'Waarde', fr: 'Valeur', en: 'Value' },
  orgName: { nl: 'Naam', fr: 'Nom', en: 'Name' },
  legalName: { nl: 'Juridische naam', fr: 'Dénomination légale', en: 'Legal name' },
  enterpriseNumber: {
    nl: 'Ondernemingsnummer (KBO)',
    fr: "Numéro d'entreprise (BCE)",
    en: 'Enterprise number (CBE)',
  },
  vatNumber: { nl: 'Btw-nummer', fr: 'Numéro de TVA', en: 'VAT number' },
  address: { nl: 'Adres', fr: 'Adresse', en: 'Address' },
  email: { nl: 'E-mail', fr: 'E-mail', en: 'Email' },
  phone: { nl: 'Telefoon', fr: 'Téléphone', en: 'Phone' },
  website: { nl: 'Website', fr: 'Site web', en: 'Website' },
  dpo: {
    nl: 'Functionaris voor gegevensbescherming (DPO)',
    fr: 'Délégué à la protection des données (DPO)',
    en: 'Data protection officer (DPO)',
  },
  privacyContact: {
    nl: 'Contactpersoon privacy',
    fr: 'Personne de contact vie privée',
    en: 'Privacy contact person',
  },
  representative: {
    nl: 'Vertegenwoordiger in de EU (art. 27 AVG)',
    fr: "Représentant dans l'UE (art. 27 RGPD)",
    en: 'Representative in the EU (Art. 27 GDPR)',
  },
  generatedOn: { nl: 'Opgemaakt op', fr: 'Établi le', en: 'Generated on' },
  activityCount: {
    nl: 'Aantal verwerkingsactiviteiten',
    fr: "Nombre d'activités de traitement",
    en: 'Number of processing activities',
  },
  yes: { nl: 'Ja', fr: 'Oui', en: 'Yes' },
  no: { nl: 'Nee', fr: 'Non', en: 'No' },
  none: { nl: 'Geen', fr: 'Aucun', en: 'None' },
  notProvided: { nl: '(niet ingevuld)', fr: '(non renseigné)', en: '(not provided)' },
  noEntries: { nl: 'Geen gegevens.', fr: 'Aucune donnée.', en: 'No entries.' },
  technical: { nl: 'Technisch', fr: 'Technique', en: 'Technical' },
  organisational: { nl: 'Organisatorisch', fr: 'Organisationnelle', en: 'Organisational' },
  legitimateInterest: { nl: 'Gerechtvaardigd belang', fr: 'Intérêt légitime', en: 'Legitimate interest' },
  balancingTest: { nl: 'Belangenafweging', fr: 'Mise en balance', en: 'Balancing test' },
  consentWithdrawal: {
    nl: 'Intrekking van de toestemming',
    fr: 'Retrait du consentement',
    en: 'Withdrawal of consent',
  },
  consequence: {
    nl: 'Gevolg bij niet-verstrekking',
    fr: 'Conséquence de la non-fourniture',
    en: 'Consequence of not providing',
  },
  arrangement: { nl: 'Regeling', fr: 'Accord', en: 'Arrangement' },
  profiling: { nl: 'Profilering', fr: 'Profilage', en: 'Profiling' },
  logic: { nl: 'Onderliggende logica', fr: 'Logique sous-jacente', en: 'Logic involved' },
  consequences: { nl: 'Gevolgen', fr: 'Conséquences', en: 'Consequences' },
  copyOfSafeguard: { nl: 'Kopie van de waarborg', fr: 'Copie de la garantie', en: 'Copy of the safeguard' },
  unknownCountryOutsideEea: {
    nl: 'Land buiten de EER (niet bekend)',
    fr: 'Pays hors de l’EEE (inconnu)',
    en: 'Country outside the EEA (not known)',
  },
  agreementSigned: { nl: 'ondertekend', fr: 'signé', en: 'signed' },
  agreementNotSigned: { nl: 'niet ondertekend', fr: 'non signé', en: 'not signed' },
  noAgreement: {
    nl: 'geen overeenkomst geregistreerd',
    fr: 'aucun contrat enregistré',
    en: 'no agreement recorded',
  },
  via: { nl: 'via', fr: 'via', en: 'via' },
  reference: { nl: 'Referentie', fr: 'Référence', en: 'Reference' },
  page: { nl: 'p.', fr: 'p.', en: 'p.' },
} as const satisfies Record<string, Labels>

export type VocabularyKey = keyof typeof VOCABULARY

export function term(key: VocabularyKey, language: Language): string {
  return VOCABULARY[key][language]
}
