import type { Labels } from '../localized'
import type { Activity, RETENTION_TRIGGERS, RegisterSystem, RetentionRule, Vendor } from '../schema'

/** A label and, where useful, a one-line explanation, for one value of a register enum. */
export interface LegalLabel {
  readonly label: Labels
  readonly help?: Labels
}

/** Every value of the enum `T` gets a label: a missing or unknown value is a type error. */
export type LabelsFor<T extends string> = Readonly<Record<T, LegalLabel>>

export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number]
export type RetentionAction = RetentionRule['action']
export type ActivityRole = Activity['role']
export type ActivityStatus = Activity['status']
export type DataSource = Activity['dataCategories'][number]['source']
export type DataRequirement = NonNullable<Activity['dataCategories'][number]['requirement']>
export type TransferSafeguard = NonNullable<Activity['transfers'][number]['safeguard']>
export type SystemType = RegisterSystem['type']
export type VendorRole = Vendor['role']
export type DpiaStatus = NonNullable<Activity['dpia']['status']>

export const RETENTION_TRIGGER_LABELS: LabelsFor<RetentionTrigger> = {
  collection: {
    label: { nl: 'Verzameling van de gegevens', fr: 'Collecte des données', en: 'Collection of the data' },
  },
  end_of_contract: {
    label: { nl: 'Einde van de overeenkomst', fr: 'Fin du contrat', en: 'End of the contract' },
  },
  end_of_relationship: {
    label: {
      nl: 'Einde van de zakelijke relatie',
      fr: "Fin de la relation d'affaires",
      en: 'End of the business relationship',
    },
  },
  last_contact: {
    label: { nl: 'Laatste contact', fr: 'Dernier contact', en: 'Last contact' },
  },
  invoice_date: {
    label: { nl: 'Factuurdatum', fr: 'Date de la facture', en: 'Invoice date' },
  },
  end_of_warranty: {
    label: { nl: 'Einde van de garantie', fr: 'Fin de la garantie', en: 'End of the warranty' },
  },
  end_of_dispute: {
    label: { nl: 'Einde van het geschil', fr: 'Fin du litige', en: 'End of the dispute' },
    help: {
      nl: 'Een definitieve uitspraak, een dading of de volledige betaling.',
      fr: 'Une décision définitive, une transaction ou le paiement complet.',
      en: 'A final judgment, a settlement or full payment.',
    },
  },
  custom: {
    label: { nl: 'Andere gebeurtenis', fr: 'Autre événement', en: 'Other event' },
    help: {
      nl: 'Beschrijf de gebeurtenis vanaf wanneer de termijn loopt.',
      fr: "Décrivez l'événement à partir duquel le délai court.",
      en: 'Describe the event from which the period runs.',
    },
  },
}

export const RETENTION_ACTION_LABELS: LabelsFor<RetentionAction> = {
  delete: {
    label: { nl: 'Wissen', fr: 'Effacer', en: 'Delete' },
    help: {
      nl: 'De gegevens worden definitief verwijderd, ook uit kopieën.',
      fr: 'Les données sont supprimées définitivement, y compris des copies.',
      en: 'The data is permanently removed, including from copies.',
    },
  },
  anonymise: {
    label: { nl: 'Anonimiseren', fr: 'Anonymiser', en: 'Anonymise' },
    help: {
      nl: 'De gegevens worden onomkeerbaar ontdaan van alles wat naar een persoon leidt; pseudonimisering volstaat niet.',
      fr: 'Tout ce qui permet de remonter à une personne est supprimé de façon irréversible ; la pseudonymisation ne suffit pas.',
      en: 'Everything that leads back to a person is irreversibly removed; pseudonymisation is not enough.',
    },
  },
  anonymise_or_delete: {
    label: { nl: 'Anonimiseren of wissen', fr: 'Anonymiser ou effacer', en: 'Anonymise or delete' },
    help: {
      nl: 'Na afloop wordt per geval gekozen: onomkeerbaar anonimiseren (bv. voor statistiek) of definitief wissen.',
      fr: 'À la fin de la période, on choisit au cas par cas : anonymiser de façon irréversible (p. ex. pour des statistiques) ou effacer définitivement.',
      en: 'At the end of the period, either irreversibly anonymised (e.g. for statistics) or permanently deleted, case by case.',
    },
  },
  archive: {
    label: { nl: 'Archiveren', fr: 'Archiver', en: 'Archive' },
    help: {
      nl: 'Afgeschermd bewaren met beperkte toegang, alleen zolang een wettelijke verplichting of een rechtsvordering dat vereist.',
      fr: "Conserver à l'écart avec un accès restreint, uniquement tant qu'une obligation légale ou une action en justice l'exige.",
      en: 'Kept apart with restricted access, only as long as a legal obligation or a legal claim requires it.',
    },
  },
}

