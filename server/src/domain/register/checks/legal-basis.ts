import type { Labels } from '../localized'
import type { ResolvedRegister } from '../resolve'
import type { Activity } from '../schema'
import type { FindingDraft, RuleDefinition } from './rule'
import { activityObject, eachActivity, perLanguage, quote } from './wording'

type Purpose = Activity['purposes'][number]

/** Runs `check` on every purpose of every activity, with the purpose's quoted label and its path. */
function eachPurpose(
  activities: readonly Activity[],
  resolved: ResolvedRegister,
  check: (purpose: Purpose, path: string, label: Labels, name: Labels, activity: Activity) => FindingDraft[],
): FindingDraft[] {
  return eachActivity(activities, (activity, i, name) =>
    activity.purposes.flatMap((purpose, j) => {
      const label = perLanguage((l) => quote(l, resolved.labelOf('purpose', purpose.purpose, l)))
      return check(purpose, `activities.${i}.purposes.${j}`, label, name, activity)
    }),
  )
}

export const noPurpose: RuleDefinition = {
  id: 'activity.no-purpose',
  severity: 'error',
  title: { nl: 'Geen doeleinde', fr: 'Aucune finalité', en: 'No purpose' },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.purposes.length > 0
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.purposes`,
              message: {
                nl: `Voor de verwerkingsactiviteit ${name.nl} is geen doeleinde opgegeven. Het register moet per activiteit de doeleinden vermelden (art. 30.1.b AVG).`,
                fr: `Aucune finalité n'est indiquée pour l'activité de traitement ${name.fr}. Le registre doit mentionner les finalités de chaque activité (art. 30.1.b RGPD).`,
                en: `No purpose is recorded for the processing activity ${name.en}. The register must state the purposes of each activity (Art. 30(1)(b) GDPR).`,
              },
              fix: {
                nl: 'Voeg minstens één doeleinde toe, met de rechtsgrond waarop het steunt.',
                fr: 'Ajoutez au moins une finalité, avec la base juridique sur laquelle elle repose.',
                en: 'Add at least one purpose, with the legal basis it relies on.',
              },
            },
          ],
    ),
}

/** Not for processor activities: the legal basis is the controller's (Art. 30(2) asks none). */
export const legalBasisMissing: RuleDefinition = {
  id: 'activity.legal-basis-missing',
  severity: 'error',
  title: { nl: 'Rechtsgrond ontbreekt', fr: 'Base juridique manquante', en: 'Legal basis missing' },
  check: (doc, resolved) =>
    eachPurpose(doc.activities, resolved, (purpose, path, label, name, activity) =>
      purpose.legalBasis !== undefined || activity.role === 'processor'
        ? []
        : [
            {
              object: activityObject(activity),
              path: `${path}.legalBasis`,
              message: {
                nl: `Het doeleinde ${label.nl} van ${name.nl} heeft geen rechtsgrond. Elke verwerking moet steunen op een van de zes rechtsgronden van art. 6.1 AVG.`,
                fr: `La finalité ${label.fr} de ${name.fr} n'a pas de base juridique. Tout traitement doit reposer sur l'une des six bases juridiques de l'art. 6.1 RGPD.`,
                en: `The purpose ${label.en} of ${name.en} has no legal basis. All processing must rest on one of the six legal bases of Art. 6(1) GDPR.`,
              },
              fix: {
                nl: 'Kies de rechtsgrond: toestemming, overeenkomst, wettelijke verplichting, vitale belangen, taak van algemeen belang of gerechtvaardigd belang.',
                fr: "Choisissez la base juridique : consentement, contrat, obligation légale, intérêts vitaux, mission d'intérêt public ou intérêt légitime.",
                en: 'Choose the legal basis: consent, contract, legal obligation, vital interests, public task or legitimate interests.',
              },
            },
          ],
    ),
}

export const legitimateInterestWithoutBalancingTest: RuleDefinition = {
  id: 'activity.legitimate-interest-without-balancing-test',
  severity: 'error',
  title: {
    nl: 'Gerechtvaardigd belang zonder belangenafweging',
    fr: 'Intérêt légitime sans mise en balance',
    en: 'Legitimate interests without a balancing test',
  },
  check: (doc, resolved) =>
    eachPurpose(doc.activities, resolved, (purpose, path, label, name, activity) =>
      purpose.legalBasis !== 'legitimate_interests' || purpose.legitimateInterest?.balancingTest !== undefined
        ? []
        : [
            {
              object: activityObject(activity),
              path: `${path}.legitimateInterest.balancingTest`,
              message: {
                nl: `Het doeleinde ${label.nl} van ${name.nl} steunt op het gerechtvaardigd belang, maar er is geen belangenafweging vastgelegd (art. 6.1.f AVG).`,
                fr: `La finalité ${label.fr} de ${name.fr} repose sur l'intérêt légitime, mais aucune mise en balance des intérêts n'est documentée (art. 6.1.f RGPD).`,
                en: `The purpose ${label.en} of ${name.en} relies on legitimate interests, but no balancing test is documented (Art. 6(1)(f) GDPR).`,
              },
              fix: {
                nl: 'Beschrijf welk belang u nastreeft en waarom het zwaarder weegt dan de belangen en rechten van de betrokkenen, en leg die afweging vast.',
                fr: "Décrivez l'intérêt poursuivi et pourquoi il l'emporte sur les intérêts et les droits des personnes concernées, et documentez cette mise en balance.",
                en: 'Describe the interest pursued and why it outweighs the interests and rights of the data subjects, and record that balancing test.',
              },
            },
          ],
    ),
}

