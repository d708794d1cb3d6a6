import { indexByKey, type PurposeEntry } from './types'

const ENTRIES = [
  {
    key: 'client_account_management',
    labels: {
      nl: 'Aanmaak en beheer van klantaccounts',
      fr: 'Création et gestion des comptes clients',
      en: 'Creating and managing client accounts',
    },
    descriptions: {
      nl: 'Accounts en logins aanmaken en beheren zodat klanten en hun gemachtigde gebruikers onze platformen kunnen gebruiken.',
      fr: "Créer et gérer les comptes et identifiants permettant aux clients et à leurs utilisateurs autorisés d'utiliser nos plateformes.",
      en: 'Creating and managing accounts and logins so that clients and their authorised users can use our platforms.',
    },
    typicalLegalBasis: 'contract',
  },
  {
    key: 'service_delivery',
    labels: {
      nl: 'Uitvoering van de overeenkomst of opdracht',
      fr: 'Exécution du contrat ou de la mission',
      en: 'Performance of the contract or engagement',
    },
    descriptions: {
      nl: 'De diensten verlenen of de werken uitvoeren die met u zijn afgesproken.',
      fr: 'Fournir les services ou réaliser les travaux convenus avec vous.',
      en: 'Providing the services or carrying out the work agreed with you.',
    },
    typicalLegalBasis: 'contract',
  },
  {
    key: 'client_management',
    labels: { nl: 'Klantenbeheer', fr: 'Gestion de la clientèle', en: 'Client relationship management' },
    descriptions: {
      nl: 'De klantenrelatie opvolgen, met inbegrip van offertes, bestellingen, abonnementen en het klantenbestand.',
      fr: 'Suivre la relation client, y compris les offres, les commandes, les abonnements et le fichier clients.',
      en: 'Managing the client relationship, including quotes, orders, subscriptions and the client file.',
    },
    typicalLegalBasis: 'contract',
  },
  {
    key: 'customer_service',
    labels: {
      nl: 'Klantendienst en helpdesk',
      fr: 'Service clientèle et helpdesk',
      en: 'Customer service and helpdesk',
    },
    descriptions: {
      nl: 'Vragen, problemen en meldingen van klanten en gebruikers behandelen.',
      fr: 'Traiter les questions, problèmes et signalements des clients et des utilisateurs.',
      en: 'Handling questions, problems and reports from clients and users.',
    },
    typicalLegalBasis: 'contract',
  },
  {
    key: 'communication',
    labels: {
      nl: 'Communicatie met contactpersonen',
      fr: 'Communication avec les contacts',
      en: 'Communication with contacts',
    },
    descriptions: {
      nl: 'Vragen, informatieaanvragen en opmerkingen beantwoorden die via de website, telefoon of e-mail binnenkomen.',
      fr: "Répondre aux questions, demandes d'information et remarques reçues via le site web, par téléphone ou par e-mail.",
      en: 'Answering questions, requests for information and comments received through the website, by phone or by email.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'invoicing_accounting',
    labels: {
      nl: 'Facturatie en boekhouding',
      fr: 'Facturation et comptabilité',
      en: 'Invoicing and accounting',
    },
    descriptions: {
      nl: 'Facturen opmaken en opvolgen en de boekhouding voeren volgens de boekhoud- en fiscale wetgeving.',
      fr: 'Établir et suivre les factures et tenir la comptabilité conformément à la législation comptable et fiscale.',
      en: 'Issuing and following up invoices and keeping the accounts as accounting and tax law require.',
    },
    typicalLegalBasis: 'legal_obligation',
  },
  {
    key: 'debt_collection',
    labels: {
      nl: 'Invordering van onbetaalde schulden',
      fr: 'Recouvrement des créances impayées',
      en: 'Collection of unpaid debts',
    },
    descriptions: {
      nl: 'Onbetaalde facturen minnelijk of gerechtelijk invorderen, zelf of via een incassobureau, advocaat of gerechtsdeurwaarder.',
      fr: "Recouvrer les factures impayées à l'amiable ou en justice, directement ou par un bureau de recouvrement, un avocat ou un huissier de justice.",
      en: 'Collecting unpaid invoices amicably or through the courts, directly or through a collection agency, lawyer or bailiff.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'disputes_litigation',
    labels: {
      nl: 'Beheer van geschillen en rechtsvorderingen',
      fr: 'Gestion des litiges et des actions en justice',
      en: 'Managing disputes and legal claims',
    },
    descriptions: {
      nl: 'Geschillen en rechtszaken behandelen en rechten vaststellen, uitoefenen of verdedigen.',
      fr: 'Traiter les litiges et procédures et constater, exercer ou défendre des droits en justice.',
      en: 'Handling disputes and proceedings and establishing, exercising or defending legal claims.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'recruitment',
    labels: { nl: 'Werving en selectie', fr: 'Recrutement et sélection', en: 'Recruitment and selection' },
    descriptions: {
      nl: 'Sollicitaties ontvangen en beoordelen, gesprekken voeren en, met toestemming, een wervingsreserve bijhouden.',
      fr: 'Recevoir et évaluer les candidatures, mener les entretiens et, avec consentement, tenir une réserve de recrutement.',
      en: 'Receiving and assessing applications, holding interviews and, with consent, keeping a recruitment reserve.',
    },
    typicalLegalBasis: 'contract',
  },
  {
    key: 'personnel_administration',
    labels: {
      nl: 'Personeelsadministratie en loonverwerking',
      fr: 'Administration du personnel et gestion de la paie',
      en: 'Personnel administration and payroll',
    },
    descriptions: {
      nl: 'Het personeel beheren, lonen berekenen en betalen en de sociale en fiscale verplichtingen als werkgever nakomen.',
      fr: "Gérer le personnel, calculer et payer les rémunérations et respecter les obligations sociales et fiscales de l'employeur.",
      en: "Managing staff, calculating and paying salaries and meeting the employer's social security and tax obligations.",
    },
    typicalLegalBasis: 'legal_obligation',
  },
  {
    key: 'direct_marketing',
    labels: {
      nl: 'Direct marketing en nieuwsbrieven',
      fr: 'Marketing direct et newsletters',
      en: 'Direct marketing and newsletters',
    },
    descriptions: {
      nl: 'Informatie over producten, diensten, promoties en activiteiten toesturen; de betrokkene kan zich daar altijd tegen verzetten.',
      fr: "Envoyer des informations sur les produits, services, promotions et activités ; la personne concernée peut toujours s'y opposer.",
      en: 'Sending information about products, services, promotions and events; the data subject can always object.',
    },
  },
  {
    key: 'service_improvement',
    labels: {
      nl: 'Verbetering van de dienstverlening en statistieken',
      fr: 'Amélioration des services et statistiques',
      en: 'Service improvement and statistics',
    },
    descriptions: {
      nl: 'Het gebruik van onze diensten analyseren om ze te verbeteren, nieuwe diensten te ontwikkelen en statistieken op te maken.',
      fr: "Analyser l'utilisation de nos services pour les améliorer, en développer de nouveaux et établir des statistiques.",
      en: 'Analysing the use of our services to improve them, develop new ones and compile statistics.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'profiling_personalisation',
    labels: {
      nl: 'Profilering voor gepersonaliseerde aanbiedingen',
      fr: 'Profilage pour des offres personnalisées',
      en: 'Profiling for personalised offers',
    },
    descriptions: {
      nl: 'Gebruikspatronen en voorkeuren analyseren om gerichte nieuwsbrieven, promoties en diensten aan te bieden.',
      fr: "Analyser les habitudes d'utilisation et les préférences pour proposer des newsletters, promotions et services ciblés.",
      en: 'Analysing usage patterns and preferences to offer targeted newsletters, promotions and services.',
    },
  },
  {
    key: 'fraud_prevention',
    labels: {
      nl: 'Voorkoming van fraude en misbruik',
      fr: 'Prévention de la fraude et des abus',
      en: 'Fraud and misuse prevention',
    },
    descriptions: {
      nl: 'Fraude, misbruik en andere criminaliteit opsporen en voorkomen en de organisatie tegen aansprakelijkheid beschermen.',
      fr: "Détecter et prévenir la fraude, les abus et d'autres infractions et protéger l'organisation contre les réclamations.",
      en: 'Detecting and preventing fraud, misuse and other crime and protecting the organisation against claims.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'it_security',
    labels: {
      nl: 'IT- en netwerkbeveiliging',
      fr: 'Sécurité informatique et des réseaux',
      en: 'IT and network security',
    },
    descriptions: {
      nl: 'Systemen, netwerken en gegevens beveiligen en beveiligingsincidenten opsporen en afhandelen.',
      fr: 'Sécuriser les systèmes, réseaux et données et détecter et traiter les incidents de sécurité.',
      en: 'Securing systems, networks and data and detecting and handling security incidents.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'legal_compliance',
    labels: {
      nl: 'Naleving van wettelijke verplichtingen',
      fr: 'Respect des obligations légales',
      en: 'Compliance with legal obligations',
    },
    descriptions: {
      nl: 'Wettelijke verplichtingen nakomen, zoals fiscale en sociale verplichtingen en vorderingen van bevoegde overheden.',
      fr: 'Respecter les obligations légales, comme les obligations fiscales et sociales et les réquisitions des autorités compétentes.',
      en: 'Meeting legal obligations, such as tax and social security obligations and orders from competent authorities.',
    },
    typicalLegalBasis: 'legal_obligation',
  },
  {
    key: 'aml_due_diligence',
    labels: {
      nl: 'Cliëntenonderzoek volgens de antiwitwaswet',
      fr: "Vigilance à l'égard de la clientèle (loi anti-blanchiment)",
      en: 'Customer due diligence under anti-money-laundering law',
    },
    descriptions: {
      nl: 'Klanten, hun vertegenwoordigers en uiteindelijke begunstigden identificeren en verifiëren en verrichtingen opvolgen (wet van 18 september 2017).',
      fr: 'Identifier et vérifier les clients, leurs mandataires et bénéficiaires effectifs et surveiller les opérations (loi du 18 septembre 2017).',
      en: 'Identifying and verifying clients, their representatives and beneficial owners and monitoring transactions (Law of 18 September 2017).',
    },
    typicalLegalBasis: 'legal_obligation',
  },
  {
    key: 'quality_control',
    labels: {
      nl: 'Kwaliteitscontrole en opleiding (gespreksopnames)',
      fr: 'Contrôle de qualité et formation (enregistrement des appels)',
      en: 'Quality control and training (call recording)',
    },
    descriptions: {
      nl: 'Gesprekken opnemen en beluisteren om de kwaliteit van de dienstverlening te bewaken en medewerkers op te leiden.',
      fr: 'Enregistrer et écouter des appels pour contrôler la qualité du service et former les collaborateurs.',
      en: 'Recording and reviewing calls to monitor service quality and train staff.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'website_cookies',
    labels: {
      nl: 'Werking van de website en cookies',
      fr: 'Fonctionnement du site web et cookies',
      en: 'Website operation and cookies',
    },
    descriptions: {
      nl: 'De website technisch laten werken en, met toestemming waar vereist, cookies plaatsen voor analyse of marketing.',
      fr: "Assurer le fonctionnement technique du site web et, avec consentement lorsque requis, déposer des cookies d'analyse ou de marketing.",
      en: 'Running the website and, with consent where required, setting analytics or marketing cookies.',
    },
  },
  {
    key: 'processor_customer_service',
    labels: {
      nl: 'Klantendienst in opdracht van klanten (als verwerker)',
      fr: 'Service clientèle pour le compte de clients (en tant que sous-traitant)',
      en: 'Customer service on behalf of clients (as processor)',
    },
    descriptions: {
      nl: 'De klantendienst van een opdrachtgever verzorgen, volgens diens instructies en de verwerkersovereenkomst.',
      fr: "Assurer le service clientèle d'un donneur d'ordre, selon ses instructions et le contrat de sous-traitance.",
      en: "Running a client's customer service, on the client's instructions and under the processing agreement.",
    },
    processor: true,
  },
  {
    key: 'processor_invoice_collection',
    labels: {
      nl: 'Facturatie- en incassobeheer in opdracht van klanten (als verwerker)',
      fr: 'Gestion de la facturation et du recouvrement pour le compte de clients (en tant que sous-traitant)',
      en: 'Invoice and collection management on behalf of clients (as processor)',
    },
    descriptions: {
      nl: 'Facturen en aanmaningen versturen en betalingen opvolgen voor een klant, volgens diens instructies.',
      fr: 'Envoyer des factures et des rappels et suivre les paiements pour un client, selon ses instructions.',
      en: "Sending invoices and reminders and following up payments for a client, on the client's instructions.",
    },
    processor: true,
  },
  {
    key: 'processor_telemarketing',
    labels: {
      nl: 'Telemarketing in opdracht van klanten (als verwerker)',
      fr: 'Télémarketing pour le compte de clients (en tant que sous-traitant)',
      en: 'Telemarketing on behalf of clients (as processor)',
    },
    descriptions: {
      nl: 'Personen opbellen voor een klant, na controle van de nummers in het Bel-me-niet-meer-register.',
      fr: "Appeler des personnes pour un client, après vérification des numéros dans la liste Ne-m'appelez-plus.",
      en: 'Calling people for a client, after checking the numbers against the Belgian do-not-call register.',
    },
    processor: true,
  },
  {
    key: 'data_subject_requests',
    labels: {
      nl: 'Behandeling van verzoeken van betrokkenen',
      fr: 'Traitement des demandes des personnes concernées',
      en: 'Handling data subject requests',
    },
    descriptions: {
      nl: 'Verzoeken tot inzage, verbetering, wissing, beperking, overdracht of bezwaar ontvangen, beantwoorden en documenteren.',
      fr: "Recevoir, traiter et documenter les demandes d'accès, de rectification, d'effacement, de limitation, de portabilité ou d'opposition.",
      en: 'Receiving, answering and documenting requests for access, rectification, erasure, restriction, portability or objection.',
    },
    typicalLegalBasis: 'legal_obligation',
  },
  {
    key: 'business_transfer',
    labels: {
      nl: 'Overdracht, fusie of verkoop van de onderneming',
      fr: "Cession, fusion ou vente de l'entreprise",
      en: 'Transfer, merger or sale of the business',
    },
    descriptions: {
      nl: 'Een gehele of gedeeltelijke verkoop, fusie of overdracht van de onderneming voorbereiden en uitvoeren.',
      fr: "Préparer et réaliser la vente, la fusion ou la cession totale ou partielle de l'entreprise.",
      en: 'Preparing and carrying out the full or partial sale, merger or transfer of the business.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'group_administration',
    labels: {
      nl: 'Interne administratie binnen de groep',
      fr: 'Administration interne au sein du groupe',
      en: 'Group-internal administration',
    },
    descriptions: {
      nl: 'Gegevens delen met moeder-, zuster- en dochtervennootschappen voor gemeenschappelijk beheer en rapportering.',
      fr: 'Partager des données avec la société mère, les sociétés sœurs et les filiales pour la gestion et le reporting communs.',
      en: 'Sharing data with parent, sister and subsidiary companies for joint management and reporting.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
  {
    key: 'supplier_management',
    labels: {
      nl: 'Beheer van leveranciers en zakenpartners',
      fr: 'Gestion des fournisseurs et partenaires commerciaux',
      en: 'Managing suppliers and business partners',
    },
    descriptions: {
      nl: 'Bestellingen plaatsen, overeenkomsten met leveranciers en partners uitvoeren en hun facturen betalen.',
      fr: 'Passer des commandes, exécuter les contrats avec les fournisseurs et partenaires et payer leurs factures.',
      en: 'Placing orders, performing contracts with suppliers and partners and paying their invoices.',
    },
    typicalLegalBasis: 'contract',
  },
  {
    key: 'camera_surveillance',
    labels: { nl: 'Camerabewaking', fr: 'Surveillance par caméras', en: 'Camera surveillance' },
    descriptions: {
      nl: "Gebouwen, personen en goederen beveiligen en misdrijven voorkomen of vaststellen met bewakingscamera's, volgens de camerawet.",
      fr: 'Protéger les bâtiments, les personnes et les biens et prévenir ou constater les infractions au moyen de caméras de surveillance.',
      en: 'Protecting buildings, people and property and preventing or detecting offences with surveillance cameras.',
    },
    typicalLegalBasis: 'legitimate_interests',
  },
] as const satisfies readonly PurposeEntry[]

export type PurposeKey = (typeof ENTRIES)[number]['key']

/** The built-in processing purposes (Art. 30(1)(b)), covering controller and processor activities. */
export const PURPOSES: readonly PurposeEntry<PurposeKey>[] = ENTRIES

export const PURPOSE_BY_KEY: ReadonlyMap<string, PurposeEntry<PurposeKey>> = indexByKey(PURPOSES)
