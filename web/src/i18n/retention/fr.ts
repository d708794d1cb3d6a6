import type { retentionEn } from './en'

/** French (Belgium) texts of retention: rules in machine form, the plan to approve, legal holds, calendar and sweeps. */
export const retentionFr: typeof retentionEn = {
  title: 'Conservation',
  intro:
    'Les durées de conservation de votre registre, appliquées aux systèmes que vous avez connectés : ce qui est échu, le plan qu’un responsable vie privée approuve une fois par règle, les gels juridiques qui l’arrêtent, et la preuve de chaque purge.',
  rules: {
    title: 'Règles',
    intro:
      'Chaque règle de conservation du registre sous forme exécutable : l’événement à partir duquel la durée court, ce qui se passe à son terme, et les collections de vos jeux de données qui y sont liées.',
    none: 'Le registre n’a pas encore de règles de conservation.',
    name: 'Règle',
    period: 'Durée',
    legalBasis: 'Base légale',
    start: 'Court à partir de',
    action: 'Au terme',
    renewedUntil: 'Prolongée jusqu’au',
    ceiling: 'Plafond par purge',
    ceilingDefault: 'Par défaut (10x le volume approuvé, au moins 1 000)',
    collections: 'Collections',
    noCollections: 'Aucune collection liée (un jeu de données lie une collection par son gel).',
    approval: 'Approbation',
    approvedBy: 'Approuvé par {{by}} le {{at}} ({{rows}} lignes)',
    notApproved: 'Non approuvé : rien n’est purgé',
    noDuration: 'Pas de durée fixe (jamais purgé)',
    consentRenewable: 'Prolongeable par consentement',
    renewedByConsent: 'Prolongée par le consentement de la personne pour « {{purpose}} »',
    edit: 'Modifier l’application de « {{rule}} »',
  },
  startKinds: {
    date_field: 'Une date de chaque ligne',
    subject_event: 'Un événement de la personne (index des personnes)',
    fixed_date: 'Une date fixe',
  },
  subjectEvents: {
    contract_end: 'Fin du contrat',
    last_contact: 'Dernier contact significatif',
    relationship_end: 'Fin de la relation',
    dispute_closed: 'Litige clos',
  },
  actions: {
    delete: 'Supprimer les lignes',
    mask: 'Masquer les champs personnels',
    anonymise: 'Anonymiser',
    archive: 'Archiver (ainsi le veut le registre : jamais purgé)',
  },
  form: {
    startKind: 'La durée court à partir de',
    subjectEvent: 'Événement',
    fixedDate: 'Date',
    endAction: 'Au terme de la durée',
    renewedUntil: 'Prolongée jusqu’au',
    renewedHint:
      'Une prolongation manuelle : rien de cette règle n’est échu avant le lendemain de cette date.',
    consentPurpose: 'Prolongation par consentement',
    consentNone: 'Aucune',
    consentHint:
      'La personne qui a donné un consentement valable pour cette finalité est conservée jusqu’au terme de la durée, recalculée à partir du jour de ce consentement - jamais au-delà de l’échéance du consentement lui-même. Un consentement retiré ou expiré ne prolonge rien.',
    consentNeedsEvent:
      'La prolongation par consentement requiert une durée qui court à partir d’un événement de la personne.',
    runCeiling: 'Plafond par purge',
    ceilingHint:
      'Une purge qui dépasse ce nombre de lignes échues se met en pause et attend une nouvelle approbation. Vide : 10x le volume approuvé, au moins 1 000.',
    submit: 'Enregistrer',
    saved: 'La règle « {{rule}} » est enregistrée. Modifier le début ou l’action retire son approbation.',
  },
  plan: {
    title: 'Plan à approuver',
    intro:
      'Ce que chaque règle supprimerait ou masquerait aujourd’hui, par collection. Approuvez une règle une fois : les purges suivantes de cette règle tournent chaque nuit sans surveillance, jusqu’à ce qu’une purge dépasse son plafond.',
    none: 'Aucune collection n’est encore liée à une règle de conservation.',
    rule: 'Règle',
    collection: 'Collection',
    cutoff: 'Lignes datées avant le',
    due: 'Échues',
    samples: 'Clés d’exemple',
    holds: 'Gels applicables',
    status: 'Statut',
    approve: 'Approuver le plan',
    approveLabel: 'Approuver le plan : {{rule}}',
    approveQuestion:
      'Approuver le plan de « {{rule}} » ? Dès la prochaine purge, les lignes échues sont supprimées ou masquées sans le demander.',
    approveConfirm: 'Oui, approuver',
    approved: 'Le plan de « {{rule}} » est approuvé.',
    approvedBy: 'Approuvé par {{by}}',
    notApproved: 'Non approuvé',
    onlyOfficer: 'Seuls le propriétaire et le responsable vie privée peuvent approuver un plan.',
    withheld: '{{count}} non effacés : partagés avec d’autres enregistrements',
    byEvent: '{{event}} avant le {{day}} · personnes : {{count}}',
    keptInIndex_one: '{{count}} personne reste dans l’index des personnes jusqu’à la purge de « {{rule}} »',
    keptInIndex_other:
      '{{count}} personnes restent dans l’index des personnes jusqu’à la purge de « {{rule}} »',
    renewedByConsent_one: '{{count}} personne prolongée par consentement jusqu’au {{first}}',
    renewedByConsent_other:
      '{{count}} personnes prolongées par consentement, au plus tôt jusqu’au {{first}} et au plus tard jusqu’au {{last}}',
    own: {
      requests: 'Demandes clôturées (Custos)',
      outbox: 'Courriels envoyés ou en échec (boîte d’envoi de Custos)',
      subjects: 'Personnes de l’index des personnes (Custos)',
      audit: 'Événements du journal d’audit (Custos, vidés sur place)',
      task_lists: 'Listes des tâches de purge (Custos)',
    },
    ownRules: {
      requests: 'Demandes des personnes concernées et correspondance y relative',
      outbox: 'Courriels envoyés (journal des envois)',
      subjects: 'Index des personnes : personnes dont la relation a pris fin',
      audit: 'Journal d’audit de la gestion de la vie privée',
      task_lists: 'Listes des tâches de purge (ce qu’un collaborateur doit effacer à la main)',
    },
    via: {
      http_endpoint: 'Appellera {{endpoint}} avec la date limite (le système compte)',
      task: 'Créera une tâche pour une personne dans le plan d’action (Custos ne peut pas atteindre ce système par date)',
    },
    blocked: {
      legal_hold: 'Pas purgé : un gel juridique s’applique',
      renewed: 'Pas purgé : prolongé',
      no_duration: 'Pas purgé : la règle n’a pas de durée fixe',
      no_action: 'Pas purgé : le registre dit archiver',
      reference_data: 'Pas purgé : la collection contient des données de référence partagées',
      no_primary_key: 'Pas purgé : la collection n’a pas de clé primaire',
      not_sql: 'Pas purgé : ni connexion SQL, ni appel de purge HTTP, ni tâche',
      not_in_register:
        'Pas purgé : ajoutez au registre la règle « {{rule}} » du catalogue (liée à une activité, elle figure aussi dans la déclaration de confidentialité)',
      no_date_field:
        'Pas purgé : le jeu de données ne nomme aucune date pour cette collection et la règle ne court pas à partir d’un événement de la personne',
      unknown_event: 'Pas purgé : la règle court à partir d’un événement que la purge ne connaît pas',
      not_yet_due: 'Rien d’échu pour l’instant',
    },
  },
  holds: {
    title: 'Gels juridiques',
    intro:
      'Un gel conserve des données pendant un litige, une procédure judiciaire ou une inspection. Il l’emporte sur toute purge et sur les demandes d’effacement, jusqu’à son terme ou sa levée.',
    none: 'Aucun gel juridique.',
    scope: 'Sur',
    target: 'Quoi',
    reason: 'Motif',
    placed: 'Placé',
    ends: 'Prend fin',
    untilLifted: 'Jusqu’à levée',
    status: 'Statut',
    active: 'Actif',
    ended: 'Terminé',
    liftedBy: 'Levé par {{by}} le {{at}}',
    lift: 'Lever',
    liftLabel: 'Lever : gel « {{reason}} »',
    liftQuestion: 'Lever ce gel ? La prochaine purge pourra supprimer ce qu’il conservait.',
    liftConfirm: 'Oui, lever',
    lifted: 'Le gel est levé.',
    placedNotice: 'Le gel est placé.',
    unnamed: 'une personne qui n’est plus dans l’index',
    requestGone: 'une demande qui n’est plus dans Custos (supprimée selon sa règle de conservation)',
    scopes: {
      subject: 'Une personne',
      request: 'Une demande',
      collection: 'Une collection',
      system: 'Un système entier',
    },
    place: {
      title: 'Placer un gel juridique',
      scope: 'Gel sur',
      subjectId: 'Personne trouvée',
      subjectHint:
        'Nom, adresse e-mail, téléphone, numéro de registre national ou de client, comme dans Personnes.',
      requestId: 'Demande trouvée',
      subjectSearch: 'Rechercher la personne',
      requestSearch: 'Rechercher la demande',
      search: 'Rechercher',
      found_one: '1 résultat trouvé.',
      found_other: '{{count}} résultats trouvés.',
      foundMore:
        'Les {{count}} premiers résultats sont affichés ; il peut y en avoir d’autres. Affinez la recherche.',
      foundNone: 'Aucun résultat. Vérifiez l’orthographe ou recherchez par une autre donnée.',
      pickOne: 'Recherchez, puis choisissez la personne ou la demande visée par le gel.',
      requestFound: '{{types}} · reçue le {{received}} · {{status}}',
      requestHint:
        'Référence ou nom de la personne (parmi les 500 dernières demandes), ou adresse e-mail du demandeur.',
      collection: 'Collection',
      system: 'Système',
      noCollections: 'Aucune collection n’est encore liée à une règle.',
      reason: 'Motif',
      reasonHint:
        'Litige, procédure judiciaire ou inspection, avec une référence de dossier. N’indiquez aucun nom : l’historique du gel, y compris ce motif, est conservé tel qu’il a été rédigé, même après l’effacement de la personne.',
      endsOn: 'Prend fin le',
      endsOnHint: 'Vide : jusqu’à levée.',
      submit: 'Placer le gel',
    },
  },
  calendar: {
    title: 'Calendrier',
    intro:
      'Les lignes qui arrivent à échéance dans les 30, 90 et 365 prochains jours, par règle et par système.',
    none: 'Rien n’arrive à échéance dans l’année.',
    rule: 'Règle',
    system: 'Système',
    collection: 'Collection',
    within: 'Dans les {{days}} jours',
    held_one: 'encore 1 sous gel juridique',
    held_other: 'encore {{count}} sous gel juridique',
    heldNote:
      'Les lignes qu’un gel juridique conserve (sur leur personne, leur demande, la collection ou le système) ne sont pas comptées : aucune purge n’y touche tant que le gel dure. Elles sont indiquées comme gelées.',
  },
  runs: {
    taskList: {
      show: 'Liste de ce qui est échu',
      label: 'Liste de ce qui est échu : {{rule}}, {{collection}}',
      loading: 'Chargement de la liste…',
      failed: 'La liste n’a pas pu être chargée.',
      none: 'Custos ne connaît pas les enregistrements concernés (la durée court à partir d’un champ de date dans le système) : sélectionnez-les dans le système lui-même.',
      intro:
        'Noms issus de l’index des personnes ; identités et clés masquées. Le fichier CSV les contient en entier pour la personne qui fait le travail ; chaque téléchargement est consigné dans le journal d’audit.',
      person: 'Personne dont la durée a expiré',
      keep: 'Enregistrement à conserver (gel juridique)',
      holdEnded:
        'À ne plus conserver : le gel juridique a pris fin - effacez cet enregistrement avec les autres',
      erased: 'Effacée de l’index des personnes : plus rien de cette personne n’est affiché.',
      deleted:
        'La liste a été effacée à la clôture ou à l’annulation de la tâche : la purge et ses nombres restent la preuve.',
      purged:
        'La liste a été effacée le {{day}} selon la règle de conservation des listes de tâches (la tâche n’a pas été clôturée à temps) : la purge et ses nombres restent la preuve.',
      nameHidden: 'nom non affiché (pas de droit de lecture sur l’index des personnes)',
      kind: 'Type',
      name: 'Nom',
      identities: 'Identités ou clé',
      csv: 'Télécharger le CSV (en entier)',
    },
    runNow: {
      intro:
        'Les purges s’exécutent chaque nuit. Lancez-les maintenant pour appliquer tout de suite les règles approuvées : les mêmes purges, avec les mêmes gels, plafonds et preuves. Les règles non approuvées sont seulement comptées.',
      label: 'Lancer les purges maintenant',
      question:
        'Lancer les purges maintenant ? Les règles approuvées suppriment ou masquent ce qui est échu dans les systèmes connectés ; c’est irréversible.',
      confirm: 'Oui, les lancer',
      busy: 'Mise en file d’attente…',
      queuedNotice:
        'Les purges sont en file d’attente. Cette page les suit et affiche ce qu’elles ont fait dès qu’elles sont terminées.',
      resultTitle: 'Dernier « Lancer les purges maintenant »',
      states: {
        queued:
          'En file d’attente depuis le {{at}}, à la demande de {{by}} : en attente d’un processus de traitement, ou de la fin d’une autre purge de cette organisation. Rien n’a encore été modifié.',
        running: 'En cours depuis le {{started}} (demandée par {{by}} le {{at}}).',
        done: 'Terminée le {{ended}} (demandée par {{by}} le {{at}}). Ce qu’elle a fait par règle et par collection :',
      },
      failures: {
        retention_sweep_stopped:
          'Les purges se sont arrêtées sans résultat : aucun processus de traitement n’a pris la demande en charge dans les 2 heures, ou son processus ne s’est plus manifesté pendant 10 minutes. Une purge commencée reprend lors de la purge suivante ; vous pouvez la redemander. Si le processus était malgré tout encore actif, la page affiche son résultat une fois celui-ci terminé (rechargez la page).',
        internal_error:
          'Les purges ont échoué ; le journal du serveur en indique la raison. Une purge commencée reprend lors de la purge suivante ; vous pouvez la redemander. Si le processus était malgré tout encore actif, la page affiche son résultat une fois celui-ci terminé (rechargez la page).',
      },
      nothing: 'Aucune règle ne peut être purgée maintenant (voir le plan).',
      outcomes: {
        completed: 'purgé : {{deleted}} supprimés, {{masked}} masqués',
        paused:
          'en pause : {{due}} échus, plus que son plafond de {{ceiling}} ; rien n’a changé jusqu’à une nouvelle approbation du plan',
        not_approved: 'non approuvée : {{due}} échus, rien n’a changé',
        nothing_due: 'rien d’échu',
        dry_run: 'seulement compté : {{due}} échus',
        blocked: 'non purgé',
        failed: 'échec',
        completedNotReported: 'purgé ; nombre non communiqué par le système',
        waiting: 'en attente d’une personne : une tâche datée figure dans le plan d’action',
      },
    },
    title: 'Purges',
    intro:
      'Chaque purge avec ses nombres. Une purge terminée a écrit son relevé dans le journal d’audit : le nombre de clés et un SHA-256 sur leurs empreintes à clé (jamais les clés elles-mêmes).',
    none: 'Aucune purge n’a encore eu lieu.',
    started: 'Démarrée',
    rule: 'Règle',
    collection: 'Collection',
    status: 'Statut',
    counts: 'Supprimées / masquées',
    period: {
      title: 'Attestation de destruction pour une période',
      intro:
        'Un PDF énumérant chaque purge commencée ou terminée entre ces deux jours (heure belge) : la règle, la collection, ce qui a été supprimé ou masqué, la preuve des clés, le début et la fin, qui a approuvé le plan - et les tâches encore ouvertes, mentionnées comme telles.',
      from: 'Du',
      to: 'Au (inclus)',
      link: 'Attestation de destruction de la période (PDF)',
      invalid: 'Choisissez un premier jour qui ne soit pas postérieur au dernier jour.',
    },
    notReported: 'Nombre non communiqué par le système',
    doneBy: 'Tâche terminée par {{by}}',
    countsText: '{{deleted}} supprimées, {{masked}} masquées',
    withheldText:
      '{{count}} non effacés : partagés avec d’autres enregistrements (p. ex. l’adresse d’un ménage)',
    sharedText: '{{count}} masquées au lieu d’être supprimées (encore référencées)',
    approvedBy: 'Approuvé par',
    proof: 'Preuve',
    proofText: 'Événement d’audit n° {{seq}}, {{keys}} clés, SHA-256 {{digest}}',
    noProof: '-',
    certificate: 'Attestation de destruction (PDF)',
    certificateLabel: 'Attestation de destruction (PDF) : {{rule}}, {{collection}}, {{at}}',
    statuses: {
      running: 'En cours',
      paused: 'En pause (au-delà de son plafond)',
      completed: 'Terminée',
      failed: 'Échouée',
      held: 'Gelée',
      waiting: 'En attente d’une personne (tâche dans le plan d’action)',
    },
    stopped: 'Arrêtée par une erreur ; la prochaine purge la reprend',
    planned: '{{rows}} lignes échues, plafond {{ceiling}}',
  },
  overview: {
    title: 'Purges de conservation à examiner',
    paused:
      '{{rule}} · {{collection}} : en pause, {{rows}} lignes échues dépassent le plafond de {{ceiling}}. Approuvez à nouveau le plan pour accepter ce volume.',
    stopped:
      '{{rule}} · {{collection}} : la purge démarrée le {{at}} s’est arrêtée sur une erreur ; la prochaine purge la reprend.',
    waiting:
      '{{rule}} · {{collection}} : depuis le {{at}}, la purge attend une personne - sa tâche du plan d’action est toujours ouverte ; tant qu’elle n’est pas exécutée, les données sont conservées au-delà de leur durée.',
    cancelled:
      '{{rule}} · {{collection}} : la tâche de la purge démarrée le {{at}} a été annulée ; les données sont conservées au-delà de leur durée jusqu’à ce qu’une purge ultérieure les supprime.',
    failed:
      '{{rule}} · {{collection}} : la purge démarrée le {{at}} a échoué ; les données sont conservées au-delà de leur durée jusqu’à ce qu’une purge ultérieure les supprime.',
    open: 'Ouvrir la conservation',
  },
  heldRows: 'Conservé sous un gel juridique : {{reason}}',
}
