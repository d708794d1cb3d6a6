import type { RuleDefinition } from './rule'
import { activityObject, eachActivity, perLanguage, quote } from './wording'

/** Art. 14(2)(f): the subject must be told where data not obtained from them come from. */
export const thirdPartySourceUnnamed: RuleDefinition = {
  id: 'activity.third-party-source-unnamed',
  severity: 'warning',
  title: {
    nl: 'Bron van de gegevens niet vermeld',
    fr: 'Source des données non indiquée',
    en: 'Source of the data not named',
  },
  check: (doc, resolved) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.dataCategories.flatMap((use, j) => {
        if (use.source === 'subject' || use.sourceName !== undefined) return []
        const category = perLanguage((l) => quote(l, resolved.labelOf('data_category', use.category, l)))
        return [
          {
            object: activityObject(activity),
            path: `activities.${i}.dataCategories.${j}.sourceName`,
            message: {
              nl: `De gegevens ${category.nl} van ${name.nl} komen niet van de betrokkene zelf, maar de bron is niet vermeld. Betrokkenen hebben het recht te weten waar hun gegevens vandaan komen (art. 14.2.f AVG).`,
              fr: `Les données ${category.fr} de ${name.fr} ne proviennent pas de la personne concernée, mais leur source n'est pas indiquée. Les personnes concernées ont le droit de savoir d'où viennent leurs données (art. 14.2.f RGPD).`,
              en: `The data ${category.en} of ${name.en} do not come from the data subject, but their source is not named. Data subjects have the right to know where their data come from (Art. 14(2)(f) GDPR).`,
            },
            fix: {
              nl: 'Vermeld wie de gegevens levert of uit welke openbare bron ze komen, bv. de klant, de werkgever of het Belgisch Staatsblad.',
              fr: "Indiquez qui fournit les données ou de quelle source publique elles proviennent, p. ex. le client, l'employeur ou le Moniteur belge.",
              en: 'Name who provides the data or the public source they come from, e.g. the client, the employer or the Belgian Official Gazette.',
            },
          },
        ]
      }),
    ),
}

/** Art. 13(2)(f), 14(2)(g) and 22: meaningful information about the logic involved. */
export const automatedDecisionWithoutLogic: RuleDefinition = {
  id: 'activity.automated-decision-without-logic',
  severity: 'warning',
  title: {
    nl: 'Geautomatiseerde besluitvorming zonder uitleg van de logica',
    fr: 'Décision automatisée sans explication de la logique',
    en: 'Automated decisions without the logic explained',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      !activity.automatedDecisions.used || activity.automatedDecisions.logic !== undefined
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.automatedDecisions.logic`,
              message: {
                nl: `${name.nl} neemt geautomatiseerde beslissingen, maar de onderliggende logica is niet beschreven. Betrokkenen moeten daarover nuttige informatie krijgen (art. 13.2.f, 14.2.g en 22 AVG).`,
                fr: `${name.fr} prend des décisions automatisées, mais la logique sous-jacente n'est pas décrite. Les personnes concernées doivent recevoir des informations utiles à ce sujet (art. 13.2.f, 14.2.g et 22 RGPD).`,
                en: `${name.en} makes automated decisions, but the logic involved is not described. Data subjects must receive meaningful information about it (Art. 13(2)(f), 14(2)(g) and 22 GDPR).`,
              },
              fix: {
                nl: 'Beschrijf in eenvoudige woorden hoe de beslissing tot stand komt en welke gevolgen ze voor de betrokkene kan hebben.',
                fr: 'Décrivez en termes simples comment la décision est prise et quelles conséquences elle peut avoir pour la personne concernée.',
                en: 'Describe in plain words how the decision is reached and what consequences it can have for the data subject.',
              },
            },
          ],
    ),
}
