import type { Measure } from '../schema'
import { indexByKey, type SecurityMeasureEntry } from './types'

const ENTRIES = [
  {
    key: 'encryption_in_transit',
    type: 'technical',
    labels: {
      nl: 'Versleuteling tijdens transport (HTTPS/TLS)',
      fr: 'Chiffrement en transit (HTTPS/TLS)',
      en: 'Encryption in transit (HTTPS/TLS)',
    },
    descriptions: {
      nl: 'Gegevens worden versleuteld verstuurd via HTTPS/TLS, zodat ze onderweg niet leesbaar zijn.',
      fr: "Les données sont transmises chiffrées via HTTPS/TLS, de sorte qu'elles ne sont pas lisibles en transit.",
      en: 'Data is sent encrypted over HTTPS/TLS so that it cannot be read in transit.',
    },
  },
  {
    key: 'encryption_at_rest',
    type: 'technical',
    labels: {
      nl: 'Versleuteling van opgeslagen gegevens',
      fr: 'Chiffrement des données stockées',
      en: 'Encryption at rest',
    },
    descriptions: {
      nl: 'Databanken, schijven en back-ups zijn versleuteld, zodat gestolen dragers onleesbaar zijn.',
      fr: "Les bases de données, disques et sauvegardes sont chiffrés, de sorte qu'un support volé reste illisible.",
      en: 'Databases, disks and backups are encrypted so that stolen media cannot be read.',
    },
  },
  {
    key: 'pseudonymisation',
    type: 'technical',
    labels: { nl: 'Pseudonimisering', fr: 'Pseudonymisation', en: 'Pseudonymisation' },
    descriptions: {
      nl: 'Directe identificatoren worden vervangen door codes, waarbij de sleutel apart en beveiligd bewaard wordt.',
      fr: 'Les identifiants directs sont remplacés par des codes, la clé étant conservée séparément et de manière sécurisée.',
      en: 'Direct identifiers are replaced by codes, with the key kept separately and securely.',
    },
  },
  {
    key: 'firewall',
    type: 'technical',
    labels: { nl: 'Firewall', fr: 'Pare-feu', en: 'Firewall' },
    descriptions: {
      nl: 'Een firewall laat alleen het noodzakelijke netwerkverkeer van en naar de systemen door.',
      fr: 'Un pare-feu ne laisse passer que le trafic réseau nécessaire vers et depuis les systèmes.',
      en: 'A firewall lets only the necessary network traffic to and from the systems through.',
    },
  },
  {
    key: 'network_segmentation',
    type: 'technical',
    labels: { nl: 'Netwerksegmentatie', fr: 'Segmentation du réseau', en: 'Network segmentation' },
    descriptions: {
      nl: 'Het netwerk is opgedeeld in afgeschermde zones, zodat een inbraak in één deel zich niet verspreidt.',
      fr: "Le réseau est divisé en zones cloisonnées, de sorte qu'une intrusion dans une partie ne se propage pas.",
      en: 'The network is divided into separated zones so that an intrusion in one part does not spread.',
    },
  },
  {
    key: 'intrusion_detection',
    type: 'technical',
    labels: { nl: 'Inbraakdetectie', fr: "Détection d'intrusion", en: 'Intrusion detection' },
    descriptions: {
      nl: 'Verdachte activiteit op het netwerk en de systemen wordt automatisch gedetecteerd en gemeld.',
      fr: 'Les activités suspectes sur le réseau et les systèmes sont détectées et signalées automatiquement.',
      en: 'Suspicious activity on the network and systems is detected and reported automatically.',
    },
  },
  {
    key: 'endpoint_protection',
    type: 'technical',
    labels: {
      nl: 'Antivirus en endpointbeveiliging',
      fr: 'Antivirus et protection des terminaux',
      en: 'Antivirus and endpoint protection',
    },
    descriptions: {
      nl: 'Alle computers en servers hebben bijgewerkte antivirus- en endpointbeveiliging.',
      fr: "Tous les ordinateurs et serveurs disposent d'un antivirus et d'une protection des terminaux à jour.",
      en: 'All computers and servers run up-to-date antivirus and endpoint protection.',
    },
  },
  {
    key: 'patch_management',
    type: 'technical',
    labels: { nl: 'Patchbeheer', fr: 'Gestion des correctifs', en: 'Patch management' },
    descriptions: {
      nl: 'Beveiligingsupdates voor besturingssystemen en software worden tijdig geïnstalleerd.',
      fr: "Les mises à jour de sécurité des systèmes d'exploitation et logiciels sont installées à temps.",
      en: 'Security updates for operating systems and software are installed promptly.',
    },
  },
  {
    key: 'need_to_know_access',
    type: 'organisational',
    labels: {
      nl: 'Toegang op need-to-knowbasis',
      fr: "Accès selon le besoin d'en connaître",
      en: 'Need-to-know access',
    },
    descriptions: {
      nl: 'Medewerkers krijgen alleen toegang tot de gegevens die ze voor hun taak nodig hebben, en de rechten worden periodiek herzien.',
      fr: "Les collaborateurs n'ont accès qu'aux données nécessaires à leur mission, et les droits sont revus périodiquement.",
      en: 'Staff access only the data they need for their work, and access rights are reviewed periodically.',
    },
  },
  {
    key: 'role_based_access',
    type: 'technical',
    labels: {
      nl: 'Rolgebaseerde toegangscontrole',
      fr: "Contrôle d'accès basé sur les rôles",
      en: 'Role-based access control',
    },
    descriptions: {
      nl: 'Toegangsrechten worden technisch toegekend per rol in plaats van per persoon.',
      fr: "Les droits d'accès sont attribués techniquement par rôle plutôt que par personne.",
      en: 'Access rights are granted technically by role rather than per person.',
    },
  },
  {
    key: 'password_policy',
    type: 'organisational',
    labels: { nl: 'Wachtwoordbeleid', fr: 'Politique de mots de passe', en: 'Password policy' },
    descriptions: {
      nl: 'Sterke, unieke wachtwoorden zijn verplicht, bij voorkeur via een wachtwoordmanager.',
      fr: 'Des mots de passe forts et uniques sont obligatoires, de préférence via un gestionnaire de mots de passe.',
      en: 'Strong, unique passwords are required, preferably through a password manager.',
    },
  },
  {
    key: 'multi_factor_authentication',
    type: 'technical',
    labels: {
      nl: 'Tweestapsverificatie (MFA)',
      fr: 'Authentification multifacteur (MFA)',
      en: 'Multi-factor authentication (MFA)',
    },
    descriptions: {
      nl: 'Aanmelden op e-mail, toepassingen en toegang van op afstand vereist een tweede factor naast het wachtwoord.',
      fr: "La connexion à la messagerie, aux applications et à l'accès à distance exige un second facteur en plus du mot de passe.",
      en: 'Logging in to email, applications and remote access requires a second factor besides the password.',
    },
  },
  {
    key: 'backups',
    type: 'technical',
    labels: {
      nl: 'Geteste back-ups op een andere locatie',
      fr: 'Sauvegardes testées hors site',
      en: 'Tested offsite backups',
    },
    descriptions: {
      nl: 'Er worden regelmatig back-ups gemaakt, op een andere locatie bewaard en het terugzetten ervan wordt getest.',
      fr: 'Des sauvegardes sont effectuées régulièrement, conservées sur un autre site, et leur restauration est testée.',
      en: 'Backups are made regularly, stored at another location, and restoring them is tested.',
    },
  },
  {
    key: 'logging_monitoring',
    type: 'technical',
    labels: {
      nl: 'Logging en monitoring',
      fr: 'Journalisation et surveillance',
      en: 'Logging and monitoring',
    },
    descriptions: {
      nl: 'Toegang tot en wijzigingen van persoonsgegevens worden gelogd en de logs worden opgevolgd.',
      fr: 'Les accès aux données à caractère personnel et leurs modifications sont journalisés, et les journaux sont suivis.',
      en: 'Access to and changes of personal data are logged, and the logs are reviewed.',
    },
  },
  {
    key: 'mobile_device_management',
    type: 'technical',
    labels: {
      nl: 'Beheer van mobiele toestellen (MDM)',
      fr: 'Gestion des appareils mobiles (MDM)',
      en: 'Mobile device management (MDM)',
    },
    descriptions: {
      nl: 'Laptops en smartphones zijn centraal beheerd, versleuteld en kunnen bij verlies op afstand gewist worden.',
      fr: 'Les ordinateurs portables et smartphones sont gérés de manière centralisée, chiffrés et peuvent être effacés à distance en cas de perte.',
      en: 'Laptops and smartphones are centrally managed, encrypted and can be wiped remotely if lost.',
    },
  },
  {
    key: 'secure_disposal',
    type: 'technical',
    labels: {
      nl: 'Veilige vernietiging en wissing',
      fr: 'Destruction et effacement sécurisés',
      en: 'Secure disposal and deletion',
    },
    descriptions: {
      nl: 'Papier wordt vernietigd en dragers worden onherstelbaar gewist voordat ze worden afgevoerd of hergebruikt.',
      fr: 'Le papier est détruit et les supports sont effacés de manière irréversible avant leur élimination ou leur réutilisation.',
      en: 'Paper is shredded and media are wiped beyond recovery before disposal or reuse.',
    },
  },
  {
    key: 'physical_security',
    type: 'technical',
    labels: {
      nl: 'Fysieke beveiliging (afgesloten lokalen, badges)',
      fr: 'Sécurité physique (locaux fermés, badges)',
      en: 'Physical security (locked premises, badges)',
    },
    descriptions: {
      nl: 'Kantoren, serverlokalen en archieven zijn afgesloten en alleen toegankelijk met sleutel of badge.',
      fr: 'Les bureaux, locaux serveurs et archives sont fermés et accessibles uniquement avec une clé ou un badge.',
      en: 'Offices, server rooms and archives are locked and accessible only with a key or badge.',
    },
  },
  {
    key: 'clean_desk',
    type: 'organisational',
    labels: { nl: 'Cleandeskbeleid', fr: 'Politique du bureau propre', en: 'Clean desk policy' },
    descriptions: {
      nl: 'Documenten worden opgeborgen en schermen vergrendeld wanneer een werkplek onbeheerd achterblijft.',
      fr: "Les documents sont rangés et les écrans verrouillés lorsqu'un poste de travail est laissé sans surveillance.",
      en: 'Documents are put away and screens locked whenever a workstation is left unattended.',
    },
  },
  {
    key: 'staff_training',
    type: 'organisational',
    labels: {
      nl: 'Opleiding en bewustmaking van medewerkers',
      fr: 'Formation et sensibilisation du personnel',
      en: 'Staff training and awareness',
    },
    descriptions: {
      nl: 'Medewerkers krijgen regelmatig opleiding over gegevensbescherming, phishing en veilig werken.',
      fr: 'Les collaborateurs sont régulièrement formés à la protection des données, au phishing et aux bonnes pratiques de sécurité.',
      en: 'Staff are trained regularly on data protection, phishing and working securely.',
    },
  },
  {
    key: 'confidentiality_clauses',
    type: 'organisational',
    labels: {
      nl: 'Vertrouwelijkheidsverplichtingen',
      fr: 'Engagements de confidentialité',
      en: 'Confidentiality undertakings',
    },
    descriptions: {
      nl: 'Medewerkers en externen zijn door een contractuele of wettelijke geheimhoudingsplicht gebonden.',
      fr: 'Les collaborateurs et les intervenants externes sont tenus par une obligation contractuelle ou légale de confidentialité.',
      en: 'Staff and external parties are bound by a contractual or statutory duty of confidentiality.',
    },
  },
  {
    key: 'data_protection_policy',
    type: 'organisational',
    labels: {
      nl: 'Gegevensbeschermingsbeleid',
      fr: 'Politique de protection des données',
      en: 'Data protection policy',
    },
    descriptions: {
      nl: 'Een intern beleid legt de regels en verantwoordelijkheden voor de verwerking van persoonsgegevens vast.',
      fr: 'Une politique interne fixe les règles et responsabilités pour le traitement des données à caractère personnel.',
      en: 'An internal policy sets the rules and responsibilities for processing personal data.',
    },
  },
  {
    key: 'incident_response',
    type: 'organisational',
    labels: {
      nl: 'Procedure voor datalekken en incidenten',
      fr: 'Procédure de gestion des fuites de données et incidents',
      en: 'Data breach and incident response procedure',
    },
    descriptions: {
      nl: 'Een procedure regelt hoe incidenten gemeld, beoordeeld en gedocumenteerd worden, met melding aan de GBA binnen 72 uur waar nodig.',
      fr: "Une procédure règle le signalement, l'évaluation et la documentation des incidents, avec notification à l'APD dans les 72 heures si nécessaire.",
      en: 'A procedure governs how incidents are reported, assessed and documented, with notification to the Belgian DPA within 72 hours where required.',
    },
  },
  {
    key: 'vendor_management',
    type: 'organisational',
    labels: {
      nl: 'Selectie van verwerkers en verwerkersovereenkomsten',
      fr: 'Sélection des sous-traitants et contrats de sous-traitance',
      en: 'Processor due diligence and processing agreements',
    },
    descriptions: {
      nl: 'Verwerkers worden vooraf op hun beveiliging beoordeeld en zijn gebonden door een verwerkersovereenkomst (art. 28 AVG).',
      fr: 'Les sous-traitants sont évalués au préalable sur leur sécurité et liés par un contrat de sous-traitance (art. 28 RGPD).',
      en: 'Processors are assessed on their security beforehand and bound by a processing agreement (Art. 28 GDPR).',
    },
  },
  {
    key: 'certified_hosting',
    type: 'organisational',
    labels: {
      nl: 'ISO 27001-gecertificeerde hosting',
      fr: 'Hébergement certifié ISO 27001',
      en: 'ISO 27001 certified hosting',
    },
    descriptions: {
      nl: 'Gegevens worden gehost in datacenters van een leverancier met een ISO 27001-certificaat.',
      fr: "Les données sont hébergées dans des centres de données d'un fournisseur certifié ISO 27001.",
      en: 'Data is hosted in data centres of a supplier certified to ISO 27001.',
    },
  },
  {
    key: 'business_continuity',
    type: 'organisational',
    labels: {
      nl: 'Bedrijfscontinuïteitsplan',
      fr: "Plan de continuité d'activité",
      en: 'Business continuity plan',
    },
    descriptions: {
      nl: 'Een plan beschrijft hoe de dienstverlening en de toegang tot gegevens na een storing of ramp hersteld worden.',
      fr: "Un plan décrit comment rétablir les services et l'accès aux données après une panne ou un sinistre.",
      en: 'A plan describes how services and access to data are restored after an outage or disaster.',
    },
  },
  {
    key: 'data_minimisation',
    type: 'organisational',
    labels: {
      nl: 'Minimale gegevensverwerking en bewaartermijnen',
      fr: 'Minimisation des données et durées de conservation',
      en: 'Data minimisation and retention schedule',
    },
    descriptions: {
      nl: 'Alleen noodzakelijke gegevens worden verzameld en ze worden gewist zodra de bewaartermijn verstreken is.',
      fr: "Seules les données nécessaires sont collectées, et elles sont effacées dès l'expiration du délai de conservation.",
      en: 'Only necessary data is collected, and it is erased as soon as the retention period expires.',
    },
  },
] as const satisfies readonly SecurityMeasureEntry[]

export type SecurityMeasureKey = (typeof ENTRIES)[number]['key']

/** The built-in technical and organisational security measures (Art. 32; Art. 30(1)(g)). */
export const SECURITY_MEASURES: readonly SecurityMeasureEntry<SecurityMeasureKey>[] = ENTRIES

export const SECURITY_MEASURE_BY_KEY: ReadonlyMap<
  string,
  SecurityMeasureEntry<SecurityMeasureKey>
> = indexByKey(SECURITY_MEASURES)

/** The register measure for a catalogue entry (`fromCatalogue` set), to store in `measures` and then edit. */
export function toMeasure(entry: SecurityMeasureEntry, key: string = entry.key): Measure {
  return {
    key,
    name: { ...entry.labels },
    type: entry.type,
    description: { ...entry.descriptions },
    fromCatalogue: entry.key,
  }
}
