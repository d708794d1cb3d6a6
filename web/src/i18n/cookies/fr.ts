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
    '{{pages}}\u202f; avant consentement {{before}}, après Tout accepter {{accepted}}, après Tout refuser {{rejected}}\u202f; {{hosts}}.',
  pageCount_one: '{{count}} page',
  pageCount_other: '{{count}} pages',
  itemCount_one: '{{count}} cookie ou élément stocké',
  itemCount_other: '{{count}} cookies ou éléments stockés',
  hostCount_one: '{{count}} hôte tiers',
  hostCount_other: '{{count}} hôtes tiers',
  diffItem: '{{code}}\u00a0: {{subject}}',
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
  services: {
    actions: 'Actions',
    edit: 'Modifier',
    editLabel: 'Modifier le service {{name}}',
    editTitle: 'Modifier le service {{name}}',
    newVersion:
      'L’enregistrement crée une nouvelle version de l’inventaire : le bandeau demande alors à nouveau son choix à chaque visiteur, et la déclaration des cookies montre la modification.',
    purpose: 'Finalité du service (telle que les visiteurs la lisent)',
    hosts: 'Hôtes depuis lesquels il charge ou vers lesquels il envoie (un par ligne)',
    noCookies: 'Aucun cookie : ajoutez-en un si le service en dépose.',
    cookieN: 'Cookie {{n}} : {{name}}',
    cookieName: 'Nom ou modèle avec * (aussi les clés localStorage)',
    thirdCountry: 'Pays hors UE/EEE où vont les données (code ISO, p. ex. US)',
    removeCookie: 'Supprimer le cookie {{name}}',
    addCookie: 'Ajouter un cookie',
    delete: 'Supprimer',
    deleteLabel: 'Supprimer le service {{name}}',
    deleteConfirm:
      'Supprimer {{name}} et ses cookies de l’inventaire ? Cela enregistre une nouvelle version : le bandeau demande à nouveau son choix à chaque visiteur.',
    confirmDelete: 'Supprimer le service',
    saved:
      'Le service {{name}} est modifié : la version {{version}} de l’inventaire est enregistrée. Le bandeau demande à nouveau son choix à chaque visiteur.',
    deleted:
      'Le service {{name}} est supprimé : la version {{version}} de l’inventaire est enregistrée. Le bandeau demande à nouveau son choix à chaque visiteur.',
  },
  proposals: {
    title: 'Propositions issues des analyses',
    intro:
      'Les cookies et hôtes tiers que les analyses ont relevés et que l’inventaire ne mentionne pas, avec ce que le catalogue intégré des cookies et traceurs connus en dit. En ajouter un enregistre l’inventaire dans une nouvelle version : le bandeau demande alors à nouveau son choix à chaque visiteur. Une proposition écartée n’est plus faite pour le même nom ou le même hôte.',
    none: 'Aucune proposition en attente : une proposition est faite lorsqu’une analyse terminée relève un cookie ou un hôte que l’inventaire ne mentionne pas.',
    dismissed_one: '{{count}} proposition écartée (elle n’est plus proposée)',
    dismissed_other: '{{count}} propositions écartées (elles ne sont plus proposées)',
    kinds: { cookie: 'Cookie', host: 'Hôte tiers' },
    seenOn: 'Relevé sur {{page}}.',
    known: 'Le catalogue le connaît : {{service}} ({{provider}}).',
    unknown: {
      cookie:
        'Le catalogue ne le connaît pas. S’il est ajouté, il figure sous « {{service}} », le service des cookies propres au site : vérifiez d’abord qui le dépose et dans quel but.',
      host: 'Le catalogue ne le connaît pas ; il serait inscrit comme un service distinct, {{service}}.',
      thirdPartyCookie:
        'Le catalogue ne le connaît pas, et l’analyse l’a vu déposé sur {{domain}}, pas sur le domaine propre du site : un tiers le dépose. S’il est ajouté, il figure comme un service distinct, {{service}} : indiquez quelle entreprise le fournit et où elle conserve les données.',
      origin:
        'L’analyse n’a pas relevé qui le dépose : indiquez quelle entreprise le fournit et où elle conserve les données.',
    },
    thirdCountry: 'Le fournisseur conserve les données hors de l’EEE ({{country}}).',
    provider: 'Fournisseur (l’entreprise qui le dépose)',
    thirdCountryField: 'Pays où vont les données',
    chooseThirdCountry: 'Choisissez : où le fournisseur conserve les données',
    noThirdCountry: 'Aucun : les données restent dans l’UE/EEE',
    providerRequired: 'Indiquez quelle entreprise le dépose avant de l’ajouter à l’inventaire.',
    thirdCountryRequired: 'Indiquez où le fournisseur conserve les données (un pays, ou aucun : UE/EEE).',
    purposeRequired: 'Indiquez la finalité : la déclaration dit aux visiteurs à quoi sert chaque cookie.',
    durationRequired:
      'Indiquez la durée : la déclaration dit aux visiteurs combien de temps chaque cookie est conservé.',
    namePattern: 'Modèle de nom (le nom dépasse 200 caractères : donnez un modèle avec * qui lui correspond)',
    chooseCategory: 'Choisissez une catégorie',
    categoryHint: 'Le catalogue ne le connaît pas : choisissez sa catégorie.',
    categoryRequired: 'Choisissez la catégorie avant de l’ajouter à l’inventaire.',
    purpose: 'Finalité (telle que les visiteurs la lisent)',
    duration: 'Durée (par exemple « 2 ans » ou « session »)',
    providerHint:
      'Prérempli avec ce que propose le scan. Le script d’une autre entreprise peut déposer des cookies sur le domaine propre du site : nommez alors cette entreprise et le pays où elle garde les données.',
    serviceFull: {
      cookies:
        'Le service {{service}} compte déjà {{maximum}} cookies, le maximum : retirez-en d’abord un de l’inventaire.',
      hosts:
        'Le service {{service}} compte déjà {{maximum}} hôtes, le maximum : retirez-en d’abord un de l’inventaire.',
    },
    inventoryFull: 'L’inventaire compte déjà {{maximum}} services, le maximum : retirez-en d’abord un.',
    hostRefused:
      'L’inventaire ne peut pas garder l’hôte {{host}} que recevrait ce service : ajoutez le service à la main dans l’inventaire.',
    accept: 'Ajouter à l’inventaire (nouvelle version)',
    dismiss: 'Écarter',
    accepted:
      'Ajouté à l’inventaire : la version {{version}} est enregistrée. Le bandeau demande à nouveau son choix à chaque visiteur.',
  },
  linter: {
    named: '«\u00a0{{subject}}\u00a0» ({{service}})',
    unnamed: '«\u00a0{{subject}}\u00a0»',
    cookie_before_consent:
      'Le cookie ou l’élément stocké {{subject}} a été déposé sur {{page}} avant que le visiteur ait fait un choix (analyse des cookies du {{date}}).',
    tracker_before_consent:
      'Le traceur {{subject}} a été contacté depuis {{page}} avant que le visiteur ait fait un choix (analyse des cookies du {{date}}).',
    cookie_after_reject:
      'Le cookie ou l’élément stocké {{subject}} était encore présent sur {{page}} après «\u00a0Tout refuser\u00a0» (analyse des cookies du {{date}}).',
    tracker_after_reject:
      'Le traceur {{subject}} a été contacté depuis {{page}} après «\u00a0Tout refuser\u00a0» (analyse des cookies du {{date}}).',
    cookie_not_in_inventory:
      'Le cookie ou l’élément stocké {{subject}}, vu sur {{page}}, ne figure pas dans l’inventaire des cookies\u00a0: la déclaration cookies ne le mentionne pas (analyse des cookies du {{date}}).',
    host_not_a_vendor:
      'Le site envoie des requêtes à {{subject}} (depuis {{page}}), qu’aucun service de l’inventaire ne relie à un fournisseur du registre (analyse des cookies du {{date}}).',
    fix: {
      cookie_before_consent:
        'Retenez le script qui le dépose jusqu’au consentement (type="text/plain" data-category="…") ou, s’il est strictement nécessaire, inscrivez-le dans l’inventaire sous un service strictement nécessaire.',
      tracker_before_consent:
        'Placez le script Custos avant cette balise, ou marquez la balise type="text/plain" data-category="…" pour que la bannière la retienne jusqu’au consentement.',
      cookie_after_reject:
        'Retenez le script qui le dépose jusqu’au consentement\u202f; s’il est strictement nécessaire, inscrivez-le dans l’inventaire sous un service strictement nécessaire.',
      tracker_after_reject:
        'Marquez la balise type="text/plain" data-category="…" ou inscrivez son hôte dans l’inventaire, pour que la bannière la bloque après un refus.',
      cookie_not_in_inventory:
        'Ajoutez-le à un service de l’inventaire sur la page Cookies, ou retirez-le du site.',
      host_not_a_vendor:
        'Ajoutez l’entreprise comme fournisseur du registre et reliez-y le service de l’inventaire, ou retirez ces requêtes du site.',
    },
    link: 'Page Cookies',
    checking: 'Lecture de la dernière analyse des cookies…',
    notChecked:
      'Les analyses des cookies n’ont pas pu être lues\u202f; leurs constats ne sont pas listés ici.',
  },
}
