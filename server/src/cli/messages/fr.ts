import { counted, pluralForm } from '../../lib/plural'
import type { CliMessages } from './en'

/** Le mot qui va avec `n` : au singulier pour 0 et 1, comme le français compte. */
const accord = (n: number, one: string, other: string) => pluralForm('fr', n, { one, other })

/** Les messages propres de la CLI en français (les mêmes clés que en.ts). */
export const fr = {
  error: 'erreur',
  words: {
    problem: { one: 'problème', other: 'problèmes' },
    error: { one: 'erreur', other: 'erreurs' },
    warning: { one: 'avertissement', other: 'avertissements' },
    collection: { one: 'collection', other: 'collections' },
    field: { one: 'champ', other: 'champs' },
    finding: { one: 'constat', other: 'constats' },
  },
  severity: { error: 'erreur', warning: 'avertissement' },
  fix: 'Correction',
  wholeFile: '(fichier)',
  usage: {
    oneOf: (option, values, got) => `${option} doit valoir ${values} (reçu : « ${got} »)`,
    services: (list) => `--services attend une liste parmi ${list}`,
    port: '--port doit être compris entre 0 et 65535',
    mode: '--mode doit valoir merge ou replace',
    fileOrOrg: 'Donnez soit un FICHIER de registre, soit --org SLUG',
    noCheckpointFile: (file) => `--checkpoint : le fichier ${file} n’existe pas`,
    change: (got) => `--change attend COLLECTION.CHAMP=VALEUR, reçu : « ${got} »`,
    sample: '--sample doit être un nombre entier de 1 à 10000',
    nameEmpty: '--name ne peut pas être vide',
    url: '--url doit être une URL comme postgres://utilisateur@hote:5432/base ou mysql://utilisateur@hote/base',
    urlScheme: '--url doit commencer par postgres:// ou mysql://',
    noRequest: (reference, org) => `Aucune demande ${reference} dans ${org}`,
    noRun: (run, org) => `Aucune exécution ${run} dans ${org}`,
  },
  cannotRead: (file, reason) => `impossible de lire ${file} : ${reason}`,
  wrote: (file) => `${file} écrit`,
  databaseUpToDate: 'La base de données est à jour.',
  organizationCreated: (slug, name) => `Organisation ${slug} (${name}) créée.`,
  sampleDeleted: (slug, name) => `Organisation d’exemple ${slug} (${name}) supprimée.`,
  passwordPrompt: 'Mot de passe : ',
  newPasswordPrompt: 'Nouveau mot de passe : ',
  userCreated: (email, role, org) => `${email} créé comme ${role} de ${org}.`,
  userExisted: (email, role, org) =>
    `${email} existait déjà et est maintenant ${role} de ${org} (mot de passe inchangé).`,
  passwordSet: (email) => `Mot de passe défini pour ${email} ; ses sessions ont pris fin.`,
  adminGranted: (email) => `${email} administre l’installation et peut créer des organisations.`,
  adminRevoked: (email) => `${email} n’administre plus l’installation.`,
  audit: {
    progress: 'Événements vérifiés',
    legacy: (until) =>
      ` (les événements 1-${until} précèdent la chaîne à clé et sont vérifiés avec un simple SHA-256)`,
    anchored: (count) => `, ${count} points de contrôle concordants`,
    intact: (checked, anchored, legacy) =>
      `Chaîne d’audit intacte : ${checked} événements vérifiés${anchored}${legacy}.`,
    broken: (checked) => `Chaîne d’audit ROMPUE (${checked} événements lus) :`,
    event: (seq, kind) => `  événement ${seq} : ${kind}`,
    checkpointAppended: (seq, where) => `Point de contrôle de l’événement ${seq} ajouté à ${where}.`,
    checkpointUnchanged: (seq) =>
      `La chaîne n’a pas bougé depuis le dernier point de contrôle (événement ${seq}).`,
    checkpointNotWritten: (where) =>
      `Non écrit : la chaîne ne contient plus le dernier point de contrôle de ${where} ; lancez custos audit verify --checkpoint.`,
  },
  run: {
    status: {
      queued: 'en attente',
      running: 'en cours',
      completed: 'terminée',
      failed: 'échouée',
      done: 'fait',
    },
    header: (id, action, dryRun, status, error) =>
      `Exécution ${id} : ${action}${dryRun ? ' (essai)' : ''} - ${status}${error ? ` : ${error}` : ''}`,
    alreadyErased: (runId) =>
      `déjà effacé par l’exécution ${runId} : rien n’a été recherché ni modifié à nouveau`,
    found: (n) => `${n} ${accord(n, 'trouvé', 'trouvés')}`,
    updated: (n) => `${n} ${accord(n, 'modifié', 'modifiés')}`,
    wouldUpdate: (n) => `${n} ${accord(n, 'serait modifié', 'seraient modifiés')}`,
    deleted: (n) => `${n} ${accord(n, 'supprimé', 'supprimés')}`,
    wouldDelete: (n) => `${n} ${accord(n, 'serait supprimé', 'seraient supprimés')}`,
    keptNoEnd: (rows, untilEvent, rule) =>
      `${rows} ${accord(rows, 'conservé', 'conservés')} sans date de fin (${rule}\u00a0: ${untilEvent ? 'jusqu’à l’événement que nomme la règle' : 'la durée légale'})\u202f; jamais ${accord(rows, 'effacé', 'effacés')} automatiquement`,
    keptUntil: (rows, until, rule) =>
      `${rows} ${accord(rows, 'conservé', 'conservés')} jusqu’au ${until} (${rule})`,
    masked: (rows, by) =>
      `${rows} ${accord(rows, 'masqué, non supprimé : encore référencé', 'masqués, non supprimés : encore référencés')} par ${by}`,
    shared: (rows, by) =>
      `${rows} ${accord(rows, 'partagé', 'partagés')} avec d’autres enregistrements (${by}) : non ${accord(rows, 'effacé', 'effacés')}`,
    referenceData: (rows) =>
      `${rows} ${accord(rows, 'donnée de référence partagée : jamais effacée', 'données de référence partagées : jamais effacées')}`,
    legalHold: (rows, reason) =>
      `${rows} ${accord(rows, 'conservé', 'conservés')} : gel juridique (${reason})`,
    notRectifiable: (rows, fields) =>
      `${rows} non ${accord(rows, 'rectifiable', 'rectifiables')} : ${fields}`,
    manual: (what) => `${what} : étape manuelle nécessaire`,
    packageStored: (id) => `paquet de réponse ${id} enregistré (chiffré)`,
    nothingFound: 'rien trouvé : aucun paquet de réponse enregistré',
    takeOver: (message) => `${message} (utilisez --take-over si ce processus s’est arrêté)`,
  },
  discover: {
    progress: (total) => `Tables échantillonnées (sur ${total})`,
    wrote: (file, collections, fields, flagged) =>
      `${file} écrit : ${collections} collections, ${fields} champs personnels proposés à vérifier${
        flagged ? `, ${flagged} références signalées (elles atteindraient d’autres personnes)` : ''
      }.`,
  },
  start: {
    creatingDatabase: (dir) => `Création de la base de données intégrée dans ${dir} (premier démarrage)...`,
    embedded: (dir) => `base de données intégrée dans ${dir}`,
    running: (services, where) => `Custos fonctionne (${services}) sur ${where}.`,
    open: (url) => `Ouvrez ${url} - référence de l’API sur ${url}/api/docs`,
    setup: (url, code, file) =>
      `\nPremier démarrage : ouvrez ${url} pour créer votre compte et votre organisation.\n  Code d’installation   ${code}\n  (conservé dans ${file} jusqu’à la fin de l’installation ; le prochain démarrage affiche le même code)\n`,
    portInUse: (port) =>
      `Le port ${port} est utilisé par un autre programme. Démarrez Custos sur un autre port : npm start -- --port 9000 (ou custos start --port 9000). Aucun compte n’a été créé : la page d’installation et son code attendent le prochain démarrage.`,
  },
  suppression: {
    imported: (org: string, numbers: number, fileDate: string, source: string) =>
      `Liste DNCM du ${fileDate} (${source}) importée dans ${org} : ${numbers} ${accord(numbers, 'numéro', 'numéros')}.`,
    counts: (lines: number, duplicates: number, rejected: number) =>
      `  ${lines} ${accord(lines, 'ligne', 'lignes')}, ${duplicates} ${accord(duplicates, 'numéro répété', 'numéros répétés')}, ${rejected} ${accord(rejected, 'ligne illisible', 'lignes illisibles')}`,
    robinsonImported: (org: string, entries: number, fileDate: string) =>
      `Liste Robinson Mail${fileDate === '-' ? '' : ` du ${fileDate}`} importée dans ${org} : ${entries} ${accord(entries, 'personne', 'personnes')} (nom et adresse, conservés sous forme de hachages à clé).`,
    robinsonCounts: (lines: number, duplicates: number, rejected: number) =>
      `  ${lines} ${accord(lines, 'ligne', 'lignes')}, ${duplicates} ${accord(duplicates, 'personne répétée', 'personnes répétées')}, ${rejected} ${accord(rejected, 'ligne illisible', 'lignes illisibles')}`,
    sha256: (hash: string) => `  SHA-256 du fichier (preuve de consultation) : ${hash}`,
    problem: (line: number, problem: string) => `  ligne ${line} : ${problem}`,
    checked: (lines: number, allowed: number, out: string) =>
      `${lines} ${accord(lines, 'ligne vérifiée', 'lignes vérifiées')}, ${allowed} ${accord(allowed, 'autorisée', 'autorisées')} ; réponse écrite dans ${out}.`,
    dateSources: {
      stated: 'date indiquée',
      file_name: 'date du nom de fichier',
      newest_registration: 'date de la dernière inscription',
    },
  },
  register: {
    invalidFile: (problems) => `${problems} : ce n’est pas un fichier de registre valide.`,
    nothingImported: (problems) => `${problems} ; rien n’a été importé.`,
    importHeader: (dryRun, slug, mode) =>
      `${dryRun ? 'Essai - rien n’a été écrit. ' : ''}Import dans ${slug} (${mode}) :`,
    created: 'créés',
    updated: 'modifiés',
    deleted: 'supprimés',
    unchanged: 'inchangés',
    organizationProfile: 'profil de l’organisation',
  },
  dataset: {
    invalidFile: (problems) => `${problems} : ce n’est pas un fichier de jeu de données valide.`,
    againstRegister: (errors, warnings, slug) => `${errors}, ${warnings} par rapport au registre de ${slug}.`,
    valid: (file, key, system, connector, collections, fields) =>
      `${file} : jeu de données « ${key} » valide pour le système ${system} (${connector}, ${collections}, ${fields}).`,
    created: (key, slug, version) => `Jeu de données ${key} créé dans ${slug} (version ${version}).`,
    updated: (key, slug, version) => `Jeu de données ${key} modifié dans ${slug} (version ${version}).`,
    unchanged: (key, slug, version) =>
      `Le jeu de données ${key} de ${slug} est inchangé (version ${version}).`,
    noSuchDataset: (slug, key) => `${slug} n’a pas de jeu de données « ${key} »`,
    none: (slug) => `${slug} n’a pas encore de jeu de données.`,
    columns: [
      'CLÉ',
      'SYSTÈME',
      'CONNECTEUR',
      'VERSION',
      'COLLECTIONS',
      'CHAMPS PERSONNELS',
      'CONNEXION',
      'REGISTRE',
    ],
    ok: 'en ordre',
    connection: {
      notConfigured: 'non configurée',
      notChecked: 'non testée',
      checkedOk: 'testée, en ordre',
      checkFailed: 'test échoué',
    },
    registerProblems: {
      noSystem: (system, keys) =>
        `Le registre n’a pas de système « ${system} » ; ajoutez-le au registre ou utilisez l’un de : ${keys}`,
      noRetentionRule: (rule, keys) =>
        `Le registre n’a pas de règle de conservation « ${rule} » ; ajoutez-la au registre ou utilisez l’une de : ${keys}`,
      unknownCategory: (category, field) =>
        `« ${category} » (${field}) n’est ni une catégorie de données intégrée ni une catégorie de la taxonomie du registre`,
      noCategory: (field) =>
        `${field} contient des données personnelles mais n’a pas de catégorie ; le paquet d’accès ne peut pas dire ce que c’est`,
      noRetentionLink: (collection) =>
        `${collection} contient des données personnelles mais ne nomme aucune règle de conservation (hold) ; aucune purge ne supprimera jamais ses lignes`,
      none: '(aucun pour l’instant)',
    },
  },
  cookies: {
    pages: (list) => `Pages\u00a0: ${list}`,
    summary: (findings, added, resolved) =>
      `${findings}\u202f; nouveaux depuis l’analyse précédente\u00a0: ${added}, résolus\u00a0: ${resolved}`,
  },
  retention: {
    colon: '\u00a0:',
    noAction: 'aucune action (archiver)',
    actions: { delete: 'supprimer', mask: 'masquer', anonymise: 'anonymiser' } as Record<string, string>,
    outcomes: {
      completed: 'terminée',
      paused: 'en pause\u00a0: au-delà de son plafond, approuvez à nouveau le plan',
      not_approved: 'non approuvée\u00a0: rien n’a changé',
      blocked: 'pas purgée',
      nothing_due: 'rien d’échu',
      dry_run: 'essai\u00a0: rien n’a changé',
      failed: 'échouée',
      waiting: 'en attente d’une personne\u00a0: une tâche figure dans le plan d’action',
    } as Record<string, string>,
    viaEndpoint: (endpoint: string) => `appellera ${endpoint} avec la date limite`,
    viaTask: 'créera une tâche datée pour une personne (plan d’action)',
    blocked: {
      legal_hold: 'un gel juridique s’applique',
      renewed: 'prolongée',
      no_duration: 'la règle n’a pas de durée fixe',
      no_action: 'le registre dit archiver',
      reference_data: 'données de référence partagées',
      no_primary_key: 'pas de clé primaire',
      not_sql: 'pas une connexion SQL',
      not_in_register: 'le registre n’a pas encore de règle pour ces données',
      no_date_field: 'le jeu de données ne nomme aucune date pour la collection',
      unknown_event: 'court à partir d’un événement que la purge ne connaît pas',
      not_yet_due: 'pas encore échue',
    } as Record<string, string>,
    scopes: {
      subject: 'une personne',
      request: 'une demande',
      collection: 'une collection',
      system: 'un système',
    } as Record<string, string>,
    dueByEvent: (rows: number, people: number, event: string, cutoff: string) =>
      `${rows} ${accord(rows, 'échue', 'échues')} (${people} ${accord(people, 'personne', 'personnes')} ; ${event} avant le ${cutoff})`,
    keptInIndex: (people: number, rule: string) =>
      `${counted('fr', people, { one: 'personne reste', other: 'personnes restent' })} dans l’index des personnes jusqu’à la purge de ${rule}`,
    renewedByConsent: (people: number, first: string, last: string) =>
      people === 1
        ? `1 personne prolongée par consentement jusqu’au ${first}`
        : `${people} personnes prolongées par consentement, au plus tôt jusqu’au ${first} et au plus tard jusqu’au ${last}`,
    events: {
      contract_end: 'fin du contrat',
      last_contact: 'dernier contact',
      relationship_end: 'fin de la relation',
      dispute_closed: 'litige clos',
    } as Record<string, string>,
    due: (rows: number, cutoff: string | null) =>
      `${rows} ${accord(rows, 'échue', 'échues')}${cutoff ? ` (${accord(rows, 'datée', 'datées')} d’avant le ${cutoff})` : ''}`,
    result: (deleted: number, masked: number, shared: number, run: string) =>
      `${deleted} ${accord(deleted, 'supprimée', 'supprimées')}, ${masked} ${accord(masked, 'masquée', 'masquées')} (dont ${shared} encore ${accord(shared, 'référencée', 'référencées')}), purge ${run}`,
    samples: (keys: string) => `clés d’exemple ${keys}`,
    approvedBy: (by: string) => `approuvée par ${by}`,
    notApproved: 'non approuvée',
    hold: (scope: string, reason: string, endsOn: string | null) =>
      `gel sur ${scope}\u00a0: ${reason}${endsOn ? ` jusqu’au ${endsOn}` : ' jusqu’à levée'}`,
    endedHolds: (collection: string, deleted: number, masked: number, run: string) =>
      `lignes conservées par une demande d’effacement, durée expirée, ${collection}\u00a0: ${deleted} ${accord(deleted, 'supprimée', 'supprimées')}, ${masked} ${accord(masked, 'masquée', 'masquées')}, purge ${run}`,
    none: 'Aucune collection n’est liée à une règle de conservation.',
  },
  dpia: {
    notJson: (file: string) => `${file} n’est pas un fichier JSON\u00a0; rien n’a été importé`,
    preview: 'Aperçu\u00a0: rien n’a été enregistré.',
    becomes: (activity: string, version: number) =>
      `Le fichier deviendrait la version ${version} de l’AIPD de ${activity}, à l’état de brouillon.`,
    imported: (activity: string, version: number) =>
      `Importé comme version ${version} de l’AIPD de ${activity}, à l’état de brouillon.`,
    from: (activity: string, version: number | null, status: string | null) =>
      `Exporté du traitement ${activity}${version === null ? '' : `, version ${version}`}${status ? ` (${status.toLowerCase()})` : ''}.`,
    previous: (version: number, status: string, measures: number) =>
      `La version ${version} (${status.toLowerCase()}) reste inchangée dans l’historique${measures ? `\u00a0; ${measures === 1 ? 'sa mesure prévue quitte' : `ses ${measures} mesures prévues quittent`} l’analyse et ${measures === 1 ? 'son action du plan d’action est clôturée' : 'leurs actions du plan d’action sont clôturées'}` : ''}.`,
    noPrevious: 'Le traitement n’avait pas encore d’AIPD.',
    decisionNotCarried: (status: string) =>
      `Le fichier indique «\u00a0${status.toLowerCase()}\u00a0»\u00a0: cette décision n’est pas reprise\u00a0; une personne valide ou refuse le brouillon dans Custos.`,
    measures: (count: number) =>
      count === 1
        ? 'Une mesure prévue devient une nouvelle action du plan d’action.'
        : `${count} mesures prévues deviennent de nouvelles actions du plan d’action.`,
  },
} satisfies CliMessages
