import type { ART9_CONDITIONS, DPIA_CRITERIA, LEGAL_BASES } from '../schema'
import type { LabelsFor } from './legal-labels-enums'

/**
 * Labels and one-line explanations for the values of the register's enums, typed against the const arrays and the
 * inferred types of ../schema: a value without a label, or a label for an unknown value, is a type error.
 */
export * from './legal-labels-enums'

/** Art. 6(1) GDPR. */
export const LEGAL_BASIS_LABELS: LabelsFor<(typeof LEGAL_BASES)[number]> = {
  consent: {
    label: {
      nl: 'Toestemming (art. 6.1.a AVG)',
      fr: 'Consentement (art. 6.1.a RGPD)',
      en: 'Consent (Art. 6(1)(a) GDPR)',
    },
    help: {
      nl: 'De betrokkene heeft vrij, specifiek, geïnformeerd en ondubbelzinnig toegestemd en kan die toestemming altijd intrekken.',
      fr: 'La personne concernée a consenti de manière libre, spécifique, éclairée et univoque et peut retirer son consentement à tout moment.',
      en: 'The data subject gave free, specific, informed and unambiguous consent and can withdraw it at any time.',
    },
  },
  contract: {
    label: {
      nl: 'Uitvoering van een overeenkomst (art. 6.1.b AVG)',
      fr: "Exécution d'un contrat (art. 6.1.b RGPD)",
      en: 'Performance of a contract (Art. 6(1)(b) GDPR)',
    },
    help: {
      nl: 'Noodzakelijk voor een overeenkomst met de betrokkene of voor precontractuele stappen op diens verzoek.',
      fr: 'Nécessaire à un contrat avec la personne concernée ou à des mesures précontractuelles prises à sa demande.',
      en: 'Necessary for a contract with the data subject or for pre-contractual steps at their request.',
    },
  },
  legal_obligation: {
    label: {
      nl: 'Wettelijke verplichting (art. 6.1.c AVG)',
      fr: 'Obligation légale (art. 6.1.c RGPD)',
      en: 'Legal obligation (Art. 6(1)(c) GDPR)',
    },
    help: {
      nl: 'Noodzakelijk om een wettelijke verplichting na te komen die in het Unierecht of het Belgisch recht is vastgelegd; vermeld de wet.',
      fr: "Nécessaire au respect d'une obligation légale prévue par le droit de l'Union ou le droit belge ; mentionnez la loi.",
      en: 'Necessary to comply with a legal obligation laid down in EU or Belgian law; name the law.',
    },
  },
  vital_interests: {
    label: {
      nl: 'Vitale belangen (art. 6.1.d AVG)',
      fr: 'Intérêts vitaux (art. 6.1.d RGPD)',
      en: 'Vital interests (Art. 6(1)(d) GDPR)',
    },
    help: {
      nl: 'Noodzakelijk om het leven of de gezondheid van de betrokkene of van een andere persoon te beschermen.',
      fr: "Nécessaire à la sauvegarde de la vie ou de la santé de la personne concernée ou d'une autre personne.",
      en: 'Necessary to protect the life or health of the data subject or another person.',
    },
  },
  public_task: {
    label: {
      nl: 'Taak van algemeen belang of openbaar gezag (art. 6.1.e AVG)',
      fr: "Mission d'intérêt public ou relevant de l'autorité publique (art. 6.1.e RGPD)",
      en: 'Public interest or official authority (Art. 6(1)(e) GDPR)',
    },
    help: {
      nl: 'Noodzakelijk voor een taak van algemeen belang of van openbaar gezag die bij wet is opgedragen.',
      fr: "Nécessaire à l'exécution d'une mission d'intérêt public ou relevant de l'autorité publique confiée par la loi.",
      en: 'Necessary for a task in the public interest or in the exercise of official authority conferred by law.',
    },
  },
  legitimate_interests: {
    label: {
      nl: 'Gerechtvaardigd belang (art. 6.1.f AVG)',
      fr: 'Intérêt légitime (art. 6.1.f RGPD)',
      en: 'Legitimate interests (Art. 6(1)(f) GDPR)',
    },
    help: {
      nl: 'Noodzakelijk voor een gerechtvaardigd belang van de organisatie of een derde, na een gedocumenteerde belangenafweging.',
      fr: "Nécessaire à un intérêt légitime de l'organisation ou d'un tiers, après une mise en balance des intérêts documentée.",
      en: 'Necessary for a legitimate interest of the organisation or a third party, after a documented balancing test.',
    },
  },
}

