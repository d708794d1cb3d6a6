import type { Labels } from '../register/localized'

/** The sentences of the destruction certificate of one run, in nl, fr and en (certificate.ts writes them). */
export const CERTIFICATE_TEXTS = {
  title: {
    nl: 'Attest van vernietiging van persoonsgegevens',
    fr: 'Attestation de destruction de données à caractère personnel',
    en: 'Certificate of destruction of personal data',
  },
  intro: {
    nl: '{org}, verwerkingsverantwoordelijke, verklaart dat de hieronder beschreven persoonsgegevens op de vermelde tijdstippen werden gewist of gemaskeerd bij het verstrijken van de bewaartermijn die zij in haar register van de verwerkingsactiviteiten (art. 30 AVG) heeft vastgelegd, in toepassing van het beginsel van opslagbeperking (art. 5.1.e AVG). Dit attest maakt deel uit van de documentatie waarmee zij haar verantwoordingsplicht nakomt (art. 5.2 en 24 AVG).',
    fr: "{org}, responsable du traitement, atteste que les données à caractère personnel décrites ci-dessous ont été effacées ou masquées aux moments indiqués, à l'expiration de la durée de conservation fixée dans son registre des activités de traitement (art. 30 RGPD), en application du principe de limitation de la conservation (art. 5.1.e RGPD). La présente attestation fait partie de la documentation par laquelle il satisfait à son obligation de rendre compte (art. 5.2 et 24 RGPD).",
    en: '{org}, controller, certifies that the personal data described below were erased or masked at the times stated, on expiry of the retention period set in its record of processing activities (Art. 30 GDPR), in application of the storage limitation principle (Art. 5(1)(e) GDPR). This certificate forms part of the documentation by which it meets its accountability obligation (Art. 5(2) and 24 GDPR).',
  },
  controller: { nl: 'Verwerkingsverantwoordelijke', fr: 'Responsable du traitement', en: 'Controller' },
  name: { nl: 'Naam', fr: 'Dénomination', en: 'Name' },
  enterprise: { nl: 'Ondernemingsnummer', fr: "Numéro d'entreprise", en: 'Enterprise number' },
  address: { nl: 'Adres', fr: 'Adresse', en: 'Address' },
  notStated: { nl: 'Niet vermeld', fr: 'Non renseigné', en: 'Not stated' },
  ruleHeading: { nl: 'Bewaarregel', fr: 'Règle de conservation', en: 'Retention rule' },
  rule: { nl: 'Regel van het register', fr: 'Règle du registre', en: 'Rule of the register' },
  period: { nl: 'Bewaartermijn', fr: 'Durée de conservation', en: 'Retention period' },
  basis: { nl: 'Rechtsgrond van de termijn', fr: 'Base légale de la durée', en: 'Legal basis of the period' },
  basisMissing: {
    nl: 'Niet vermeld in het register',
    fr: 'Non mentionnée dans le registre',
    en: 'Not stated in the register',
  },
  endAction: {
    nl: 'Maatregel bij het einde van de termijn',
    fr: 'Mesure au terme de la durée',
    en: 'Measure at the end of the period',
  },
  approvedBy: { nl: 'Plan goedgekeurd door', fr: 'Plan approuvé par', en: 'Plan approved by' },
  notApproved: {
    nl: 'Geen goedkeuring vereist (gegevens die een wissing had bewaard)',
    fr: "Aucune approbation requise (données qu'un effacement avait conservées)",
    en: 'No approval required (data an erasure had kept)',
  },
  dataHeading: { nl: 'Betrokken gegevens', fr: 'Données concernées', en: 'Data concerned' },
  system: { nl: 'Systeem (register)', fr: 'Système (registre)', en: 'System (register)' },
  dataset: { nl: 'Dataset', fr: 'Jeu de données', en: 'Dataset' },
  collection: { nl: 'Collectie (tabel)', fr: 'Collection (table)', en: 'Collection (table)' },
  selection: { nl: 'Selectie', fr: 'Sélection', en: 'Selection' },
  selectionCutoff: {
    nl: 'Records gedateerd vóór {cutoff}: hun bewaartermijn was verstreken op {today}',
    fr: 'Enregistrements dont la date est antérieure au {cutoff} : leur durée de conservation avait expiré à la date du {today}',
    en: 'Records dated before {cutoff}: their retention period had expired on {today}',
  },
  selectionEvent: {
    nl: 'Records van personen bij wie {event} volgens de personenindex vóór {cutoff} ligt: hun bewaartermijn was verstreken op {today}',
    fr: 'Enregistrements des personnes pour lesquelles l’index des personnes situe {event} avant le {cutoff} : leur durée de conservation avait expiré à la date du {today}',
    en: 'Records of people whose {event} in the subject index was before {cutoff}: their retention period had expired on {today}',
  },
  events: {
    contract_end: { nl: 'het einde van het contract', fr: 'la fin du contrat', en: 'end of contract' },
    last_contact: { nl: 'het laatste contact', fr: 'le dernier contact', en: 'last contact' },
    relationship_end: {
      nl: 'het einde van de relatie',
      fr: 'la fin de la relation',
      en: 'end of relationship',
    },
    dispute_closed: {
      nl: 'de afsluiting van het geschil',
      fr: 'la clôture du litige',
      en: 'dispute settlement',
    },
  } as Record<string, Labels>,
  /** Who started a run, for the starters that are Custos itself (audit/actor.ts system labels). */
  starters: {
    'retention sweeps': {
      nl: 'Custos, dagelijkse opruiming',
      fr: 'Custos, purge quotidienne',
      en: 'Custos, daily sweep',
    },
    'answer package purge': {
      nl: 'Custos, dagelijkse opruiming van antwoordpakketten',
      fr: 'Custos, purge quotidienne des paquets de réponse',
      en: 'Custos, daily purge of answer packages',
    },
  } as Record<string, Labels>,
  commandLine: { nl: 'opdrachtregel ({who})', fr: 'ligne de commande ({who})', en: 'command line ({who})' },
  selectionHolds: {
    nl: 'Records die bij een wissing werden bewaard zolang de bewaartermijn liep of een juridische blokkering gold, en waarvan die termijn of blokkering op {today} voorbij was',
    fr: "Enregistrements conservés lors d'un effacement tant que la durée de conservation courait ou qu'un gel juridique s'appliquait, et dont cette durée ou ce gel avait pris fin le {today}",
    en: 'Records kept during an erasure while the retention period ran or a legal hold applied, whose period or hold had ended on {today}',
  },
  renewal: {
    nl: 'Verlenging met toestemming',
    fr: 'Prolongation par consentement',
    en: 'Renewal by consent',
  },
  /** The people a valid consent left out of the run; never named, counted when the run began. */
  renewed: {
    one: {
      nl: '1 persoon werd niet in deze opruiming opgenomen: de toestemming van die persoon voor “{purpose}”, geldig bij het begin van de opruiming, verlengde de bewaartermijn {until}. De records van die persoon werden niet geselecteerd, gewijzigd of meegeteld; dit attest heeft er geen betrekking op.',
      fr: '1 personne n’a pas été incluse dans la présente purge : son consentement pour « {purpose} », valable au début de la purge, a prolongé la durée de conservation {until}. Ses enregistrements n’ont été ni sélectionnés, ni modifiés, ni comptés ; la présente attestation ne les couvre pas.',
      en: '1 person was left out of this sweep: their consent for “{purpose}”, valid when the sweep began, renewed their retention period {until}. Their records were not selected, changed or counted; this certificate does not cover them.',
    },
    other: {
      nl: '{n} personen werden niet in deze opruiming opgenomen: hun toestemming voor “{purpose}”, geldig bij het begin van de opruiming, verlengde hun bewaartermijn {until}. Hun records werden niet geselecteerd, gewijzigd of meegeteld; dit attest heeft er geen betrekking op.',
      fr: '{n} personnes n’ont pas été incluses dans la présente purge : leur consentement pour « {purpose} », valable au début de la purge, a prolongé leur durée de conservation {until}. Leurs enregistrements n’ont été ni sélectionnés, ni modifiés, ni comptés ; la présente attestation ne les couvre pas.',
      en: '{n} people were left out of this sweep: their consent for “{purpose}”, valid when the sweep began, renewed their retention period {until}. Their records were not selected, changed or counted; this certificate does not cover them.',
    },
    none: {
      nl: 'Niemand: bij het begin van de opruiming verlengde geen geldige toestemming voor “{purpose}” de bewaartermijn van een van de personen wier termijn verstreken was.',
      fr: 'Personne : au début de la purge, aucun consentement valable pour « {purpose} » ne prolongeait la durée de conservation de l’une des personnes dont la durée était expirée.',
      en: 'No one: when the sweep began, no valid consent for “{purpose}” renewed the retention period of any of the people whose period had expired.',
    },
    until: { nl: 'tot {first}', fr: 'jusqu’au {first}', en: 'until {first}' },
    untilRange: {
      nl: 'tot een datum tussen {first} en {last}, naargelang de persoon',
      fr: 'jusqu’à une date comprise entre le {first} et le {last}, selon la personne',
      en: 'until a date between {first} and {last}, depending on the person',
    },
  },
  resultHeading: { nl: 'Resultaat', fr: 'Résultat', en: 'Result' },
  deleted: { nl: 'Gewiste records', fr: 'Enregistrements supprimés', en: 'Records deleted' },
  masked: { nl: 'Gemaskeerde records', fr: 'Enregistrements masqués', en: 'Records masked' },
  shared: {
    nl: 'waarvan gemaskeerd in plaats van gewist omdat andere records er nog naar verwijzen: {n}',
    fr: "dont masqués au lieu d'être supprimés parce que d'autres enregistrements y renvoient encore : {n}",
    en: 'of which masked instead of deleted because other records still refer to them: {n}',
  },
  withheldShared: {
    nl: 'Niet gewist: gedeeld met andere records',
    fr: 'Non effacés : partagés avec d’autres enregistrements',
    en: 'Not erased: shared with other records',
  },
  withheldSharedValue: {
    nl: '{n} (records waarnaar ook records van andere personen verwijzen, zoals een adres van een gezin; zij werden ongewijzigd gelaten)',
    fr: '{n} (enregistrements auxquels renvoient aussi des enregistrements d’autres personnes, comme l’adresse d’un ménage ; ils ont été laissés intacts)',
    en: '{n} (records that records of other people also refer to, such as a household’s address; they were left untouched)',
  },
  batches: { nl: 'Aantal batches', fr: 'Nombre de lots', en: 'Number of batches' },
  started: { nl: 'Begonnen', fr: 'Début', en: 'Started' },
  ended: { nl: 'Beëindigd', fr: 'Fin', en: 'Ended' },
  startedBy: { nl: 'Gestart door', fr: 'Lancé par', en: 'Started by' },
  runId: { nl: 'Referentie van de opruiming', fr: 'Référence de la purge', en: 'Reference of the sweep' },
  proofHeading: { nl: 'Bewijs', fr: 'Preuve', en: 'Proof' },
  proofText: {
    nl: 'De sleutel van elk gewist of gemaskeerd record werd vervangen door een sleutelhash (HMAC-SHA-256 met een sleutel eigen aan de organisatie); de sleutels zelf worden alleen versleuteld bewaard in het verwerkingsjournaal van Custos. De SHA-256 hieronder is berekend over de lijst van die sleutelhashes, één per regel in de volgorde van verwerking. De opruiming werd vastgelegd in het auditlogboek van de organisatie, een hashketen waarvan de integriteit in Custos kan worden nagegaan.',
    fr: "La clé de chaque enregistrement supprimé ou masqué a été remplacée par une empreinte à clé (HMAC-SHA-256 avec une clé propre à l'organisation) ; les clés elles-mêmes ne sont conservées que chiffrées dans le journal de traitement de Custos. Le SHA-256 ci-dessous est calculé sur la liste de ces empreintes, une par ligne dans l'ordre de traitement. La purge a été consignée dans le journal d'audit de l'organisation, une chaîne de hachage dont l'intégrité peut être vérifiée dans Custos.",
    en: "The key of each record deleted or masked was replaced by a keyed hash (HMAC-SHA-256 with a key proper to the organisation); the keys themselves are kept only encrypted in Custos's journal of the sweep. The SHA-256 below is computed over the list of these keyed hashes, one per line in the order of processing. The sweep was recorded in the organisation's audit log, a hash chain whose integrity can be verified in Custos.",
  },
  /** The proof of a SQL run with batches deleted in one statement each (decision 0114). */
  proofTextPerBatch: {
    nl: 'Van elke batch gewiste records werden de sleutels alleen versleuteld bewaard in het verwerkingsjournaal van Custos, en werd die lijst verzegeld met één sleutelhash (HMAC-SHA-256 met een sleutel eigen aan de organisatie); een record dat per sleutel werd gewist of gemaskeerd, heeft een eigen sleutelhash. De SHA-256 hieronder is berekend over die sleutelhashes, één per regel in de volgorde van verwerking. De opruiming werd vastgelegd in het auditlogboek van de organisatie, een hashketen waarvan de integriteit in Custos kan worden nagegaan.',
    fr: "Pour chaque lot d'enregistrements supprimés, les clés n'ont été conservées que chiffrées dans le journal de traitement de Custos, et cette liste a été scellée par une empreinte à clé (HMAC-SHA-256 avec une clé propre à l'organisation) ; un enregistrement supprimé ou masqué par clé a sa propre empreinte. Le SHA-256 ci-dessous est calculé sur ces empreintes, une par ligne dans l'ordre de traitement. La purge a été consignée dans le journal d'audit de l'organisation, une chaîne de hachage dont l'intégrité peut être vérifiée dans Custos.",
    en: "For each batch of records deleted, the keys were kept only encrypted in Custos's journal of the sweep, and that list was sealed with one keyed hash (HMAC-SHA-256 with a key proper to the organisation); a record deleted or masked by key has a keyed hash of its own. The SHA-256 below is computed over these keyed hashes, one per line in the order of processing. The sweep was recorded in the organisation's audit log, a hash chain whose integrity can be verified in Custos.",
  },
  /** The proof of a run Custos did not carry out record by record (an HTTP endpoint, a task). */
  proofTextNotSelected: {
    nl: 'Custos heeft de records niet zelf geselecteerd en kent hun sleutels niet; er zijn dus geen sleutelhashes. De opruiming werd vastgelegd in het auditlogboek van de organisatie, een hashketen waarvan de integriteit in Custos kan worden nagegaan.',
    fr: "Custos n'a pas sélectionné lui-même les enregistrements et n'en connaît pas les clés ; il n'y a donc pas d'empreintes à clé. La purge a été consignée dans le journal d'audit de l'organisation, une chaîne de hachage dont l'intégrité peut être vérifiée dans Custos.",
    en: "Custos did not select the records itself and does not know their keys; there are therefore no keyed hashes. The sweep was recorded in the organisation's audit log, a hash chain whose integrity can be verified in Custos.",
  },
  endpoint: { nl: 'Oproep aan het systeem', fr: 'Appel au système', en: 'Call to the system' },
  task: {
    nl: 'Taak in het actieplan (referentie)',
    fr: "Tâche du plan d'action (référence)",
    en: 'Task in the action plan (reference)',
  },
  auditEvent: { nl: 'Auditgebeurtenis', fr: "Événement d'audit", en: 'Audit event' },
  auditHash: {
    nl: 'Hash van de gebeurtenis in de keten',
    fr: "Empreinte de l'événement dans la chaîne",
    en: 'Hash of the event in the chain',
  },
  keys: { nl: 'Aantal sleutels', fr: 'Nombre de clés', en: 'Number of keys' },
  digest: {
    nl: 'SHA-256 over de sleutelhashes',
    fr: 'SHA-256 sur les empreintes à clé',
    en: 'SHA-256 over the keyed hashes',
  },
  methodHeading: { nl: 'Werkwijze', fr: 'Méthode', en: 'Method' },
  /** How the records were chosen: true for the run's kind only (a date query, people's events, kept rows). */
  methodSelection: {
    date: {
      nl: 'De vervallen records werden door Custos in het bronsysteem geselecteerd met een query op hun datum, in batches volgens de primaire sleutel.',
      fr: "Les enregistrements échus ont été sélectionnés par Custos dans le système source au moyen d'une requête sur leur date, par lots suivant la clé primaire.",
      en: 'The records due were selected by Custos in the source system with a query on their date, in batches following the primary key.',
    },
    event: {
      nl: 'De personen wier termijn verstreken was, werden bepaald aan de hand van de personenindex van Custos (de datum van de gebeurtenis waarvan de termijn loopt); hun records werden in het bronsysteem opgezocht via de identiteitsvelden en de verwijzingen van de dataset, zoals bij een wisverzoek, in batches van personen. Records waarnaar ook records van andere personen verwijzen, werden ongewijzigd gelaten.',
      fr: "Les personnes dont la durée était expirée ont été déterminées à partir de l'index des personnes de Custos (la date de l'événement à partir duquel court la durée) ; leurs enregistrements ont été recherchés dans le système source au moyen des champs d'identité et des références du jeu de données, comme pour une demande d'effacement, par lots de personnes. Les enregistrements auxquels renvoient aussi des enregistrements d'autres personnes ont été laissés intacts.",
      en: "The people whose period had expired were determined from the Custos subject index (the date of the event the period counts from); their records were looked up in the source system through the dataset's identity fields and references, as for an erasure request, in batches of people. Records that records of other people also refer to were left untouched.",
    },
    holds: {
      nl: 'Het betreft records die Custos bij een wissing per sleutel had bewaard zolang hun bewaartermijn liep of een juridische blokkering gold; zij werden na het verstrijken van die termijn of het einde van die blokkering in batches uit die lijst van bewaarde records genomen.',
      fr: "Il s'agit d'enregistrements que Custos avait conservés, clé par clé, lors d'un effacement tant que leur durée de conservation courait ou qu'un gel juridique s'appliquait ; ils ont été repris de cette liste d'enregistrements conservés, par lots, après l'expiration de cette durée ou la fin de ce gel.",
      en: 'These are records Custos had kept, key by key, during an erasure while their retention period ran or a legal hold applied; they were taken from that list of kept records, in batches, once the period had expired or the hold had ended.',
    },
  },
  /** How a run that Custos did not carry out record by record was done (decision 0094). */
  methodVia: {
    http_endpoint: {
      nl: 'Custos heeft het systeem één keer opgeroepen via het opruimingsadres dat de dataset vermeldt, met de afkapdatum als filter; het systeem heeft de vervallen records zelf geselecteerd en verwerkt. Het aantal is het aantal dat het systeem in zijn antwoord meedeelde; deelde het geen aantal mee, dan vermeldt dit attest er geen. Custos heeft niet nagegaan welke records het systeem werkelijk wiste.',
      fr: "Custos a appelé une fois le système à l'adresse de purge indiquée par le jeu de données, avec la date limite comme filtre ; le système a lui-même sélectionné et traité les enregistrements échus. Le nombre est celui que le système a communiqué dans sa réponse ; s'il n'en a communiqué aucun, la présente attestation n'en mentionne pas. Custos n'a pas vérifié quels enregistrements le système a effectivement supprimés.",
      en: 'Custos called the system once at the sweep address the dataset states, with the cutoff date as filter; the system itself selected and processed the records due. The count is the one the system gave in its answer; where it gave none, this certificate states none. Custos did not verify which records the system actually deleted.',
    },
    task: {
      nl: 'De opruiming werd met de hand uitgevoerd door een persoon, aan de hand van een gedateerde taak in het actieplan met de afkapdatum en de instructies van de dataset. Custos heeft de records niet gezien en niet geteld; het attest steunt op de verklaring van de persoon die de taak als afgewerkt markeerde, op het vermelde tijdstip.',
      fr: "La purge a été exécutée manuellement par une personne, au moyen d'une tâche datée du plan d'action reprenant la date limite et les instructions du jeu de données. Custos n'a ni vu ni compté les enregistrements ; la présente attestation repose sur la déclaration de la personne qui a marqué la tâche comme terminée, au moment indiqué.",
      en: 'The sweep was done by hand by a person, through a dated task in the action plan giving the cutoff date and the dataset’s instructions. Custos neither saw nor counted the records; this certificate rests on the statement of the person who marked the task done, at the time stated.',
    },
  } as Record<string, Labels>,
  methodJournal: {
    nl: 'Elke batch werd versleuteld in het journaal van Custos vastgelegd vóór hij werd uitgevoerd, en als afgewerkt gemarkeerd nadien, telkens in één korte transactie in het bronsysteem; een onderbroken opruiming wordt hervat zonder iets tweemaal uit te voeren.',
    fr: 'Chaque lot a été consigné de manière chiffrée dans le journal de Custos avant son exécution et marqué comme terminé ensuite, chaque fois en une seule transaction courte dans le système source ; une purge interrompue reprend sans rien exécuter deux fois.',
    en: 'Each batch was written, encrypted, to the Custos journal before it was applied and marked as done afterwards, each time in one short transaction in the source system; an interrupted sweep resumes without applying anything twice.',
  },
  /** The journal of a run whose batches were each deleted in one statement, recorded before the commit (0114). */
  methodJournalPerBatch: {
    nl: 'Elke batch werd in één opdracht binnen een korte transactie in het bronsysteem gewist en versleuteld in het journaal van Custos vastgelegd voordat die transactie werd bevestigd, en nadien als afgewerkt gemarkeerd; een onderbroken opruiming wordt hervat zonder iets tweemaal uit te voeren.',
    fr: 'Chaque lot a été supprimé en une seule instruction dans une transaction courte du système source et consigné de manière chiffrée dans le journal de Custos avant la validation de cette transaction, puis marqué comme terminé ; une purge interrompue reprend sans rien exécuter deux fois.',
    en: 'Each batch was deleted in one statement in a short transaction in the source system and written, encrypted, to the Custos journal before that transaction was committed, then marked as done; an interrupted sweep resumes without applying anything twice.',
  },
  method: {
    nl: [
      'Records waarop een juridische blokkering rust (een persoon, een verzoek, de collectie of het systeem) werden uitgesloten. Records waarnaar andere records nog verwijzen, werden gemaskeerd in plaats van gewist, om de samenhang van het bronsysteem te vrijwaren.',
      'Maskeren gebeurt volgens de wismethode die de dataset per veld bepaalt: het veld wordt leeggemaakt, vervangen door een vaste waarde of door een sleutelhash.',
      'Dit attest betreft uitsluitend het hierboven vermelde systeem. Kopieën van deze gegevens in back-ups verdwijnen volgens de rotatie van de back-ups van de organisatie; dit attest heeft daarop geen betrekking.',
    ],
    fr: [
      "Les enregistrements faisant l'objet d'un gel juridique (une personne, une demande, la collection ou le système) ont été exclus. Les enregistrements auxquels d'autres enregistrements renvoient encore ont été masqués plutôt que supprimés, afin de préserver la cohérence du système source.",
      'Le masquage suit la méthode d’effacement que le jeu de données fixe pour chaque champ : le champ est vidé, remplacé par une valeur fixe ou par une empreinte à clé.',
      "La présente attestation porte uniquement sur le système mentionné ci-dessus. Les copies de ces données dans les sauvegardes disparaissent selon la rotation des sauvegardes de l'organisation ; la présente attestation ne les couvre pas.",
    ],
    en: [
      'Records under a legal hold (a person, a request, the collection or the system) were left out. Records still referred to by other records were masked rather than deleted, to preserve the integrity of the source system.',
      'Masking follows the erasure method the dataset sets for each field: the field is emptied, replaced by a fixed value or by a keyed hash.',
      "This certificate concerns the system named above only. Copies of these data in backups disappear according to the organisation's backup rotation; this certificate does not cover them.",
    ],
  },
  issued: {
    nl: 'Opgesteld door Custos op {date} op basis van het auditlogboek van de organisatie.',
    fr: "Établie par Custos le {date} sur la base du journal d'audit de l'organisation.",
    en: "Drawn up by Custos on {date} from the organisation's audit log.",
  },
  actions: {
    delete: {
      nl: 'Wissen van de records',
      fr: 'Suppression des enregistrements',
      en: 'Deletion of the records',
    },
    mask: {
      nl: 'Maskeren van de persoonsgegevens',
      fr: 'Masquage des données à caractère personnel',
      en: 'Masking of the personal data',
    },
    anonymise: { nl: 'Anonimisering', fr: 'Anonymisation', en: 'Anonymisation' },
  } as Record<string, Labels>,
  brussels: { nl: 'Belgische tijd', fr: 'heure belge', en: 'Belgian time' },
} as const
