import { indexByKey, type RecipientTypeEntry } from './types'

const ENTRIES = [
  {
    key: 'internal_departments',
    labels: { nl: 'Interne afdelingen', fr: 'Services internes', en: 'Internal departments' },
    descriptions: {
      nl: 'Medewerkers en afdelingen die de gegevens nodig hebben voor hun taak, zoals de IT-dienst en ondersteunende diensten.',
      fr: 'Collaborateurs et services qui ont besoin des données pour leur mission, comme le service informatique et les services de support.',
      en: 'Staff and departments who need the data for their work, such as IT and support services.',
    },
  },
  {
    key: 'service_providers',
    labels: {
      nl: 'Verwerkers en dienstverleners (IT, hosting)',
      fr: 'Sous-traitants et prestataires (informatique, hébergement)',
      en: 'Processors and service providers (IT, hosting)',
    },
    descriptions: {
      nl: 'Leveranciers die in onze opdracht gegevens verwerken, zoals IT-leveranciers, hostingproviders en softwareleveranciers.',
      fr: 'Fournisseurs qui traitent des données pour notre compte, comme les prestataires informatiques, les hébergeurs et les éditeurs de logiciels.',
      en: 'Suppliers that process data on our behalf, such as IT suppliers, hosting providers and software vendors.',
    },
  },
  {
    key: 'group_companies',
    labels: { nl: 'Groepsvennootschappen', fr: 'Sociétés du groupe', en: 'Group companies' },
    descriptions: {
      nl: 'Moeder-, zuster- en dochtervennootschappen binnen dezelfde groep.',
      fr: 'Société mère, sociétés sœurs et filiales au sein du même groupe.',
      en: 'Parent, sister and subsidiary companies within the same group.',
    },
  },
  {
    key: 'public_authorities',
    labels: {
      nl: 'Overheidsinstanties (wanneer wettelijk verplicht)',
      fr: "Autorités publiques (lorsque la loi l'impose)",
      en: 'Public authorities (where required by law)',
    },
    descriptions: {
      nl: 'Politie, gerechtelijke overheden, toezichthouders en andere overheden die gegevens op grond van de wet mogen opvragen.',
      fr: 'Police, autorités judiciaires, autorités de contrôle et autres autorités habilitées par la loi à demander des données.',
      en: 'Police, judicial authorities, regulators and other authorities entitled by law to request data.',
    },
  },
  {
    key: 'tax_administration',
    labels: {
      nl: 'Belastingadministratie (FOD Financiën)',
      fr: 'Administration fiscale (SPF Finances)',
      en: 'Tax administration (FPS Finance)',
    },
    descriptions: {
      nl: 'De fiscale overheid, voor aangiften, fiches en controles.',
      fr: "L'administration fiscale, pour les déclarations, les fiches et les contrôles.",
      en: 'The tax authorities, for returns, tax forms and audits.',
    },
  },
  {
    key: 'social_security_institutions',
    labels: {
      nl: 'Socialezekerheidsinstellingen (RSZ, ziekenfondsen)',
      fr: 'Institutions de sécurité sociale (ONSS, mutualités)',
      en: 'Social security institutions (NSSO, health insurance funds)',
    },
    descriptions: {
      nl: 'De RSZ, ziekenfondsen, kinderbijslagfondsen en andere instellingen waaraan de werkgever gegevens moet meedelen.',
      fr: "L'ONSS, les mutualités, les caisses d'allocations familiales et les autres institutions auxquelles l'employeur doit communiquer des données.",
      en: 'The NSSO, health insurance funds, child benefit funds and other bodies to which the employer must report.',
    },
  },
  {
    key: 'legal_professionals',
    labels: {
      nl: 'Rechtbanken, gerechtsdeurwaarders en advocaten',
      fr: 'Cours et tribunaux, huissiers de justice et avocats',
      en: 'Courts, bailiffs and lawyers',
    },
    descriptions: {
      nl: 'Rechtbanken, gerechtsdeurwaarders, advocaten en bemiddelaars bij een geschil of gerechtelijke invordering.',
      fr: 'Cours et tribunaux, huissiers de justice, avocats et médiateurs en cas de litige ou de recouvrement judiciaire.',
      en: 'Courts, bailiffs, lawyers and mediators in a dispute or judicial debt collection.',
    },
  },
  {
    key: 'insurers',
    labels: {
      nl: 'Verzekeraars en makelaars',
      fr: "Assureurs et courtiers d'assurances",
      en: 'Insurers and brokers',
    },
    descriptions: {
      nl: 'Verzekeringsmaatschappijen en makelaars, bijvoorbeeld bij een schadegeval of een arbeidsongeval.',
      fr: "Compagnies d'assurances et courtiers, par exemple en cas de sinistre ou d'accident du travail.",
      en: 'Insurance companies and brokers, for example in case of a claim or a workplace accident.',
    },
  },
  {
    key: 'accountants_auditors',
    labels: {
      nl: 'Boekhouders, accountants en bedrijfsrevisoren',
      fr: "Comptables, experts-comptables et réviseurs d'entreprises",
      en: 'Bookkeepers, accountants and auditors',
    },
    descriptions: {
      nl: 'Externe boekhouders, accountants, belastingadviseurs en bedrijfsrevisoren.',
      fr: "Comptables externes, experts-comptables, conseillers fiscaux et réviseurs d'entreprises.",
      en: 'External bookkeepers, accountants, tax advisers and statutory auditors.',
    },
  },
  {
    key: 'banks_payment_providers',
    labels: {
      nl: 'Banken en betaaldienstverleners',
      fr: 'Banques et prestataires de services de paiement',
      en: 'Banks and payment service providers',
    },
    descriptions: {
      nl: 'Banken en betaaldienstverleners die betalingen, domiciliëringen en terugbetalingen uitvoeren.',
      fr: 'Banques et prestataires de services de paiement qui exécutent les paiements, domiciliations et remboursements.',
      en: 'Banks and payment service providers that carry out payments, direct debits and refunds.',
    },
  },
  {
    key: 'debt_collection_agencies',
    labels: { nl: 'Incassobureaus', fr: 'Bureaux de recouvrement', en: 'Debt collection agencies' },
    descriptions: {
      nl: 'Bureaus die onbetaalde schulden minnelijk invorderen.',
      fr: "Bureaux qui recouvrent à l'amiable les dettes impayées.",
      en: 'Agencies that collect unpaid debts amicably.',
    },
  },
  {
    key: 'credit_reference_agencies',
    labels: {
      nl: 'Kredietinformatiebureaus',
      fr: "Bureaux d'information commerciale",
      en: 'Credit reference agencies',
    },
    descriptions: {
      nl: 'Bureaus die informatie verstrekken over de kredietwaardigheid van personen en ondernemingen.',
      fr: 'Bureaux qui fournissent des informations sur la solvabilité des personnes et des entreprises.',
      en: 'Agencies that provide information on the creditworthiness of individuals and businesses.',
    },
  },
  {
    key: 'marketing_partners',
    labels: { nl: 'Marketingpartners', fr: 'Partenaires marketing', en: 'Marketing partners' },
    descriptions: {
      nl: 'Partners die ons helpen bij campagnes, mailings of advertenties, of die gegevens voor eigen marketing ontvangen met toestemming.',
      fr: 'Partenaires qui nous aident pour les campagnes, envois ou publicités, ou qui reçoivent des données pour leur propre marketing avec consentement.',
      en: 'Partners who help us with campaigns, mailings or advertising, or who receive data for their own marketing with consent.',
    },
  },
  {
    key: 'potential_acquirers',
    labels: {
      nl: 'Potentiële overnemers en hun adviseurs',
      fr: 'Acquéreurs potentiels et leurs conseillers',
      en: 'Potential acquirers and their advisers',
    },
    descriptions: {
      nl: 'Kandidaat-kopers, fusiepartners en hun adviseurs bij een overdracht of fusie van de onderneming.',
      fr: "Candidats acquéreurs, partenaires de fusion et leurs conseillers lors d'une cession ou d'une fusion de l'entreprise.",
      en: 'Prospective buyers, merger partners and their advisers in a transfer or merger of the business.',
    },
  },
  {
    key: 'social_secretariat',
    labels: {
      nl: 'Sociaal secretariaat',
      fr: 'Secrétariat social',
      en: 'Social secretariat (payroll provider)',
    },
    descriptions: {
      nl: 'Het erkend sociaal secretariaat dat de loonadministratie en de aangiften bij de RSZ verzorgt.',
      fr: "Le secrétariat social agréé qui assure l'administration salariale et les déclarations à l'ONSS.",
      en: 'The approved payroll agency that runs payroll and files social security returns.',
    },
  },
  {
    key: 'occupational_health_service',
    labels: {
      nl: 'Externe dienst voor preventie en bescherming op het werk',
      fr: 'Service externe de prévention et de protection au travail',
      en: 'External occupational health and safety service',
    },
    descriptions: {
      nl: 'De externe preventiedienst die het gezondheidstoezicht op de werknemers en de arbeidsgeneeskunde verzorgt.',
      fr: 'Le service externe de prévention qui assure la surveillance de la santé des travailleurs et la médecine du travail.',
      en: 'The external prevention service that provides health surveillance of employees and occupational medicine.',
    },
  },
  {
    key: 'controller_client',
    labels: {
      nl: 'De verwerkingsverantwoordelijke (klant voor wie wij verwerker zijn)',
      fr: 'Le responsable du traitement (client pour qui nous sommes sous-traitant)',
      en: 'The controller (the client for whom we act as processor)',
    },
    descriptions: {
      nl: 'De klant in wiens opdracht wij gegevens verwerken en aan wie wij de resultaten en de gegevens teruggeven.',
      fr: 'Le client pour le compte duquel nous traitons des données et à qui nous remettons les résultats et les données.',
      en: 'The client on whose behalf we process data and to whom we return the results and the data.',
    },
  },
] as const satisfies readonly RecipientTypeEntry[]

export type RecipientTypeKey = (typeof ENTRIES)[number]['key']

/** The built-in categories of recipients (Art. 30(1)(d)). */
export const RECIPIENT_TYPES: readonly RecipientTypeEntry<RecipientTypeKey>[] = ENTRIES

export const RECIPIENT_TYPE_BY_KEY: ReadonlyMap<string, RecipientTypeEntry<RecipientTypeKey>> = indexByKey(
  RECIPIENT_TYPES,
)