export const legalObligationWithoutLaw: RuleDefinition = {
  id: 'activity.legal-obligation-without-law',
  severity: 'error',
  title: {
    nl: 'Wettelijke verplichting zonder wet',
    fr: 'Obligation légale sans loi',
    en: 'Legal obligation without the law',
  },
  check: (doc, resolved) =>
    eachPurpose(doc.activities, resolved, (purpose, path, label, name, activity) =>
      purpose.legalBasis !== 'legal_obligation' || purpose.legalObligation?.law !== undefined
        ? []
        : [
            {
              object: activityObject(activity),
              path: `${path}.legalObligation.law`,
              message: {
                nl: `Het doeleinde ${label.nl} van ${name.nl} steunt op een wettelijke verplichting, maar de wet is niet vermeld (art. 6.1.c en 6.3 AVG).`,
                fr: `La finalité ${label.fr} de ${name.fr} repose sur une obligation légale, mais la loi n'est pas mentionnée (art. 6.1.c et 6.3 RGPD).`,
                en: `The purpose ${label.en} of ${name.en} relies on a legal obligation, but the law is not named (Art. 6(1)(c) and 6(3) GDPR).`,
              },
              fix: {
                nl: 'Vermeld de wet en het artikel die u tot deze verwerking verplichten, bv. "WER art. III.82".',
                fr: "Indiquez la loi et l'article qui vous imposent ce traitement, p. ex. « CDE art. III.82 ».",
                en: 'Name the law and article that require this processing, e.g. "Code of Economic Law art. III.82".',
              },
            },
          ],
    ),
}

export const consentWithoutWithdrawal: RuleDefinition = {
  id: 'activity.consent-without-withdrawal',
  severity: 'error',
  title: {
    nl: 'Toestemming zonder intrekkingswijze',
    fr: 'Consentement sans modalité de retrait',
    en: 'Consent without a way to withdraw it',
  },
  check: (doc, resolved) =>
    eachPurpose(doc.activities, resolved, (purpose, path, label, name, activity) =>
      purpose.legalBasis !== 'consent' || purpose.consentWithdrawal !== undefined
        ? []
        : [
            {
              object: activityObject(activity),
              path: `${path}.consentWithdrawal`,
              message: {
                nl: `Het doeleinde ${label.nl} van ${name.nl} steunt op toestemming, maar er staat niet hoe de betrokkene die toestemming kan intrekken (art. 7.3 en 13.2.c AVG).`,
                fr: `La finalité ${label.fr} de ${name.fr} repose sur le consentement, mais la manière de le retirer n'est pas indiquée (art. 7.3 et 13.2.c RGPD).`,
                en: `The purpose ${label.en} of ${name.en} relies on consent, but it does not say how the data subject can withdraw that consent (Art. 7(3) and 13(2)(c) GDPR).`,
              },
              fix: {
                nl: 'Beschrijf hoe iemand zijn toestemming intrekt, bv. met een afmeldlink of via een e-mailadres. Intrekken moet even eenvoudig zijn als toestemming geven.',
                fr: "Décrivez comment la personne retire son consentement, p. ex. par un lien de désinscription ou une adresse e-mail. Le retrait doit être aussi simple que l'octroi.",
                en: 'Describe how a person withdraws consent, e.g. through an unsubscribe link or an email address. Withdrawing must be as easy as giving consent.',
              },
            },
          ],
    ),
}

/** Art. 20(1)(a): portability is a right only for processing based on consent or a contract. */
export const portabilityWrongBasis: RuleDefinition = {
  id: 'activity.portability-wrong-basis',
  severity: 'error',
  title: {
    nl: 'Overdraagbaarheid zonder toestemming of overeenkomst',
    fr: 'Portabilité sans consentement ni contrat',
    en: 'Portability without consent or contract',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      !activity.portability ||
      activity.role === 'processor' ||
      activity.purposes.some((p) => p.legalBasis === 'consent' || p.legalBasis === 'contract')
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.portability`,
              message: {
                nl: `Voor ${name.nl} is het recht op overdraagbaarheid aangevinkt, maar geen enkel doeleinde steunt op toestemming of een overeenkomst. Dat recht geldt alleen bij die rechtsgronden (art. 20.1.a AVG).`,
                fr: `Le droit à la portabilité est coché pour ${name.fr}, mais aucune finalité ne repose sur le consentement ou un contrat. Ce droit ne vaut que pour ces bases juridiques (art. 20.1.a RGPD).`,
                en: `The right to data portability is ticked for ${name.en}, but no purpose relies on consent or a contract. That right only applies on those legal bases (Art. 20(1)(a) GDPR).`,
              },
              fix: {
                nl: 'Vink overdraagbaarheid uit, of corrigeer de rechtsgrond als de verwerking toch op toestemming of een overeenkomst steunt.',
                fr: 'Décochez la portabilité, ou corrigez la base juridique si le traitement repose bien sur le consentement ou un contrat.',
                en: 'Untick portability, or correct the legal basis if the processing does rely on consent or a contract.',
              },
            },
          ],
    ),
}
