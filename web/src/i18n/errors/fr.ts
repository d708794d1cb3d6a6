import type { ErrorMessages } from './types'

/** Textes français des codes de refus du serveur (`code` de problem+json, `code` par champ). */
export const errorsFr: ErrorMessages = {
  problems: {
    bad_request: 'La demande n’a pas pu être traitée.',
    invalid_json: 'Les données envoyées n’ont pas pu être lues.',
    schema_mismatch: 'Certains champs manquent ou ne sont pas valables.',
    invalid_input: 'Certains champs ne sont pas valables.',
    unauthenticated: 'Reconnectez-vous pour continuer.',
    forbidden: 'Votre rôle ne permet pas cette action.',
    not_found: '{{entity}} introuvable.',
    route_not_found: 'Cette adresse n’existe pas.',
    conflict: 'Ce n’est pas possible dans l’état actuel. Rechargez la page et réessayez.',
    payload_too_large: 'L’envoi est trop volumineux.',
    unsupported_media_type: 'Ce type de fichier ou de données n’est pas accepté.',
    method_not_allowed: 'Cette action n’est pas possible ici.',
    too_many_requests: 'Trop de tentatives. Réessayez plus tard.',
    internal_error: 'Une erreur est survenue sur le serveur.',
    unstorable_text:
      'Le texte contient des caractères qui ne peuvent pas être enregistrés. Saisissez-le ou collez-le à nouveau en texte brut.',
    invalid_login: 'L’adresse e-mail ou le mot de passe est incorrect.',
    too_many_sign_in_attempts:
      'Trop de tentatives de connexion échouées. Réessayez dans {{minutes}} minutes.',
    invalid_totp_code:
      'Le code n’est pas valable. Saisissez le code actuel de votre application d’authentification.',
    invalid_reset_link: 'Ce lien n’est pas valable ou a expiré. Demandez-en un nouveau.',
    sign_in_required: 'Connectez-vous d’abord.',
    second_factor_required: 'Saisissez d’abord le code de votre application d’authentification.',
    account_gone: 'Ce compte n’existe plus.',
    wrong_password: 'Le mot de passe n’est pas correct.',
    totp_already_enabled: 'La vérification en deux étapes est déjà activée.',
    csrf_token_mismatch: 'Votre session a changé dans un autre onglet. Rechargez la page et réessayez.',
    invalid_api_token: 'Le jeton d’API n’est pas valable, a expiré ou a été révoqué.',
    token_scope_missing: 'Le jeton d’API n’a pas l’autorisation nécessaire.',
    scope_not_held: 'Vous ne pouvez pas donner à un jeton des droits que vous n’avez pas vous-même.',
    user_not_found: 'Aucun utilisateur n’a cette adresse e-mail.',
    organization_creation_restricted:
      'Seuls les administrateurs de l’installation peuvent créer des organisations ici.',
    slug_taken: 'Une organisation avec ce nom court existe déjà.',
    already_member: 'Cette personne est déjà membre.',
    last_owner: 'L’organisation doit avoir au moins un propriétaire. Désignez d’abord quelqu’un d’autre.',
    not_a_sample: 'Seule une organisation d’exemple peut être supprimée de cette façon.',
    key_mismatch: 'La clé ne peut pas changer.',
    duplicate_key: 'Un élément avec cette clé existe déjà.',
    key_in_use: 'Cet élément est encore utilisé ailleurs dans le registre. Supprimez d’abord ces références.',
    register_file_invalid: 'Le fichier du registre contient des erreurs ; rien n’a été importé.',
    notice_incomplete:
      'La déclaration ne peut pas être publiée : des éléments obligatoires manquent encore dans le registre (nombre : {{missing}}).',
    dataset_file_invalid: 'Le fichier du jeu de données contient des erreurs ; rien n’a été enregistré.',
    dataset_key_mismatch: 'La clé du fichier doit être celle de ce jeu de données ; rien n’a été enregistré.',
    dataset_register_mismatch: 'Le jeu de données ne correspond pas au registre ; rien n’a été enregistré.',
    dataset_created_concurrently: 'Ce jeu de données a été créé au même moment. Rechargez et réessayez.',
    discovery_failed: 'Aucun jeu de données n’a pu être proposé à partir de cette base de données.',
    connection_not_testable: 'Un système manuel n’a pas de connexion à tester.',
    identity_not_confirmed:
      'L’identité du demandeur n’est pas encore confirmée : confirmez-la avant d’envoyer ou de modifier des données (un essai à blanc reste possible).',
    no_datasets:
      'Aucun jeu de données ne décrit encore un système : ajoutez-en ou découvrez-en un d’abord sous Connecteurs.',
    not_failed:
      'Seul ce qui a échoué peut être réessayé : ceci a déjà été fait, ou ne peut pas être refait tel quel.',
    identity_taken: 'Une identité est déjà enregistrée dans cette organisation.',
    identity_recorded_concurrently:
      'Cette identité a été enregistrée pour une personne au même moment. Rechargez et réessayez.',
    import_file_empty: 'Le fichier est vide.',
    import_header_invalid: 'La ligne d’en-tête du fichier ne peut pas être lue ; rien n’a été importé.',
    package_gone:
      'Le paquet a déjà été téléchargé ou supprimé ; relancez la demande pour en constituer un nouveau.',
    checklist_closed: 'La demande est clôturée ; sa liste de contrôle ne peut plus changer.',
    idempotency_key_reused:
      'Cette Idempotency-Key a déjà servi pour une autre requête au cours des dernières 24 heures ; utilisez une nouvelle clé.',
    idempotency_key_in_progress:
      'Une requête avec cette Idempotency-Key est encore en cours de traitement ; réessayez dans un instant.',
    mail_not_retryable:
      'Seul un e-mail en échec, retenu ou non confirmé dont le texte est encore conservé peut être renvoyé.',
    installation_admin_required: 'Seuls les administrateurs de l’installation peuvent faire ceci.',
    smtp_test_failed: 'Le serveur de messagerie n’a pas accepté le message de test : {{reason}}',
    too_many_answer_files: 'Cette réponse compte déjà {{max}} fichiers.',
    enclosure_by_email:
      'Un courrier envoyé par e-mail ne peut pas joindre une copie « en annexe » : choisissez le paquet à télécharger (les fichiers chargés l’accompagnent) ou envoyez le courrier par la poste.',
    retention_rule_unknown: "Le registre n'a pas de règle de conservation avec cette clé.",
    legal_hold_target_unknown:
      'Un gel demande une personne concernée, une demande, un système ou une collection existants.',
    retention_sweep_running:
      'Une purge de cette organisation est déjà en file d’attente ou en cours (celle de la nuit, la ligne de commande, ou « Lancer les purges maintenant » demandé ici ou ailleurs) ; attendez qu’elle soit terminée, puis réessayez. Rien n’a été modifié.',
    change_not_announced: 'Seul un changement annoncé peut être retiré.',
    legal_hold_active:
      "Un gel juridique conserve ces données : rien n'est effacé tant que le gel n'a pas pris fin ou n'a pas été levé.",
    client_reference_missing:
      "Ce client n'a pas encore de référence dans les systèmes : indiquez pour ce client la valeur qui marque ses enregistrements (le champ client des jeux de données).",
    client_reference_taken:
      "Cette référence marque déjà les enregistrements d'un autre client. Chaque client a sa propre référence ; sinon, la fin de son contrat toucherait aussi les données de cet autre client.",
    no_client_datasets:
      "Aucun jeu de données ne désigne de champ client (clientField) : sans lui, Custos ne peut pas retrouver les enregistrements d'un seul client.",
    contract_end_running:
      'La fin du contrat avec ce client est déjà en cours ; attendez qu’elle soit terminée.',
    contract_end_not_done:
      'Ce n’est pas (encore) disponible : l’attestation n’existe que pour une destruction terminée, le lien que pour une restitution terminée.',
    dncm_file_stale:
      'La liste DNCM date de plus de 5 jours (liste du {{fileDate}}, utilisable jusqu’au {{usableUntil}}) ; téléchargez-en une nouvelle. Rien n’a été importé.',
    dncm_file_invalid:
      'Ce n’est pas une liste DNCM : un numéro de téléphone et sa date d’inscription par ligne étaient attendus. Rien n’a été importé.',
    robinson_header_invalid:
      'La ligne d’en-tête ne nomme aucune colonne pour le nom (name, naam, nom) ni pour la rue (address, adres, adresse, straat, rue). Rien n’a été importé.',
    robinson_file_invalid:
      'Ce n’est pas une liste Robinson : un nom et une adresse postale par ligne étaient attendus. Rien n’a été importé.',
    delay_reason_required:
      'Le délai est dépassé : indiquez les motifs du retard (article 33, paragraphe 1, du RGPD).',
    exception_without_high_risk:
      'Une exception de l’article 34, paragraphe 3, ne vaut qu’en cas de risque élevé.',
    unintelligible_needs_encryption:
      'L’article 34, paragraphe 3, a) suppose que les données étaient chiffrées.',
    letter_incomplete:
      'La lettre ne peut pas encore contenir tout ce qu’exige l’article 34, paragraphe 2 : complétez d’abord la violation.',
    affected_set_not_countable:
      'Custos ne peut pas compter ceci : choisissez un système PostgreSQL ou MariaDB/MySQL et une collection ayant un champ qui identifie une personne et une clé primaire.',
    affected_set_unreachable:
      'Le système n’a pas pu être lu : testez sa connexion sur la page des jeux de données, puis recomptez.',
    affected_set_read_refused:
      'Le système a refusé de lire la collection : vérifiez que sa table et ses champs existent encore et que l’utilisateur de la connexion peut les lire, puis recomptez.',
    affected_count_in_progress:
      'Un comptage de cette violation est déjà en attente ou en cours ; attendez son résultat.',
    affected_count_stopped: 'Le comptage s’est arrêté sans résultat ; recomptez.',
    part1_not_filed: 'La partie 2 suit la partie 1 : enregistrez d’abord la notification de la partie 1.',
    breach_closed: 'Ce dossier de violation est clôturé.',
    breach_role_mismatch:
      'Impossible pour une violation dans ce rôle (responsable du traitement ou sous-traitant).',
    too_many_evidence_files: 'Cette violation compte déjà {{max}} pièces justificatives.',
    setup_done: 'L’installation est déjà configurée : connectez-vous avec le compte créé à ce moment-là.',
    dpo_opinion_required: 'Un DPO est désigné : consignez son avis avant de valider l’AIPD (art. 35.2 RGPD).',
    risks_incomplete: 'Estimez la gravité et la vraisemblance des trois risques avant de valider l’AIPD.',
    dpia_already_decided:
      'Cette version de l’AIPD a déjà été validée ou refusée ; enregistrez une nouvelle version pour la modifier.',
    decided_pdf_corrupt:
      'Le PDF conservé de cette décision ne correspond plus au SHA-256 enregistré lors de la décision ; il n’est pas fourni. L’incident figure dans le journal d’audit - prévenez l’administrateur de l’installation.',
    dpia_version_not_decided:
      'Cette version est encore un projet : un exemplaire signé se rapporte à une version validée ou refusée.',
    signed_copy_exists:
      'L’exemplaire que vous vouliez remplacer n’est pas l’exemplaire signé actuel de cette version (un autre a peut-être été déposé entre-temps, ou il n’y en a pas encore). Rechargez la page pour voir l’exemplaire actuel, puis décidez s’il faut le remplacer.',
    signed_copy_corrupt:
      'L’exemplaire signé conservé ne peut plus être ouvert ou ne correspond plus au SHA-256 enregistré lors de son dépôt ; il n’est donc pas communiqué. L’incident figure dans le journal d’audit - prévenez l’administrateur de l’installation.',
    dpia_import_invalid: 'Ce fichier n’est pas une AIPD exportée par Custos ; rien n’a été importé.',
    cnil_pia_file_invalid:
      'Ce fichier n’est pas un export du logiciel PIA de la CNIL, ou l’un de ses champs n’a pas le type attendu ; rien n’a été importé.',
    too_many_form_parts:
      'Le formulaire contient plus d’éléments que ce téléversement n’en accepte : un fichier et un nombre limité de champs de texte (au plus {{fields}}). Rien n’a été enregistré.',
    no_scan_urls: 'Indiquez d’abord les pages à analyser, puis lancez l’analyse.',
    scan_in_progress: 'Une analyse de ce site est déjà en attente ou en cours. Attendez son résultat.',
    proposal_decided: 'Cette proposition a déjà été tranchée : elle a été acceptée ou écartée.',
    already_in_inventory: 'Ce cookie ou cet hôte figure déjà dans l’inventaire ; rien n’a été ajouté.',
    invalid_setup_code:
      'Le code d’installation n’est pas correct. `custos start` l’affiche, et il se trouve dans le fichier setup-code du dossier de données.',
  },
  fields: {
    required: 'Veuillez remplir ce champ.',
    invalid_type: 'Attendu : {{expected}}.',
    too_small: 'Au moins {{minimum}}.',
    too_big: 'Au plus {{maximum}}.',
    invalid_format: 'Pas dans la forme attendue.',
    invalid_value: 'Choisissez parmi : {{values}}.',
    unrecognized_keys: 'Champ inconnu : {{keys}}.',
    invalid_union: 'Valeur non valable.',
    invalid_key: 'Clé non valable.',
    invalid_element: 'Une valeur de la liste n’est pas valable.',
    not_multiple_of: 'Doit être un multiple de {{divisor}}.',
    invalid: 'Valeur non valable.',
    contains_nul: 'Contient un caractère qui ne peut pas être enregistré.',
    nothing_to_change: 'Rien à modifier.',
    end_before_start: 'La date de fin précède la date de début.',
    file_empty: 'Le fichier est vide.',
    file_too_large: 'Le fichier est trop volumineux.',
    invalid_file_name:
      'Le nom du fichier n’est pas utilisable : donnez au fichier un nom avec une extension.',
    file_type_not_allowed:
      'Ce type de fichier n’est pas accepté (PDF, JPEG, PNG, ZIP, DOCX, XLSX, ODT, ODS, CSV, TXT, JSON ou XML ; le contenu doit correspondre à l’extension).',
    file_not_pdf:
      'Ce n’est pas un PDF : le fichier ne commence pas par un en-tête PDF. Déposez le document signé au format PDF.',
    pdf_incomplete:
      'Ce PDF est incomplet (sa fin manque) : le scan ou le téléchargement a probablement été interrompu.',
    invalid_yaml: 'YAML ou JSON non valable.',
    line_problem: 'La ligne {{line}} ne peut pas être lue.',
    invalid_enterprise_number: 'Un numéro d’entreprise belge est attendu, par exemple 0403.019.261.',
    enterprise_number_checksum:
      'Les chiffres de contrôle ne correspondent pas : ce n’est pas un numéro d’entreprise valable.',
    invalid_email: 'Adresse e-mail non valable.',
    invalid_phone: 'Numéro de téléphone non valable.',
    invalid_national_number: 'Numéro de registre national non valable.',
    invalid_slug: 'Lettres minuscules, chiffres et traits d’union, de 2 à 63 caractères.',
    password_length: 'Entre {{minimum}} et {{maximum}} caractères.',
    common_password:
      'Ce mot de passe figure parmi les plus courants des listes de mots de passe divulgués. Choisissez-en un autre.',
    invalid_code: 'Le code n’est pas valable.',
    invalid_token: 'Le lien n’est pas valable ou a expiré.',
    csrf_token: 'Rechargez la page et réessayez.',
    already_taken: 'Déjà utilisé.',
    unknown_reference: 'Renvoie à un élément absent du registre.',
    unknown_field: 'Ce champ n’existe pas.',
    identities_required: 'Indiquez au moins une identité à rechercher.',
    changes_required: 'Une rectification nécessite au moins un champ et sa nouvelle valeur.',
    connection_incomplete: 'Indiquez l’hôte et le nom de la base de données (ou une URL).',
    manual_system: 'Un système manuel n’a pas de connexion.',
    'connector.target-not-allowed':
      'Cette installation n’autorise pas les connecteurs à joindre cette adresse ; un administrateur décide quels hôtes ils peuvent joindre.',
    'connector.connection-failed':
      'La connexion a échoué. Vérifiez l’hôte, le port, la base de données, l’utilisateur et le mot de passe ; un administrateur trouve la raison dans le journal du serveur.',
    not_after_to: 'Ne peut pas être après la fin de la période.',
    me_without_user: 'Seul un utilisateur connecté peut filtrer sur « moi ».',
  },
  lengths: {
    too_small_string: 'Au moins {{minimum}} caractères.',
    too_big_string: 'Au plus {{maximum}} caractères.',
    too_small_array: 'Choisissez-en au moins {{minimum}}.',
    too_big_array: 'Au plus {{maximum}} éléments.',
  },
  formats: {
    email: 'Adresse e-mail non valable.',
    url: 'Adresse web non valable.',
    uuid: 'Identifiant non valable.',
    date: 'Date non valable.',
    datetime: 'Date et heure non valables.',
    regex: 'Pas dans la forme attendue.',
  },
  types: {
    string: 'du texte',
    number: 'un nombre',
    int: 'un nombre entier',
    boolean: 'oui ou non',
    array: 'une liste',
    object: 'un groupe de champs',
    date: 'une date',
  },
  entities: {
    organization: 'Organisation',
    user: 'Utilisateur',
    member: 'Membre',
    api_token: 'Jeton d’API',
    register_entry: 'Élément du registre',
    notice_version: 'Version de la déclaration',
    dataset: 'Jeu de données',
    discovery: 'Découverte',
    run: 'Exécution',
    subject: 'Personne concernée',
    identity: 'Identité',
    relationship: 'Relation',
    event: 'Événement',
    request: 'Demande',
    task: 'Tâche',
    attachment: 'Pièce jointe',
    letter: 'Lettre',
    package: 'Paquet',
    mail: 'E-mail',
    webhook: 'Point de terminaison webhook',
    legal_hold: 'Gel juridique',
    retention_run: 'Purge de conservation',
    consent_text: 'Texte de consentement',
    consent_propagation: 'Transmission du retrait',
    cookie_proposal: 'Proposition de cookie',
    cookie_service: 'Service de l’inventaire des cookies',
    processor_agreement: 'Contrat de sous-traitance',
    processor_transfer: 'Transfert',
    processor_client: 'Client',
    subprocessor_change: 'Changement de sous-traitant ultérieur',
    dpia_screening: 'Analyse préalable AIPD',
    dpia_assessment: 'AIPD',
    dpia_signed_pdf: 'PDF de l’AIPD tel que décidé',
    dpia_signed_copy: 'Exemplaire signé de l’AIPD',
    action_plan_action: 'Action',
    suppression_entry: 'Inscription sur la liste d’exclusion',
    opt_in: 'Opt-in',
    breach: 'Violation de données',
    contract_end: 'Fin du contrat',
    other: 'Élément',
  },
}
