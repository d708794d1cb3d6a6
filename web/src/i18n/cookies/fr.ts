/** Textes français de la page des cookies (issue 18) : l’inventaire, les finalités de consentement, le scanner et ses analyses. */
export const cookiesFr = {
  title: 'Cookies',
  intro:
    'Les cookies et traceurs de votre site web tels que votre bannière et votre déclaration cookies les mentionnent, la finalité de votre registre sous laquelle les choix de chaque catégorie sont enregistrés, et les analyses qui confrontent le site à cet inventaire.',
  inventoryTitle: 'Inventaire',
  inventoryVersion: 'Version {{version}}, enregistrée le {{date}}.',
  inventoryNone:
    'Aucun inventaire n’a encore été enregistré : la bannière ne propose que les cookies strictement nécessaires.',
  columns: {
    service: 'Service',
    provider: 'Fournisseur',
    category: 'Catégorie',
    hosts: 'Hôtes',
    cookies: 'Cookies',
    code: 'Constat',
    subject: 'Cookie ou hôte',
    page: 'Page',
  },
  categories: {
    necessary: 'Strictement nécessaires',
    functional: 'Fonctionnels',
    analytics: 'Statistiques',
    advertising: 'Publicité',
  },
  mappingTitle: 'Finalité de consentement par catégorie',
  mappingIntro:
    'Chaque choix qu’un visiteur fait dans la bannière est enregistré comme consentement pour la finalité de votre registre choisie ici. Une catégorie sans finalité ne conserve ses choix que dans le journal de la bannière, pas comme enregistrements de consentement.',
  mappingNone: 'Aucune finalité (les choix ne sont pas enregistrés comme consentement)',
  mappingStatus: {
    mapped: 'Enregistré comme consentement',
    missing: 'Pas enregistré comme consentement : choisissez une finalité',
    not_a_consent_purpose:
      'Cette finalité ne repose plus sur le consentement dans le registre : choisissez-en une autre',
  },
  noConsentPurposes:
    'Votre registre ne mentionne aucune finalité ayant le consentement pour base juridique : ajoutez-en d’abord une (par exemple « cookies du site web ») à l’activité du site web.',
  note: 'Ce qui a changé (pour la liste des versions)',
  saveMapping: 'Enregistrer comme nouvelle version',
  mappingSaved:
    'La version {{version}} de l’inventaire est enregistrée. La bannière redemande le choix à chaque visiteur.',
  settingsTitle: 'Scanner',
  scanUrls: 'Pages à analyser (une adresse par ligne)',
  scanUrlsHint:
    'Le scanner les visite dans Chromium sans interface avant le consentement, après « Tout accepter » et après « Tout refuser ».',
  scanDepth: 'Suivre les liens du même site',
  depths: { '0': 'Non, uniquement ces pages', '1': 'Un niveau', '2': 'Deux niveaux' },
  reconsentDays: 'Redemander après (jours)',
  saveSettings: 'Enregistrer les réglages du scanner',
  settingsSaved: 'Les réglages du scanner sont enregistrés.',
  scansTitle: 'Analyses',
  scansNone: 'Le site web n’a pas encore été analysé.',
  startScan: 'Analyser le site maintenant',
  scanQueued:
    'L’analyse est en attente ; cette page en affiche le résultat dès qu’elle est terminée (en général en quelques minutes).',
  noScanUrls: 'Indiquez ci-dessus les pages à analyser avant de lancer une analyse.',
  status: {
    queued: 'En attente',
    running: 'En cours',
    completed: 'Terminée',
    failed: 'Échouée',
  },
  scanSummary: 'demandée le {{started}}',
  scanFinished: 'terminée le {{finished}}',
  counts:
    '{{pages}} pages ; avant consentement {{before}} cookies ou éléments stockés, après Tout accepter {{accepted}}, après Tout refuser {{rejected}} ; {{hosts}} hôtes tiers.',
  findingsTitle: 'Constats',
  findingsNone:
    'Aucun constat : rien avant le consentement, rien après un refus, tout figure dans l’inventaire.',
  codes: {
    cookie_before_consent: 'Cookie déposé avant le consentement',
    tracker_before_consent: 'Traceur contacté avant le consentement',
    cookie_after_reject: 'Cookie encore présent après « Tout refuser »',
    tracker_after_reject: 'Traceur contacté après « Tout refuser »',
    cookie_not_in_inventory: 'Cookie absent de l’inventaire',
    host_not_a_vendor: 'Hôte tiers qui n’est pas un fournisseur du registre',
  },
  diffTitle: 'Par rapport à l’analyse précédente',
  diffFirst: 'La première analyse : rien à comparer.',
  diffNone: 'Rien n’a changé depuis l’analyse précédente.',
  newFindings: 'Nouveaux constats',
  resolvedFindings: 'Constats résolus',
  newCookies: 'Nouveaux cookies',
  goneCookies: 'Cookies qui ne sont plus vus',
  error: 'Erreur : {{error}}',
}
