import type { Labels } from '../localized'
import type { Activity } from '../schema'
import * as fields from './activity-fields'
import * as links from './activity-links'
import type { Column } from './table'

/**
 * The activity columns of the register, after the GBA/APD register model. The controller sheet (Art. 30(1))
 * marks the model's seven mandatory columns; the processor sheet (Art. 30(2)) marks its own.
 */

type ActivityColumn = Column<Activity>

function column(id: string, header: Labels, width: number, value: fields.Field): ActivityColumn {
  return { id, header, width, value }
}
const mandatory = (c: ActivityColumn): ActivityColumn => ({ ...c, mandatory: true })

const C = {
  key: column('key', { nl: 'Referentie', fr: 'Référence', en: 'Reference' }, 18, fields.key),
  name: column(
    'name',
    { nl: 'Verwerkingsactiviteit', fr: 'Activité de traitement', en: 'Processing activity' },
    30,
    fields.name,
  ),
  description: column(
    'description',
    { nl: 'Beschrijving', fr: 'Description', en: 'Description' },
    40,
    fields.description,
  ),
  role: column(
    'role',
    { nl: 'Rol van de organisatie', fr: "Rôle de l'organisation", en: 'Role of the organisation' },
    22,
    fields.role,
  ),
  jointControllers: column(
    'jointControllers',
    {
      nl: 'Gezamenlijke verwerkingsverantwoordelijken',
      fr: 'Responsables conjoints du traitement',
      en: 'Joint controllers',
    },
    30,
    fields.jointControllers,
  ),
  purposes: column(
    'purposes',
    { nl: 'Doeleinden van de verwerking', fr: 'Finalités du traitement', en: 'Purposes of the processing' },
    40,
    fields.purposes,
  ),
  legalBases: column(
    'legalBases',
    { nl: 'Rechtsgrond (art. 6 AVG)', fr: 'Base juridique (art. 6 RGPD)', en: 'Legal basis (Art. 6 GDPR)' },
    38,
    fields.legalBases,
  ),
  legalBasisDetails: column(
    'legalBasisDetails',
    {
      nl: 'Toelichting bij de rechtsgrond',
      fr: 'Précisions sur la base juridique',
      en: 'Legal basis details',
    },
    40,
    fields.legalBasisDetails,
  ),
  art9Condition: column(
    'art9Condition',
    {
      nl: 'Voorwaarde bijzondere categorieën (art. 9 AVG)',
      fr: 'Condition pour les catégories particulières (art. 9 RGPD)',
      en: 'Condition for special categories (Art. 9 GDPR)',
    },
    32,
    fields.art9Condition,
  ),
  criminalDataBasis: column(
    'criminalDataBasis',
    {
      nl: 'Rechtsgrond strafrechtelijke gegevens (art. 10 AVG)',
      fr: 'Base légale des données pénales (art. 10 RGPD)',
      en: 'Legal basis for criminal data (Art. 10 GDPR)',
    },
    28,
    fields.criminalDataBasis,
  ),
  nationalNumber: column(
    'nationalNumberAuthorisation',
    {
      nl: 'Machtiging rijksregisternummer',
      fr: 'Habilitation numéro de registre national',
      en: 'Authorisation for the national register number',
    },
    28,
    fields.nationalNumberAuthorisation,
  ),
  subjectCategories: column(
    'subjectCategories',
    {
      nl: 'Categorieën van betrokkenen',
      fr: 'Catégories de personnes concernées',
      en: 'Categories of data subjects',
    },
    30,
    fields.subjectCategories,
  ),
  dataCategories: column(
    'dataCategories',
    {
      nl: 'Categorieën van persoonsgegevens',
      fr: 'Catégories de données à caractère personnel',
      en: 'Categories of personal data',
    },
    36,
    fields.dataCategories,
  ),
  sources: column(
    'sources',
    { nl: 'Bron van de gegevens', fr: 'Source des données', en: 'Source of the data' },
    34,
    fields.sources,
  ),
  requirements: column(
    'requirements',
    {
      nl: 'Wettelijke of contractuele verplichting tot verstrekking',
      fr: 'Fourniture exigée par la loi ou un contrat',
      en: 'Statutory or contractual requirement',
    },
    34,
    fields.requirements,
  ),
  recipients: column(
    'recipients',
    { nl: 'Categorieën van ontvangers', fr: 'Catégories de destinataires', en: 'Categories of recipients' },
    36,
    links.recipients,
  ),
  transfers: column(
    'transfers',
    {
      nl: 'Doorgiften naar derde landen',
      fr: 'Transferts vers des pays tiers',
      en: 'Transfers to third countries',
    },
    36,
    links.transfers,
  ),
  automatedDecisions: column(
    'automatedDecisions',
    {
      nl: 'Geautomatiseerde besluitvorming en profilering',
      fr: 'Décision automatisée et profilage',
      en: 'Automated decision-making and profiling',
    },
    26,
    fields.automatedDecisions,
  ),
  systems: column(
    'systems',
    { nl: 'Systemen en toepassingen', fr: 'Systèmes et applications', en: 'Systems and applications' },
    30,
    links.systems,
  ),
  vendors: column(
    'vendors',
    {
      nl: 'Betrokken verwerkers en leveranciers',
      fr: 'Sous-traitants et fournisseurs concernés',
      en: 'Processors and vendors involved',
    },
    30,
    links.vendorsInvolved,
  ),
  retention: column(
    'retention',
    { nl: 'Bewaartermijnen', fr: 'Délais de conservation', en: 'Retention periods' },
    46,
    links.retention,
  ),
  measures: column(
    'measures',
    {
      nl: 'Technische en organisatorische beveiligingsmaatregelen',
      fr: 'Mesures de sécurité techniques et organisationnelles',
      en: 'Technical and organisational security measures',
    },
    42,
    links.measures,
  ),
  portability: column(
    'portability',
    { nl: 'Recht op overdraagbaarheid', fr: 'Droit à la portabilité', en: 'Right to data portability' },
    16,
    fields.portability,
  ),
  dpiaCriteria: column(
    'dpiaCriteria',
    { nl: 'DPIA-criteria (WP248)', fr: "Critères d'AIPD (WP248)", en: 'DPIA criteria (WP248)' },
    30,
    fields.dpiaCriteria,
  ),
  dpia: column(
    'dpia',
    {
      nl: 'Gegevensbeschermingseffectbeoordeling (GEB)',
      fr: "Analyse d'impact relative à la protection des données (AIPD)",
      en: 'Data protection impact assessment (DPIA)',
    },
    24,
    fields.dpiaStatus,
  ),
  status: column('status', { nl: 'Status', fr: 'Statut', en: 'Status' }, 12, fields.status),
  startDate: column(
    'startDate',
    { nl: 'Begindatum', fr: 'Date de début', en: 'Start date' },
    13,
    fields.startDate,
  ),
  endDate: column(
    'endDate',
    { nl: 'Einddatum verwerking', fr: 'Date de fin du traitement', en: 'End date of the processing' },
    13,
    fields.endDate,
  ),
  replacedBy: column(
    'replacedBy',
    { nl: 'Vervangende verwerking', fr: 'Traitement de remplacement', en: 'Replacement processing' },
    26,
    fields.replacedBy,
  ),
  processorClients: column(
    'processorClients',
    {
      nl: 'Verwerkingsverantwoordelijken voor wie verwerkt wordt',
      fr: 'Responsables du traitement pour le compte desquels le traitement est effectué',
      en: 'Controllers on whose behalf the processing is carried out',
    },
    32,
    links.processorClients,
  ),
  processorContacts: column(
    'processorContacts',
    {
      nl: 'Contactgegevens van de verwerkingsverantwoordelijken',
      fr: 'Coordonnées des responsables du traitement',
      en: "Controllers' contact details",
    },
    32,
    links.processorContacts,
  ),
  processorAgreements: column(
    'processorAgreements',
    {
      nl: 'Verwerkersovereenkomst (art. 28 AVG)',
      fr: 'Contrat de sous-traitance (art. 28 RGPD)',
      en: 'Data processing agreement (Art. 28 GDPR)',
    },
    34,
    links.processorAgreements,
  ),
  processingCategories: column(
    'processingCategories',
    { nl: 'Categorieën van verwerkingen', fr: 'Catégories de traitements', en: 'Categories of processing' },
    40,
    fields.purposes,
  ),
} as const