export const ACTIVITY_ROLE_LABELS: LabelsFor<ActivityRole> = {
  controller: {
    label: { nl: 'Verwerkingsverantwoordelijke', fr: 'Responsable du traitement', en: 'Controller' },
    help: {
      nl: 'De organisatie bepaalt zelf het doel en de middelen van de verwerking.',
      fr: "L'organisation détermine elle-même les finalités et les moyens du traitement.",
      en: 'The organisation itself determines the purposes and means of the processing.',
    },
  },
  joint_controller: {
    label: {
      nl: 'Gezamenlijke verwerkingsverantwoordelijke',
      fr: 'Responsable conjoint du traitement',
      en: 'Joint controller',
    },
    help: {
      nl: 'Doel en middelen worden samen met een andere organisatie bepaald; een regeling verdeelt de verantwoordelijkheden (art. 26 AVG).',
      fr: 'Les finalités et moyens sont déterminés avec une autre organisation ; un accord répartit les responsabilités (art. 26 RGPD).',
      en: 'Purposes and means are determined together with another organisation; an arrangement divides the responsibilities (Art. 26 GDPR).',
    },
  },
  processor: {
    label: { nl: 'Verwerker', fr: 'Sous-traitant', en: 'Processor' },
    help: {
      nl: 'De organisatie verwerkt gegevens in opdracht en volgens de instructies van een klant (art. 28 AVG).',
      fr: "L'organisation traite des données pour le compte et sur instruction d'un client (art. 28 RGPD).",
      en: "The organisation processes data on a client's behalf and instructions (Art. 28 GDPR).",
    },
  },
}

export const ACTIVITY_STATUS_LABELS: LabelsFor<ActivityStatus> = {
  planned: { label: { nl: 'Gepland', fr: 'Prévu', en: 'Planned' } },
  active: { label: { nl: 'Actief', fr: 'En cours', en: 'Active' } },
  ended: {
    label: { nl: 'Beëindigd', fr: 'Terminé', en: 'Ended' },
    help: {
      nl: 'Bewaar een beëindigde verwerking met haar einddatum nog ongeveer vijf jaar in het register.',
      fr: 'Conservez un traitement terminé, avec sa date de fin, environ cinq ans dans le registre.',
      en: 'Keep an ended activity, with its end date, in the register for about five years.',
    },
  },
}

export const DATA_SOURCE_LABELS: LabelsFor<DataSource> = {
  subject: {
    label: { nl: 'De betrokkene zelf', fr: 'La personne concernée elle-même', en: 'The data subject' },
  },
  third_party: {
    label: { nl: 'Een derde', fr: 'Un tiers', en: 'A third party' },
    help: {
      nl: 'Vermeld de bron: de betrokkene moet binnen een maand geïnformeerd worden (art. 14 AVG).',
      fr: 'Indiquez la source : la personne concernée doit être informée dans le mois (art. 14 RGPD).',
      en: 'Name the source: the data subject must be informed within one month (Art. 14 GDPR).',
    },
  },
  public_source: {
    label: {
      nl: 'Een openbare bron',
      fr: 'Une source accessible au public',
      en: 'A publicly accessible source',
    },
  },
}

export const DATA_REQUIREMENT_LABELS: LabelsFor<DataRequirement> = {
  statutory: { label: { nl: 'Wettelijk verplicht', fr: 'Exigence légale', en: 'Statutory requirement' } },
  contractual: {
    label: { nl: 'Contractueel verplicht', fr: 'Exigence contractuelle', en: 'Contractual requirement' },
  },
  contract_precondition: {
    label: {
      nl: 'Noodzakelijk om een overeenkomst te sluiten',
      fr: 'Nécessaire pour conclure un contrat',
      en: 'Necessary to enter into a contract',
    },
  },
  none: { label: { nl: 'Niet verplicht', fr: 'Facultatif', en: 'Not required' } },
}