/** Art. 9(2)(a)-(j) GDPR: the conditions that lift the ban on processing special categories. */
export const ART9_CONDITION_LABELS: LabelsFor<(typeof ART9_CONDITIONS)[number]> = {
  explicit_consent: {
    label: {
      nl: 'Uitdrukkelijke toestemming (art. 9.2.a AVG)',
      fr: 'Consentement explicite (art. 9.2.a RGPD)',
      en: 'Explicit consent (Art. 9(2)(a) GDPR)',
    },
  },
  employment_social_security: {
    label: {
      nl: 'Arbeidsrecht, sociale zekerheid en sociale bescherming (art. 9.2.b AVG)',
      fr: 'Droit du travail, sécurité sociale et protection sociale (art. 9.2.b RGPD)',
      en: 'Employment, social security and social protection law (Art. 9(2)(b) GDPR)',
    },
    help: {
      nl: 'Noodzakelijk voor verplichtingen of rechten van de werkgever of de betrokkene, op grond van de wet of een cao.',
      fr: "Nécessaire aux obligations ou droits de l'employeur ou de la personne concernée, en vertu de la loi ou d'une CCT.",
      en: 'Necessary for obligations or rights of the employer or the data subject under law or a collective agreement.',
    },
  },
  vital_interests: {
    label: {
      nl: 'Vitale belangen, betrokkene niet in staat toe te stemmen (art. 9.2.c AVG)',
      fr: "Intérêts vitaux, personne concernée hors d'état de consentir (art. 9.2.c RGPD)",
      en: 'Vital interests, subject incapable of consent (Art. 9(2)(c) GDPR)',
    },
  },
  not_for_profit_body: {
    label: {
      nl: 'Vereniging of stichting zonder winstoogmerk, voor haar leden (art. 9.2.d AVG)',
      fr: 'Fondation ou association sans but lucratif, pour ses membres (art. 9.2.d RGPD)',
      en: 'Not-for-profit body, for its members (Art. 9(2)(d) GDPR)',
    },
    help: {
      nl: 'Een politieke, levensbeschouwelijke, godsdienstige of vakbondsorganisatie, voor haar (gewezen) leden en vaste contacten.',
      fr: 'Un organisme politique, philosophique, religieux ou syndical, pour ses membres (anciens) et contacts réguliers.',
      en: 'A political, philosophical, religious or trade union body, for its (former) members and regular contacts.',
    },
  },
  made_public_by_subject: {
    label: {
      nl: 'Kennelijk door de betrokkene openbaar gemaakt (art. 9.2.e AVG)',
      fr: 'Manifestement rendues publiques par la personne concernée (art. 9.2.e RGPD)',
      en: 'Manifestly made public by the data subject (Art. 9(2)(e) GDPR)',
    },
  },
  legal_claims: {
    label: {
      nl: 'Instelling, uitoefening of onderbouwing van een rechtsvordering (art. 9.2.f AVG)',
      fr: "Constatation, exercice ou défense d'un droit en justice (art. 9.2.f RGPD)",
      en: 'Establishment, exercise or defence of legal claims (Art. 9(2)(f) GDPR)',
    },
  },
  substantial_public_interest: {
    label: {
      nl: 'Zwaarwegend algemeen belang op grond van de wet (art. 9.2.g AVG)',
      fr: "Motifs d'intérêt public important prévus par la loi (art. 9.2.g RGPD)",
      en: 'Substantial public interest laid down by law (Art. 9(2)(g) GDPR)',
    },
  },
  health_care: {
    label: {
      nl: 'Preventieve of arbeidsgeneeskunde en gezondheidszorg (art. 9.2.h AVG)',
      fr: 'Médecine préventive ou du travail et soins de santé (art. 9.2.h RGPD)',
      en: 'Preventive or occupational medicine and health care (Art. 9(2)(h) GDPR)',
    },
    help: {
      nl: 'Onder de verantwoordelijkheid van een beroepsbeoefenaar met beroepsgeheim, zoals de arbeidsgeneesheer.',
      fr: "Sous la responsabilité d'un professionnel soumis au secret professionnel, comme le médecin du travail.",
      en: 'Under the responsibility of a professional bound by secrecy, such as the occupational physician.',
    },
  },
  public_health: {
    label: {
      nl: 'Algemeen belang op het gebied van de volksgezondheid (art. 9.2.i AVG)',
      fr: 'Intérêt public dans le domaine de la santé publique (art. 9.2.i RGPD)',
      en: 'Public interest in public health (Art. 9(2)(i) GDPR)',
    },
  },
  archiving_research_statistics: {
    label: {
      nl: 'Archivering, wetenschappelijk of historisch onderzoek of statistiek (art. 9.2.j AVG)',
      fr: 'Archivage, recherche scientifique ou historique ou statistiques (art. 9.2.j RGPD)',
      en: 'Archiving, scientific or historical research or statistics (Art. 9(2)(j) GDPR)',
    },
  },
}

