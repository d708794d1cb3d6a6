import { indexByKey, type SubjectCategoryEntry } from './types'

const ENTRIES = [
  {
    key: 'clients',
    labels: { nl: 'Klanten', fr: 'Clients', en: 'Clients' },
    descriptions: {
      nl: 'Personen die een overeenkomst met de organisatie hebben of hadden.',
      fr: "Personnes qui ont ou ont eu un contrat avec l'organisation.",
      en: 'People who have or had a contract with the organisation.',
    },
  },
  {
    key: 'client_users',
    labels: {
      nl: 'Medewerkers van klanten (gemachtigde gebruikers)',
      fr: 'Collaborateurs des clients (utilisateurs autorisés)',
      en: 'Client employees (authorised users)',
    },
    descriptions: {
      nl: 'Medewerkers van een klant die door die klant gemachtigd zijn om onze platformen of diensten te gebruiken.',
      fr: "Collaborateurs d'un client autorisés par ce client à utiliser nos plateformes ou nos services.",
      en: 'Employees of a client whom that client has authorised to use our platforms or services.',
    },
  },
  {
    key: 'client_contacts',
    labels: {
      nl: 'Contactpersonen van klanten',
      fr: 'Personnes de contact des clients',
      en: 'Client contact persons',
    },
    descriptions: {
      nl: 'Personen die bij een klant het aanspreekpunt zijn, bijvoorbeeld voor opdrachten, facturen of aanmaningen.',
      fr: 'Personnes qui sont le point de contact chez un client, par exemple pour les missions, les factures ou les rappels.',
      en: 'People who are the point of contact at a client, for example for engagements, invoices or reminders.',
    },
  },
  {
    key: 'beneficial_owners',
    labels: {
      nl: 'Vertegenwoordigers en uiteindelijke begunstigden van klanten',
      fr: 'Mandataires et bénéficiaires effectifs des clients',
      en: 'Representatives and beneficial owners of clients',
    },
    descriptions: {
      nl: 'Bestuurders, lasthebbers en uiteindelijke begunstigden van klant-ondernemingen, die de antiwitwaswet laat identificeren.',
      fr: 'Administrateurs, mandataires et bénéficiaires effectifs des entreprises clientes, à identifier en vertu de la loi anti-blanchiment.',
      en: 'Directors, agents and beneficial owners of client companies, who must be identified under anti-money-laundering law.',
    },
  },
  {
    key: 'client_debtors',
    labels: { nl: 'Debiteuren van klanten', fr: 'Débiteurs des clients', en: 'Debtors of clients' },
    descriptions: {
      nl: 'Personen van wie een klant betaling vordert en wier facturen of schulden wij voor die klant beheren of invorderen.',
      fr: 'Personnes dont un client réclame le paiement et dont nous gérons ou recouvrons les factures ou dettes pour ce client.',
      en: 'People from whom a client claims payment and whose invoices or debts we manage or collect for that client.',
    },
  },
  {
    key: 'client_customers',
    labels: {
      nl: 'Klanten van onze klanten (oproepers)',
      fr: 'Clients de nos clients (appelants)',
      en: 'Customers of our clients (callers)',
    },
    descriptions: {
      nl: 'Personen die de klantendienst van een opdrachtgever contacteren en die wij in diens naam te woord staan.',
      fr: "Personnes qui contactent le service clientèle d'un donneur d'ordre et que nous servons en son nom.",
      en: "People who contact a client's customer service and whom we assist on that client's behalf.",
    },
  },
  {
    key: 'called_persons',
    labels: { nl: 'Opgebelde personen', fr: 'Personnes appelées', en: 'Persons called' },
    descriptions: {
      nl: 'Personen die wij in opdracht van een klant opbellen, bijvoorbeeld voor telemarketing of een enquête.',
      fr: "Personnes que nous appelons pour le compte d'un client, par exemple pour du télémarketing ou une enquête.",
      en: 'People we call on behalf of a client, for example for telemarketing or a survey.',
    },
  },
  {
    key: 'prospects',
    labels: { nl: 'Prospecten', fr: 'Prospects', en: 'Prospects' },
    descriptions: {
      nl: 'Potentiële klanten met wie contact werd gelegd of die interesse hebben getoond.',
      fr: 'Clients potentiels avec qui un contact a été établi ou qui ont manifesté leur intérêt.',
      en: 'Potential clients who have been contacted or who have shown interest.',
    },
  },
  {
    key: 'website_visitors',
    labels: { nl: 'Websitebezoekers', fr: 'Visiteurs du site web', en: 'Website visitors' },
    descriptions: {
      nl: 'Personen die onze website of mobiele toepassingen bezoeken of gebruiken.',
      fr: 'Personnes qui visitent ou utilisent notre site web ou nos applications mobiles.',
      en: 'People who visit or use our website or mobile applications.',
    },
  },
  {
    key: 'newsletter_subscribers',
    labels: { nl: 'Abonnees op de nieuwsbrief', fr: 'Abonnés à la newsletter', en: 'Newsletter subscribers' },
    descriptions: {
      nl: 'Personen die zich hebben ingeschreven om onze nieuwsbrieven of mailings te ontvangen.',
      fr: 'Personnes inscrites pour recevoir nos newsletters ou nos envois.',
      en: 'People who have signed up to receive our newsletters or mailings.',
    },
  },
  {
    key: 'job_applicants',
    labels: { nl: 'Sollicitanten', fr: 'Candidats', en: 'Job applicants' },
    descriptions: {
      nl: 'Personen die solliciteren voor een functie of die in een wervingsreserve zijn opgenomen.',
      fr: 'Personnes qui postulent à un emploi ou qui figurent dans une réserve de recrutement.',
      en: 'People who apply for a position or who are kept in a recruitment reserve.',
    },
  },
  {
    key: 'employees',
    labels: { nl: 'Werknemers', fr: 'Membres du personnel', en: 'Employees' },
    descriptions: {
      nl: 'Personen die met een arbeidsovereenkomst of als stagiair voor de organisatie werken.',
      fr: "Personnes qui travaillent pour l'organisation sous contrat de travail ou comme stagiaire.",
      en: 'People who work for the organisation under an employment contract or as a trainee.',
    },
    vulnerable: true,
  },
  {
    key: 'former_employees',
    labels: { nl: 'Gewezen werknemers', fr: 'Anciens membres du personnel', en: 'Former employees' },
    descriptions: {
      nl: 'Personen die vroeger voor de organisatie werkten en van wie gegevens nog bewaard worden.',
      fr: "Personnes qui ont travaillé pour l'organisation et dont des données sont encore conservées.",
      en: 'People who used to work for the organisation and whose data is still kept.',
    },
  },
  {
    key: 'contractors',
    labels: {
      nl: 'Zelfstandige medewerkers en freelancers',
      fr: 'Collaborateurs indépendants et freelances',
      en: 'Self-employed contractors and freelancers',
    },
    descriptions: {
      nl: 'Zelfstandigen die op basis van een dienstenovereenkomst voor de organisatie werken.',
      fr: "Indépendants qui travaillent pour l'organisation dans le cadre d'un contrat de services.",
      en: 'Self-employed people who work for the organisation under a services contract.',
    },
  },
  {
    key: 'suppliers',
    labels: {
      nl: 'Leveranciers en hun contactpersonen',
      fr: 'Fournisseurs et leurs personnes de contact',
      en: 'Suppliers and their contact persons',
    },
    descriptions: {
      nl: 'Leveranciers die natuurlijke personen zijn en contactpersonen van leverancierende ondernemingen.',
      fr: 'Fournisseurs personnes physiques et personnes de contact des entreprises fournisseuses.',
      en: 'Suppliers who are individuals and contact persons at supplier companies.',
    },
  },
  {
    key: 'business_partners',
    labels: { nl: 'Zakenpartners', fr: 'Partenaires commerciaux', en: 'Business partners' },
    descriptions: {
      nl: 'Contactpersonen van partners met wie de organisatie samenwerkt, zoals onderaannemers en adviseurs.',
      fr: "Personnes de contact des partenaires avec lesquels l'organisation collabore, comme des sous-traitants et des conseillers.",
      en: 'Contact persons at partners the organisation works with, such as subcontractors and advisers.',
    },
  },
  {
    key: 'minors',
    labels: { nl: 'Minderjarigen', fr: 'Mineurs', en: 'Minors' },
    descriptions: {
      nl: 'Personen jonger dan 18 jaar, die pas vanaf 13 jaar zelf toestemming kunnen geven voor een online dienst.',
      fr: "Personnes de moins de 18 ans, qui ne peuvent consentir seules à un service en ligne qu'à partir de 13 ans.",
      en: 'People under 18, who can consent to an online service on their own only from the age of 13.',
    },
    vulnerable: true,
  },
  {
    key: 'premises_visitors',
    labels: {
      nl: 'Bezoekers van onze gebouwen',
      fr: 'Visiteurs de nos locaux',
      en: 'Visitors to our premises',
    },
    descriptions: {
      nl: 'Personen die onze kantoren of andere gebouwen bezoeken, bijvoorbeeld bij camerabewaking of toegangscontrole.',
      fr: "Personnes qui visitent nos bureaux ou autres locaux, par exemple en cas de surveillance par caméras ou de contrôle d'accès.",
      en: 'People who visit our offices or other premises, for example where camera surveillance or access control applies.',
    },
  },
] as const satisfies readonly SubjectCategoryEntry[]

export type SubjectCategoryKey = (typeof ENTRIES)[number]['key']

/** The built-in categories of data subjects (Art. 30(1)(c)). */
export const SUBJECT_CATEGORIES: readonly SubjectCategoryEntry<SubjectCategoryKey>[] = ENTRIES

export const SUBJECT_CATEGORY_BY_KEY: ReadonlyMap<
  string,
  SubjectCategoryEntry<SubjectCategoryKey>
> = indexByKey(SUBJECT_CATEGORIES)