/** Art. 30(1) GDPR and the GBA register model; the seven mandatory columns are marked. */
export const CONTROLLER_COLUMNS: readonly ActivityColumn[] = [
  C.key,
  C.name,
  C.description,
  C.role,
  C.jointControllers,
  mandatory(C.purposes),
  C.legalBases,
  C.legalBasisDetails,
  C.art9Condition,
  C.criminalDataBasis,
  C.nationalNumber,
  mandatory(C.subjectCategories),
  mandatory(C.dataCategories),
  C.sources,
  C.requirements,
  mandatory(C.recipients),
  mandatory(C.transfers),
  C.automatedDecisions,
  C.systems,
  C.vendors,
  mandatory(C.retention),
  mandatory(C.measures),
  C.portability,
  C.dpiaCriteria,
  C.dpia,
  C.status,
  C.startDate,
  C.endDate,
  C.replacedBy,
]

/** The CSV has every activity, so it adds the controllers a processor activity is carried out for. */
export const CSV_COLUMNS: readonly ActivityColumn[] = [...CONTROLLER_COLUMNS, C.processorClients]

/** Art. 30(2) GDPR: the controllers, the categories of processing, transfers and security measures. */
export const PROCESSOR_COLUMNS: readonly ActivityColumn[] = [
  C.key,
  C.name,
  C.description,
  mandatory(C.processorClients),
  mandatory(C.processorContacts),
  C.processorAgreements,
  mandatory(C.processingCategories),
  C.subjectCategories,
  C.dataCategories,
  C.recipients,
  mandatory(C.transfers),
  C.systems,
  C.vendors,
  mandatory(C.measures),
  C.status,
  C.startDate,
  C.endDate,
]