export const TRANSFER_SAFEGUARD_LABELS: LabelsFor<TransferSafeguard> = {
  adequacy: {
    label: {
      nl: 'Adequaatheidsbesluit (art. 45 AVG)',
      fr: "Décision d'adéquation (art. 45 RGPD)",
      en: 'Adequacy decision (Art. 45 GDPR)',
    },
  },
  standard_contractual_clauses: {
    label: {
      nl: 'Standaardcontractbepalingen (art. 46.2.c AVG)',
      fr: 'Clauses contractuelles types (art. 46.2.c RGPD)',
      en: 'Standard contractual clauses (Art. 46(2)(c) GDPR)',
    },
  },
  binding_corporate_rules: {
    label: {
      nl: 'Bindende bedrijfsvoorschriften (art. 47 AVG)',
      fr: "Règles d'entreprise contraignantes (art. 47 RGPD)",
      en: 'Binding corporate rules (Art. 47 GDPR)',
    },
  },
  derogation: {
    label: {
      nl: 'Afwijking voor specifieke situaties (art. 49 AVG)',
      fr: 'Dérogation pour des situations particulières (art. 49 RGPD)',
      en: 'Derogation for specific situations (Art. 49 GDPR)',
    },
    help: {
      nl: 'Alleen uitzonderlijk, bijvoorbeeld met uitdrukkelijke toestemming of voor een overeenkomst met de betrokkene.',
      fr: 'Uniquement à titre exceptionnel, par exemple avec consentement explicite ou pour un contrat avec la personne concernée.',
      en: 'Only exceptionally, for example with explicit consent or for a contract with the data subject.',
    },
  },
}

export const SYSTEM_TYPE_LABELS: LabelsFor<SystemType> = {
  saas: {
    label: { nl: 'Cloudtoepassing (SaaS)', fr: 'Application cloud (SaaS)', en: 'Cloud application (SaaS)' },
  },
  own_database: { label: { nl: 'Eigen databank', fr: 'Base de données propre', en: 'Own database' } },
  on_premise: {
    label: { nl: 'Lokale installatie', fr: 'Installation locale', en: 'On-premises installation' },
  },
  email: { label: { nl: 'E-mail', fr: 'Messagerie électronique', en: 'Email' } },
  file_storage: { label: { nl: 'Bestandsopslag', fr: 'Stockage de fichiers', en: 'File storage' } },
  paper: { label: { nl: 'Papieren dossiers', fr: 'Dossiers papier', en: 'Paper files' } },
  other: { label: { nl: 'Andere', fr: 'Autre', en: 'Other' } },
}

export const VENDOR_ROLE_LABELS: LabelsFor<VendorRole> = {
  processor: { label: { nl: 'Verwerker', fr: 'Sous-traitant', en: 'Processor' } },
  sub_processor: {
    label: { nl: 'Subverwerker', fr: 'Sous-traitant ultérieur', en: 'Sub-processor' },
    help: {
      nl: 'Een verwerker die wij inschakelen voor een verwerking die wij zelf als verwerker uitvoeren.',
      fr: 'Un sous-traitant auquel nous faisons appel pour un traitement que nous effectuons nous-mêmes en tant que sous-traitant.',
      en: 'A processor we engage for processing that we ourselves carry out as a processor.',
    },
  },
  independent_controller: {
    label: {
      nl: 'Zelfstandige verwerkingsverantwoordelijke',
      fr: 'Responsable du traitement distinct',
      en: 'Independent controller',
    },
    help: {
      nl: 'Ontvangt gegevens maar bepaalt zelf doel en middelen, zoals een advocaat, bank of overheid.',
      fr: 'Reçoit des données mais en détermine lui-même les finalités et moyens, comme un avocat, une banque ou une autorité.',
      en: 'Receives data but determines the purposes and means itself, such as a lawyer, bank or authority.',
    },
  },
  joint_controller: {
    label: {
      nl: 'Gezamenlijke verwerkingsverantwoordelijke',
      fr: 'Responsable conjoint du traitement',
      en: 'Joint controller',
    },
  },
}

export const DPIA_STATUS_LABELS: LabelsFor<DpiaStatus> = {
  not_required: { label: { nl: 'Niet vereist', fr: 'Non requise', en: 'Not required' } },
  planned: { label: { nl: 'Gepland', fr: 'Prévue', en: 'Planned' } },
  in_progress: { label: { nl: 'Lopend', fr: 'En cours', en: 'In progress' } },
  completed: { label: { nl: 'Uitgevoerd', fr: 'Réalisée', en: 'Completed' } },
}
