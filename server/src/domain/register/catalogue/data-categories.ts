import { SENSITIVE_DATA_CATEGORIES } from './data-categories-sensitive'
import { type DataCategoryEntry, indexByKey } from './types'

const PLAIN = { special: false, criminal: false, nationalNumber: false, financial: false } as const
const FINANCIAL = { ...PLAIN, financial: true } as const

const ORDINARY_DATA_CATEGORIES = [
  {
    key: 'identification',
    labels: { nl: 'Identificatiegegevens', fr: "Données d'identification", en: 'Identification data' },
    descriptions: {
      nl: 'Naam, voornaam, adres, geboortedatum, geslacht en andere gegevens waarmee iemand geïdentificeerd wordt.',
      fr: "Nom, prénom, adresse, date de naissance, sexe et autres données permettant d'identifier une personne.",
      en: 'Surname, first name, address, date of birth, sex and other data that identify a person.',
    },
    flags: PLAIN,
  },
  {
    key: 'contact_details',
    labels: { nl: 'Contactgegevens', fr: 'Coordonnées', en: 'Contact details' },
    descriptions: {
      nl: 'E-mailadres, telefoon- en gsm-nummer en postadres waarop iemand bereikt kan worden.',
      fr: 'Adresse e-mail, numéros de téléphone et de GSM et adresse postale permettant de joindre une personne.',
      en: 'Email address, telephone and mobile numbers and postal address at which a person can be reached.',
    },
    flags: PLAIN,
  },
  {
    key: 'identity_document',
    labels: {
      nl: 'Gegevens van het identiteitsbewijs',
      fr: "Données de la pièce d'identité",
      en: 'Identity document data',
    },
    descriptions: {
      nl: 'Gegevens of een kopie van de identiteitskaart, het paspoort of de verblijfskaart (een Belgische eID vermeldt ook het rijksregisternummer).',
      fr: "Données ou copie de la carte d'identité, du passeport ou du titre de séjour (une eID belge mentionne aussi le numéro de registre national).",
      en: 'Data from or a copy of an identity card, passport or residence permit (a Belgian eID also shows the national register number).',
    },
    // A Belgian eID shows the national register number: a copy processes it unless the holder masks it.
    flags: { ...PLAIN, nationalNumber: true },
  },
  {
    key: 'account_credentials',
    labels: {
      nl: 'Inlog- en accountgegevens',
      fr: 'Données de connexion et de compte',
      en: 'Login and account data',
    },
    descriptions: {
      nl: 'Gebruikersnaam, wachtwoord (in beveiligde vorm), beveiligingsvragen en instellingen van een gebruikersaccount.',
      fr: "Nom d'utilisateur, mot de passe (sous forme sécurisée), questions de sécurité et paramètres d'un compte utilisateur.",
      en: 'Username, password (stored in protected form), security questions and settings of a user account.',
    },
    flags: PLAIN,
  },
  {
    key: 'ip_device',
    labels: {
      nl: 'IP-adres en toestelgegevens',
      fr: "Adresse IP et données de l'appareil",
      en: 'IP address and device data',
    },
    descriptions: {
      nl: 'IP-adres, type toestel, besturingssysteem, browser en andere technische gegevens van het gebruikte toestel.',
      fr: "Adresse IP, type d'appareil, système d'exploitation, navigateur et autres données techniques de l'appareil utilisé.",
      en: 'IP address, device type, operating system, browser and other technical data about the device used.',
    },
    flags: PLAIN,
  },
  {
    key: 'online_identifiers',
    labels: {
      nl: 'Cookies en online identificatoren',
      fr: 'Cookies et identifiants en ligne',
      en: 'Cookies and online identifiers',
    },
    descriptions: {
      nl: 'Cookie-identificatoren, pixels en vergelijkbare technieken waarmee een browser of toestel herkend wordt.',
      fr: 'Identifiants de cookies, pixels et techniques similaires permettant de reconnaître un navigateur ou un appareil.',
      en: 'Cookie identifiers, pixels and similar techniques that recognise a browser or device.',
    },
    flags: PLAIN,
  },
  {
    key: 'usage_data',
    labels: { nl: 'Gebruiksgegevens', fr: "Données d'utilisation", en: 'Usage data' },
    descriptions: {
      nl: "Bezochte pagina's, gebruikte functies, zoekopdrachten en tijdstippen van gebruik van een website, app of dienst.",
      fr: "Pages consultées, fonctions utilisées, recherches et moments d'utilisation d'un site web, d'une application ou d'un service.",
      en: 'Pages visited, features used, searches and times of use of a website, app or service.',
    },
    flags: PLAIN,
  },
  {
    key: 'location_data',
    labels: { nl: 'Locatiegegevens', fr: 'Données de localisation', en: 'Location data' },
    descriptions: {
      nl: 'Gegevens over de geografische locatie van een persoon of toestel, zoals gps-gegevens of een afgeleide locatie.',
      fr: "Données sur la localisation géographique d'une personne ou d'un appareil, comme des données GPS ou une localisation déduite.",
      en: 'Data on the geographical location of a person or device, such as GPS data or an inferred location.',
    },
    flags: PLAIN,
  },
  {
    key: 'bank_details',
    labels: { nl: 'Bankgegevens', fr: 'Coordonnées bancaires', en: 'Bank details' },
    descriptions: {
      nl: 'Bankrekeningnummer (IBAN), BIC-code en naam van de rekeninghouder.',
      fr: 'Numéro de compte bancaire (IBAN), code BIC et nom du titulaire du compte.',
      en: 'Bank account number (IBAN), BIC code and name of the account holder.',
    },
    flags: FINANCIAL,
  },
  {
    key: 'invoices_payments',
    labels: {
      nl: 'Facturatie- en betalingsgegevens',
      fr: 'Données de facturation et de paiement',
      en: 'Invoicing and payment data',
    },
    descriptions: {
      nl: 'Facturen, betaalde en openstaande bedragen, betaaltermijnen en betalingsgedrag.',
      fr: 'Factures, montants payés et impayés, délais de paiement et comportement de paiement.',
      en: 'Invoices, amounts paid and outstanding, payment terms and payment behaviour.',
    },
    flags: FINANCIAL,
  },
  {
    key: 'creditworthiness',
    labels: { nl: 'Kredietwaardigheid', fr: 'Solvabilité', en: 'Creditworthiness' },
    descriptions: {
      nl: 'Beoordeling van de solvabiliteit en het kredietrisico, bijvoorbeeld op basis van betalingsgedrag of gegevens van een kredietinformatiebureau.',
      fr: "Évaluation de la solvabilité et du risque de crédit, par exemple sur la base du comportement de paiement ou de données d'un bureau d'information commerciale.",
      en: 'Assessment of solvency and credit risk, for example based on payment behaviour or data from a credit reference agency.',
    },
    flags: FINANCIAL,
  },
  {
    key: 'debt_collection',
    labels: {
      nl: 'Gegevens over schulden en invordering',
      fr: 'Données relatives aux dettes et au recouvrement',
      en: 'Debt and collection data',
    },
    descriptions: {
      nl: 'Openstaande schulden, herinneringen en ingebrekestellingen, afbetalingsplannen en de stand van de minnelijke of gerechtelijke invordering.',
      fr: 'Dettes impayées, rappels et mises en demeure, plans de paiement et état du recouvrement amiable ou judiciaire.',
      en: 'Outstanding debts, reminders and formal notices, payment plans and the status of amicable or judicial collection.',
    },
    flags: FINANCIAL,
  },
  {
    key: 'tax_data',
    labels: { nl: 'Fiscale gegevens', fr: 'Données fiscales', en: 'Tax data' },
    descriptions: {
      nl: 'Inkomsten, belastingaangiften, aanslagbiljetten en andere gegevens die nodig zijn voor fiscale verplichtingen.',
      fr: 'Revenus, déclarations fiscales, avertissements-extraits de rôle et autres données nécessaires aux obligations fiscales.',
      en: 'Income, tax returns, tax assessments and other data needed for tax obligations.',
    },
    flags: FINANCIAL,
  },
  {
    key: 'payroll_social_security',
    labels: {
      nl: 'Loon- en socialezekerheidsgegevens',
      fr: 'Données salariales et de sécurité sociale',
      en: 'Payroll and social security data',
    },
    descriptions: {
      nl: 'Loon, voordelen, bedrijfsvoorheffing, socialezekerheidsbijdragen, afwezigheden en andere gegevens voor de loonberekening.',
      fr: 'Rémunération, avantages, précompte professionnel, cotisations de sécurité sociale, absences et autres données nécessaires au calcul de la paie.',
      en: 'Pay, benefits, withholding tax, social security contributions, absences and other data needed to calculate pay.',
    },
    flags: FINANCIAL,
  },
  {
    key: 'contract_data',
    labels: { nl: 'Contractgegevens', fr: 'Données contractuelles', en: 'Contract data' },
    descriptions: {
      nl: 'Gegevens over de overeenkomst of opdracht, zoals bestelde producten en diensten, abonnementen, voorwaarden en looptijd.',
      fr: 'Données relatives au contrat ou à la mission, comme les produits et services commandés, les abonnements, les conditions et la durée.',
      en: 'Data on the contract or engagement, such as products and services ordered, subscriptions, terms and duration.',
    },
    flags: PLAIN,
  },
  {
    key: 'correspondence',
    labels: {
      nl: 'Communicatie en correspondentie',
      fr: 'Communications et correspondance',
      en: 'Communications and correspondence',
    },
    descriptions: {
      nl: 'De inhoud van e-mails, brieven, chatberichten en andere communicatie met de organisatie.',
      fr: "Le contenu des e-mails, courriers, messages de chat et autres communications avec l'organisation.",
      en: 'The content of emails, letters, chat messages and other communications with the organisation.',
    },
    flags: PLAIN,
  },
  {
    key: 'complaints_feedback',
    labels: { nl: 'Klachten en feedback', fr: 'Plaintes et avis', en: 'Complaints and feedback' },
    descriptions: {
      nl: 'Klachten, opmerkingen, suggesties, getuigenissen en antwoorden op enquêtes.',
      fr: 'Plaintes, remarques, suggestions, témoignages et réponses à des enquêtes.',
      en: 'Complaints, comments, suggestions, testimonials and survey responses.',
    },
    flags: PLAIN,
  },
  {
    key: 'call_recordings',
    labels: { nl: 'Opnames van telefoongesprekken', fr: "Enregistrements d'appels", en: 'Call recordings' },
    descriptions: {
      nl: 'Geluidsopnames van telefoongesprekken en de bijbehorende oproepgegevens (nummer, datum, duur).',
      fr: "Enregistrements sonores de conversations téléphoniques et données d'appel associées (numéro, date, durée).",
      en: 'Audio recordings of telephone calls and the related call data (number, date, duration).',
    },
    flags: PLAIN,
  },
  {
    key: 'images',
    labels: { nl: 'Beeldopnamen', fr: 'Images (photos et vidéos)', en: 'Images (photos and video)' },
    descriptions: {
      nl: "Foto's, video-opnamen en camerabeelden waarop iemand herkenbaar is.",
      fr: 'Photos, enregistrements vidéo et images de caméras de surveillance sur lesquels une personne est reconnaissable.',
      en: 'Photographs, video recordings and surveillance camera footage in which a person can be recognised.',
    },
    flags: PLAIN,
  },
  {
    key: 'professional_data',
    labels: { nl: 'Beroepsgegevens', fr: 'Données professionnelles', en: 'Professional data' },
    descriptions: {
      nl: 'Functie, werkgever, afdeling, professionele contactgegevens en beroepservaring.',
      fr: 'Fonction, employeur, service, coordonnées professionnelles et expérience professionnelle.',
      en: 'Job title, employer, department, business contact details and work experience.',
    },
    flags: PLAIN,
  },
  {
    key: 'application_data',
    labels: { nl: 'Sollicitatiegegevens', fr: 'Données de candidature', en: 'Job application data' },
    descriptions: {
      nl: 'Cv, motivatiebrief, referenties, notities van sollicitatiegesprekken en resultaten van selectieproeven.',
      fr: "CV, lettre de motivation, références, notes d'entretien et résultats des épreuves de sélection.",
      en: 'CV, cover letter, references, interview notes and results of selection tests.',
    },
    flags: PLAIN,
  },
  {
    key: 'education',
    labels: { nl: 'Opleiding en vorming', fr: 'Études et formation', en: 'Education and training' },
    descriptions: {
      nl: "Diploma's, getuigschriften, gevolgde opleidingen en taalkennis.",
      fr: 'Diplômes, certificats, formations suivies et connaissances linguistiques.',
      en: 'Degrees, certificates, training courses followed and language skills.',
    },
    flags: PLAIN,
  },
  {
    key: 'family_situation',
    labels: { nl: 'Gezinssituatie', fr: 'Situation familiale', en: 'Family situation' },
    descriptions: {
      nl: 'Burgerlijke staat, partner, kinderen en andere personen ten laste.',
      fr: 'État civil, partenaire, enfants et autres personnes à charge.',
      en: 'Civil status, partner, children and other dependants.',
    },
    flags: PLAIN,
  },
  {
    key: 'language_preference',
    labels: { nl: 'Taalvoorkeur', fr: 'Préférence linguistique', en: 'Language preference' },
    descriptions: {
      nl: 'De taal waarin iemand wenst te communiceren.',
      fr: 'La langue dans laquelle une personne souhaite communiquer.',
      en: 'The language in which a person wishes to communicate.',
    },
    flags: PLAIN,
  },
  {
    key: 'marketing_preferences',
    labels: {
      nl: 'Communicatie- en marketingvoorkeuren',
      fr: 'Préférences de communication et de marketing',
      en: 'Communication and marketing preferences',
    },
    descriptions: {
      nl: 'Toestemmingen, afmeldingen en voorkeuren voor nieuwsbrieven en direct marketing, met het bewijs ervan.',
      fr: 'Consentements, désinscriptions et préférences en matière de newsletters et de marketing direct, avec leur preuve.',
      en: 'Consents, opt-outs and preferences for newsletters and direct marketing, with proof of them.',
    },
    flags: PLAIN,
  },
] as const satisfies readonly DataCategoryEntry[]

const ALL = [...ORDINARY_DATA_CATEGORIES, ...SENSITIVE_DATA_CATEGORIES] as const

export type DataCategoryKey = (typeof ALL)[number]['key']

/** The built-in personal-data categories (Art. 30(1)(c)), ordinary first, then Art. 9, Art. 10 and the national number. */
export const DATA_CATEGORIES: readonly DataCategoryEntry<DataCategoryKey>[] = ALL

export const DATA_CATEGORY_BY_KEY: ReadonlyMap<string, DataCategoryEntry<DataCategoryKey>> = indexByKey(
  DATA_CATEGORIES,
)
