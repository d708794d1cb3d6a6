import type { DataCategoryEntry } from './types'

/**
 * The data categories with a legal regime of their own: the special categories of Art. 9(1) GDPR, criminal data
 * (Art. 10 GDPR and art. 10 of the Belgian Law of 30 July 2018) and the national register number (Law of
 * 8 August 1983). Art. 9(1) lists: racial or ethnic origin, political opinions, religious or philosophical
 * beliefs, trade union membership, genetic data, biometric data for unique identification, health, sex life and
 * sexual orientation - nine categories, sex life and sexual orientation being kept apart as the Article names both.
 */

const SPECIAL = { special: true, criminal: false, nationalNumber: false, financial: false } as const

/** The nine Art. 9(1) GDPR categories, in the order of the Article. */
export const ART9_CATEGORY_KEYS = [
  'racial_ethnic_origin',
  'political_opinions',
  'religious_beliefs',
  'trade_union_membership',
  'genetic_data',
  'biometric_data',
  'health_data',
  'sex_life',
  'sexual_orientation',
] as const

export const SENSITIVE_DATA_CATEGORIES = [
  {
    key: 'national_register_number',
    labels: { nl: 'Rijksregisternummer', fr: 'Numéro de registre national', en: 'National register number' },
    descriptions: {
      nl: 'Het rijksregisternummer of bisnummer (ook gebruikt als INSZ-nummer), waarvan het gebruik een wettelijke machtiging vereist.',
      fr: "Le numéro de registre national ou numéro BIS (également utilisé comme NISS), dont l'utilisation requiert une habilitation légale.",
      en: 'The national register number or BIS number (also used as the social security number), whose use requires a legal authorisation.',
    },
    flags: { special: false, criminal: false, nationalNumber: true, financial: false },
  },
  {
    key: 'racial_ethnic_origin',
    labels: {
      nl: 'Ras of etnische afkomst',
      fr: 'Origine raciale ou ethnique',
      en: 'Racial or ethnic origin',
    },
    descriptions: {
      nl: 'Gegevens waaruit iemands ras of etnische afkomst blijkt.',
      fr: "Données qui révèlent l'origine raciale ou ethnique d'une personne.",
      en: "Data revealing a person's racial or ethnic origin.",
    },
    flags: SPECIAL,
  },
  {
    key: 'political_opinions',
    labels: { nl: 'Politieke opvattingen', fr: 'Opinions politiques', en: 'Political opinions' },
    descriptions: {
      nl: 'Gegevens waaruit iemands politieke opvattingen of voorkeuren blijken.',
      fr: "Données qui révèlent les opinions ou préférences politiques d'une personne.",
      en: "Data revealing a person's political opinions or preferences.",
    },
    flags: SPECIAL,
  },
  {
    key: 'religious_beliefs',
    labels: {
      nl: 'Religieuze of levensbeschouwelijke overtuigingen',
      fr: 'Convictions religieuses ou philosophiques',
      en: 'Religious or philosophical beliefs',
    },
    descriptions: {
      nl: 'Gegevens waaruit iemands godsdienst of levensbeschouwing blijkt.',
      fr: "Données qui révèlent la religion ou les convictions philosophiques d'une personne.",
      en: "Data revealing a person's religion or philosophical beliefs.",
    },
    flags: SPECIAL,
  },
  {
    key: 'trade_union_membership',
    labels: { nl: 'Vakbondslidmaatschap', fr: 'Appartenance syndicale', en: 'Trade union membership' },
    descriptions: {
      nl: 'Gegevens waaruit blijkt dat iemand lid is van een vakbond, bijvoorbeeld voor de inhouding van vakbondsbijdragen.',
      fr: "Données qui révèlent l'affiliation d'une personne à un syndicat, par exemple pour la retenue de cotisations syndicales.",
      en: 'Data revealing that a person is a member of a trade union, for example to deduct union dues.',
    },
    flags: SPECIAL,
  },
  {
    key: 'genetic_data',
    labels: { nl: 'Genetische gegevens', fr: 'Données génétiques', en: 'Genetic data' },
    descriptions: {
      nl: 'Gegevens over erfelijke of verworven genetische kenmerken, zoals de resultaten van een DNA-analyse.',
      fr: "Données relatives aux caractéristiques génétiques héréditaires ou acquises, comme les résultats d'une analyse ADN.",
      en: 'Data on inherited or acquired genetic characteristics, such as the results of a DNA analysis.',
    },
    flags: SPECIAL,
  },
  {
    key: 'biometric_data',
    labels: {
      nl: 'Biometrische gegevens voor unieke identificatie',
      fr: "Données biométriques aux fins d'identification unique",
      en: 'Biometric data for unique identification',
    },
    descriptions: {
      nl: 'Vingerafdrukken, gezichtsherkenning of andere lichaamskenmerken die technisch verwerkt worden om iemand uniek te identificeren.',
      fr: 'Empreintes digitales, reconnaissance faciale ou autres caractéristiques physiques traitées techniquement pour identifier une personne de manière unique.',
      en: 'Fingerprints, facial recognition or other physical characteristics processed by technical means to identify a person uniquely.',
    },
    flags: SPECIAL,
  },
  {
    key: 'health_data',
    labels: { nl: 'Gezondheidsgegevens', fr: 'Données concernant la santé', en: 'Health data' },
    descriptions: {
      nl: 'Gegevens over de lichamelijke of geestelijke gezondheid, zoals ziekteattesten, een handicap of arbeidsongeschiktheid.',
      fr: 'Données relatives à la santé physique ou mentale, comme des certificats médicaux, un handicap ou une incapacité de travail.',
      en: 'Data on physical or mental health, such as medical certificates, a disability or incapacity for work.',
    },
    flags: SPECIAL,
  },
  {
    key: 'sex_life',
    labels: { nl: 'Seksueel gedrag', fr: 'Vie sexuelle', en: 'Sex life' },
    descriptions: {
      nl: 'Gegevens over iemands seksleven of seksueel gedrag.',
      fr: "Données concernant la vie sexuelle d'une personne.",
      en: "Data concerning a person's sex life.",
    },
    flags: SPECIAL,
  },
  {
    key: 'sexual_orientation',
    labels: { nl: 'Seksuele gerichtheid', fr: 'Orientation sexuelle', en: 'Sexual orientation' },
    descriptions: {
      nl: 'Gegevens waaruit iemands seksuele gerichtheid blijkt.',
      fr: "Données qui révèlent l'orientation sexuelle d'une personne.",
      en: "Data revealing a person's sexual orientation.",
    },
    flags: SPECIAL,
  },
  {
    key: 'criminal_data',
    labels: {
      nl: 'Strafrechtelijke veroordelingen en strafbare feiten',
      fr: 'Condamnations pénales et infractions',
      en: 'Criminal convictions and offences',
    },
    descriptions: {
      nl: 'Gegevens over strafrechtelijke veroordelingen, strafbare feiten of daarmee verband houdende veiligheidsmaatregelen, zoals een uittreksel uit het strafregister.',
      fr: 'Données relatives aux condamnations pénales, aux infractions ou aux mesures de sûreté connexes, comme un extrait de casier judiciaire.',
      en: 'Data on criminal convictions, offences or related security measures, such as an extract from the criminal record.',
    },
    flags: { special: false, criminal: true, nationalNumber: false, financial: false },
  },
] as const satisfies readonly DataCategoryEntry[]