/** The nine screening criteria of the WP248 rev.01 guidelines (endorsed by the EDPB); two or more usually mean a DPIA. */
export const DPIA_CRITERION_LABELS: LabelsFor<(typeof DPIA_CRITERIA)[number]> = {
  evaluation_scoring: {
    label: { nl: 'Evaluatie of scoring', fr: 'Évaluation ou notation', en: 'Evaluation or scoring' },
    help: {
      nl: 'Profilering en voorspelling, bijvoorbeeld van kredietwaardigheid, gedrag of prestaties.',
      fr: 'Profilage et prédiction, par exemple de la solvabilité, du comportement ou des performances.',
      en: 'Profiling and prediction, for example of creditworthiness, behaviour or performance.',
    },
  },
  automated_decision_legal_effect: {
    label: {
      nl: 'Geautomatiseerde besluitvorming met rechtsgevolg of vergelijkbaar wezenlijk gevolg',
      fr: 'Décision automatisée produisant des effets juridiques ou similaires significatifs',
      en: 'Automated decision-making with legal or similarly significant effect',
    },
  },
  systematic_monitoring: {
    label: { nl: 'Stelselmatige monitoring', fr: 'Surveillance systématique', en: 'Systematic monitoring' },
    help: {
      nl: "Personen observeren, monitoren of controleren, ook via camera's of in een voor het publiek toegankelijke ruimte.",
      fr: 'Observer, surveiller ou contrôler des personnes, y compris par caméras ou dans un lieu accessible au public.',
      en: 'Observing, monitoring or controlling people, including by cameras or in a publicly accessible area.',
    },
  },
  sensitive_data: {
    label: {
      nl: 'Gevoelige of zeer persoonlijke gegevens',
      fr: 'Données sensibles ou à caractère hautement personnel',
      en: 'Sensitive or highly personal data',
    },
    help: {
      nl: 'Bijzondere categorieën, strafrechtelijke gegevens, maar ook financiële gegevens of communicatie-inhoud.',
      fr: 'Catégories particulières, données pénales, mais aussi données financières ou contenu de communications.',
      en: 'Special categories, criminal data, but also financial data or the content of communications.',
    },
  },
  large_scale: {
    label: {
      nl: 'Grootschalige verwerking',
      fr: 'Traitement à grande échelle',
      en: 'Large-scale processing',
    },
  },
  matching_combining: {
    label: {
      nl: 'Koppeling of combinatie van gegevensverzamelingen',
      fr: "Croisement ou combinaison d'ensembles de données",
      en: 'Matching or combining datasets',
    },
  },
  vulnerable_subjects: {
    label: {
      nl: 'Gegevens over kwetsbare betrokkenen',
      fr: 'Données concernant des personnes vulnérables',
      en: 'Data on vulnerable data subjects',
    },
    help: {
      nl: 'Onder meer kinderen, werknemers en andere personen in een ongelijke machtsverhouding.',
      fr: "Notamment les enfants, les travailleurs et d'autres personnes dans un rapport de force déséquilibré.",
      en: 'Including children, employees and others in an unequal power relationship.',
    },
  },
  innovative_technology: {
    label: {
      nl: 'Innovatief gebruik of toepassing van nieuwe technologische of organisatorische oplossingen',
      fr: 'Usage innovant ou application de nouvelles solutions technologiques ou organisationnelles',
      en: 'Innovative use or new technological or organisational solutions',
    },
  },
  prevents_right_or_contract: {
    label: {
      nl: 'Verwerking die een recht, dienst of overeenkomst verhindert',
      fr: "Traitement qui empêche d'exercer un droit ou de bénéficier d'un service ou d'un contrat",
      en: 'Processing that prevents exercising a right or using a service or contract',
    },
    help: {
      nl: 'Bijvoorbeeld gegevens van derden gebruiken om een overeenkomst te weigeren of te beëindigen.',
      fr: 'Par exemple utiliser des données de tiers pour refuser ou résilier un contrat.',
      en: 'For example using third-party data to refuse or end a contract.',
    },
  },
}
