import type { RuleDefinition } from './rule'
import { activityObject, eachActivity } from './wording'

/** Art. 30(1)(c): the categories of personal data. */
export const noDataCategories: RuleDefinition = {
  id: 'activity.no-data-categories',
  severity: 'error',
  title: { nl: 'Geen gegevenscategorieën', fr: 'Aucune catégorie de données', en: 'No data categories' },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.dataCategories.length > 0
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.dataCategories`,
              message: {
                nl: `Voor ${name.nl} staat niet welke persoonsgegevens verwerkt worden (art. 30.1.c AVG; verplichte kolom in het model van de GBA).`,
                fr: `Pour ${name.fr}, les catégories de données personnelles traitées ne sont pas indiquées (art. 30.1.c RGPD ; colonne obligatoire du modèle de l'APD).`,
                en: `The categories of personal data processed are not recorded for ${name.en} (Art. 30(1)(c) GDPR; a mandatory column in the GBA model).`,
              },
              fix: {
                nl: 'Voeg de gegevenscategorieën toe, bv. identificatiegegevens, contactgegevens of financiële gegevens.',
                fr: "Ajoutez les catégories de données, p. ex. données d'identification, coordonnées ou données financières.",
                en: 'Add the data categories, e.g. identification data, contact details or financial data.',
              },
            },
          ],
    ),
}

/** Art. 30(1)(c): the categories of data subjects. */
export const noSubjectCategories: RuleDefinition = {
  id: 'activity.no-subject-categories',
  severity: 'error',
  title: {
    nl: 'Geen categorieën van betrokkenen',
    fr: 'Aucune catégorie de personnes concernées',
    en: 'No categories of data subjects',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.subjectCategories.length > 0
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.subjectCategories`,
              message: {
                nl: `Voor ${name.nl} staat niet over wie de gegevens gaan (art. 30.1.c AVG; verplichte kolom in het model van de GBA).`,
                fr: `Pour ${name.fr}, les personnes concernées par les données ne sont pas indiquées (art. 30.1.c RGPD ; colonne obligatoire du modèle de l'APD).`,
                en: `The register does not say whom the data of ${name.en} are about (Art. 30(1)(c) GDPR; a mandatory column in the GBA model).`,
              },
              fix: {
                nl: 'Voeg de categorieën van betrokkenen toe, bv. klanten, werknemers of sollicitanten.',
                fr: 'Ajoutez les catégories de personnes concernées, p. ex. clients, membres du personnel ou candidats.',
                en: 'Add the categories of data subjects, e.g. clients, employees or job applicants.',
              },
            },
          ],
    ),
}

/** Art. 30(1)(f); not for processor activities (Art. 30(2) asks no retention period). */
export const noRetention: RuleDefinition = {
  id: 'activity.no-retention',
  severity: 'error',
  title: { nl: 'Geen bewaartermijn', fr: 'Aucune durée de conservation', en: 'No retention period' },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.retention.length > 0 || activity.role === 'processor'
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.retention`,
              message: {
                nl: `Voor ${name.nl} is geen bewaartermijn opgegeven (art. 30.1.f AVG; verplichte kolom in het model van de GBA).`,
                fr: `Aucune durée de conservation n'est indiquée pour ${name.fr} (art. 30.1.f RGPD ; colonne obligatoire du modèle de l'APD).`,
                en: `No retention period is recorded for ${name.en} (Art. 30(1)(f) GDPR; a mandatory column in the GBA model).`,
              },
              fix: {
                nl: 'Koppel een bewaarregel die zegt hoe lang de gegevens bewaard worden en vanaf wanneer, bv. 7 jaar na de factuurdatum voor de boekhouding.',
                fr: 'Associez une règle de conservation qui indique combien de temps les données sont gardées et à partir de quand, p. ex. 7 ans après la date de facture pour la comptabilité.',
                en: 'Link a retention rule that says how long the data are kept and from when, e.g. 7 years from the invoice date for the accounts.',
              },
            },
          ],
    ),
}

/** Art. 30(1)(g) and 32: measures of the activity itself or of the systems it uses. */
export const noSecurityMeasures: RuleDefinition = {
  id: 'activity.no-security-measures',
  severity: 'warning',
  title: {
    nl: 'Geen beveiligingsmaatregelen',
    fr: 'Aucune mesure de sécurité',
    en: 'No security measures',
  },
  check: (doc, resolved) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.measures.length > 0 ||
      activity.systems.some((key) => (resolved.system(key)?.measures.length ?? 0) > 0)
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.measures`,
              message: {
                nl: `Voor ${name.nl} zijn geen beveiligingsmaatregelen vermeld, ook niet via de gebruikte systemen (art. 30.1.g en 32 AVG; verplichte kolom in het model van de GBA).`,
                fr: `Aucune mesure de sécurité n'est indiquée pour ${name.fr}, ni directement ni via les systèmes utilisés (art. 30.1.g et 32 RGPD ; colonne obligatoire du modèle de l'APD).`,
                en: `No security measures are recorded for ${name.en}, neither directly nor through the systems it uses (Art. 30(1)(g) and 32 GDPR; a mandatory column in the GBA model).`,
              },
              fix: {
                nl: 'Koppel de technische en organisatorische maatregelen die de gegevens beschermen (bv. tweestapsverificatie, back-ups, toegangsbeheer) aan de activiteit of aan haar systemen.',
                fr: "Associez à l'activité ou à ses systèmes les mesures techniques et organisationnelles qui protègent les données (p. ex. authentification à deux facteurs, sauvegardes, gestion des accès).",
                en: 'Link the technical and organisational measures that protect the data (e.g. two-factor authentication, backups, access management) to the activity or to its systems.',
              },
            },
          ],
    ),
}
