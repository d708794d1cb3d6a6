import type { RequestRefusals } from './types'

/** Textes français des refus concernant les demandes (`code` problem+json, `code` par champ). */
export const requestRefusalsFr = {
  problems: {
    request_closed: 'La demande est clôturée ; une demande clôturée est définitive.',
    invalid_date: 'La date n’est pas valable.',
    before_last_change: 'La demande a été modifiée entre-temps. Rechargez la page et réessayez.',
    not_allowed_in_status: 'Cette action n’est pas possible dans le statut actuel de la demande.',
    already_extended:
      'Le délai a déjà été prolongé ; le RGPD permet une seule prolongation de deux mois (art. 12, § 3).',
    extension_too_late:
      'Le premier mois est écoulé : une prolongation doit être décidée et communiquée dans le mois qui suit la réception (art. 12, § 3 RGPD).',
    reasons_required: 'Indiquez les motifs : le RGPD les exige.',
    reason_required: 'Indiquez pourquoi l’identité doit être vérifiée.',
    identity_evidence_required: 'Indiquez ce que la personne doit fournir pour vérifier son identité.',
    identity_already_confirmed:
      'L’identité est déjà vérifiée ; en demander davantage ne serait pas proportionné.',
    identity_not_requested:
      'L’identité ne peut pas motiver un refus si vous n’avez jamais demandé de vérification (art. 11, § 2 et art. 12, § 2 RGPD).',
    method_required: 'Indiquez comment l’identité a été vérifiée.',
    fee_already_warned: 'La personne a déjà été informée de frais.',
    fee_not_warned: 'Aucuns frais n’ont été annoncés pour cette demande.',
    fee_ground_invalid:
      'Des frais ne sont possibles que pour une demande manifestement infondée ou excessive (art. 12, § 5 RGPD).',
    invalid_amount: 'Le montant doit être supérieur à zéro.',
    controller_required: 'Indiquez le responsable du traitement à qui vous transmettez la demande.',
    ground_invalid: 'Motif de refus inconnu.',
    ground_not_applicable:
      'Les motifs légitimes et impérieux ne valent qu’en cas d’opposition à un traitement fondé sur un intérêt légitime (art. 21, § 1 RGPD).',
    legal_reference_required: 'Indiquez la loi qui oblige l’organisation (motif : obligation légale).',
    direct_marketing_objection_absolute:
      'Une opposition au marketing direct ne peut pas être refusée : elle est absolue (art. 21, § 3 RGPD).',
    refused_part_required: 'Indiquez quels droits ou quelle partie de la demande vous refusez.',
    nothing_granted: 'Vous refusez tous les droits demandés : utilisez alors l’action « Refuser ».',
    unknown_type: 'Un droit refusé ne fait pas partie de cette demande.',
    access_details_required: 'Indiquez comment la personne reçoit la copie des données (accès).',
    erasure_details_required:
      'Indiquez ce qui a été effacé et ce qui est conservé, et pourquoi (effacement).',
    retention_rule_required:
      'Les données conservées en raison d’une obligation légale nécessitent une règle de conservation ou une explication citant la loi.',
    transmission_recipient_required:
      'Indiquez à quel responsable du traitement les données ont été transmises.',
    types_required: 'Choisissez au moins un droit.',
    unknown_channel: 'Canal inconnu.',
    reference_required: 'La demande a besoin d’une référence.',
    received_in_future: 'La date de réception ne peut pas se situer dans le futur.',
    attachment_too_large: 'Le fichier dépasse 5 Mo.',
    assignee_not_handler:
      'Ce membre ne peut pas traiter de demandes ; choisissez un propriétaire, un responsable vie privée ou un collaborateur.',
    not_processor_activity:
      'Dans le registre, ce traitement n’est pas effectué en tant que sous-traitant pour un client.',
    client_not_of_activity: 'Ce client ne correspond pas au traitement choisi dans le registre.',
    unknown_client: 'L’organisation n’a pas ce client (page Sous-traitants).',
    client_required: 'Ce traitement est effectué pour plusieurs clients : choisissez le client.',
    unknown_register_keys:
      'La réponse mentionne des éléments qui ne figurent pas (ou plus) dans le registre. Choisissez-les à nouveau dans les listes.',
    kept_incomplete:
      'Indiquez, pour toutes les données conservées, les catégories de données et la raison de leur conservation.',
  },
  fieldProblems: {
    unknown_data_category: '« {{value}} » n’est pas une catégorie de données du registre.',
    unknown_retention_rule: '« {{value}} » n’est pas une règle de conservation du registre.',
    unknown_activity: '« {{value}} » n’est pas un traitement du registre.',
    unknown_purpose: '« {{value}} » n’est pas une finalité du registre.',
  },
} satisfies RequestRefusals
