/** Textes français de la page d’exclusion (issue 17) : exclusion du marketing, la liste Ne-m’appelez-plus, contrôle de campagne. */
export const consentFr = {
  suppression: {
    title: 'Exclusions',
    intro:
      'Qui ne peut pas être contacté à des fins de marketing : oppositions au marketing direct, désinscriptions et personnes effacées qui ont demandé à ne plus jamais être contactées, conservées sous forme de hachages à clé afin de survivre à l’effacement ; et la liste Ne-m’appelez-plus (DNCM) en usage.',
    dncmTitle: 'Liste Ne-m’appelez-plus (DNCM)',
    dncmNone:
      'Aucune liste Ne-m’appelez-plus n’a été importée : les numéros ne peuvent pas y être confrontés, aucun appel de télémarketing ne peut donc avoir lieu. Importez le fichier avec « custos dncm import ».',
    dncmCurrent:
      'Liste du {{date}} en usage ({{numbers}} numéros), utilisable jusqu’au {{until}}. SHA-256 du fichier : {{sha}}.',
    dncmStale:
      'La liste en usage date du {{date}} : elle a plus de {{days}} jours et ne peut plus être utilisée. Importez le fichier le plus récent avant tout appel de télémarketing ; d’ici là, chaque contrôle de téléphone répond « non consultée ».',
    countsTitle: 'Inscriptions par motif',
    reasons: {
      objection: 'Opposition au marketing direct',
      unsubscribe: 'Désinscription',
      erased_do_not_contact: 'Effacé, ne plus jamais contacter',
    },
    optIns: 'Accords qui priment sur la liste Ne-m’appelez-plus',
    entriesTitle: 'Inscriptions',
    entriesNone: 'La liste d’exclusion est vide.',
    columns: {
      identifier: 'Identifiant',
      reason: 'Motif',
      channel: 'Canal',
      source: 'Source',
      added: 'Ajouté le',
      actions: 'Actions',
    },
    channels: { email: 'E-mail', phone: 'Téléphone', post: 'Courrier', all: 'Tous les canaux' },
    sources: {
      staff: 'Collaborateur',
      api: 'API',
      portal_request: 'Portail des demandes',
      cli: 'Ligne de commande',
    },
    remove: 'Retirer {{identifier}}',
    removed: '{{identifier}} a été retiré de la liste d’exclusion.',
    addTitle: 'Ajouter une inscription',
    kind: 'Type d’identifiant',
    kinds: { email: 'Adresse e-mail', phone: 'Numéro de téléphone', postal: 'Adresse postale' },
    value: 'Identifiant',
    reason: 'Motif',
    channel: 'Canal de la désinscription',
    note: 'Remarque (facultative)',
    add: 'Ajouter',
    added: '{{identifier}} figure sur la liste d’exclusion.',
    checkTitle: 'Contrôler un fichier de campagne',
    checkIntro:
      'Un fichier CSV avec une ligne d’en-tête et une colonne email, phone ou address. Vous recevez les mêmes lignes avec, pour chacune, le verdict, le motif et la date d’inscription à Ne-m’appelez-plus.',
    checkFile: 'Fichier de campagne (CSV)',
    checkChannel: 'Canal de la campagne',
    check: 'Contrôler',
    checking: 'Contrôle en cours…',
    download: 'Télécharger le fichier contrôlé ({{lines}} lignes)',
  },
}
