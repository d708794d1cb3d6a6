import { isInEea, transferLeavesEea } from '../countries'
import { LANGUAGES, type Labels, textIn } from '../localized'
import type { RuleDefinition } from './rule'
import { destinations } from './transfers'
import { activityObject, eachActivity, listIn, perLanguage, quote } from './wording'

/**
 * Rules on what the register states for the privacy notice: a register with nothing in it, an activity without
 * recipients, an authorisation that names no law, and a "no transfers" statement the register contradicts.
 */

/** Art. 30(1): a register without processing activities records nothing, and its notice can tell nothing. */
export const registerEmpty: RuleDefinition = {
  id: 'register.no-activities',
  severity: 'error',
  title: {
    nl: 'Geen verwerkingsactiviteiten',
    fr: 'Aucune activité de traitement',
    en: 'No processing activities',
  },
  check: (doc) =>
    doc.activities.length > 0
      ? []
      : [
          {
            object: { type: 'organization', key: null },
            path: 'activities',
            message: {
              nl: `Het register van ${doc.organization.name} bevat geen enkele verwerkingsactiviteit (art. 30.1 AVG). De privacyverklaring kan dan niets vertellen over wat u met persoonsgegevens doet.`,
              fr: `Le registre de ${doc.organization.name} ne contient aucune activité de traitement (art. 30.1 RGPD). La déclaration de confidentialité ne peut alors rien dire de ce que vous faites des données personnelles.`,
              en: `The register of ${doc.organization.name} holds no processing activity (Art. 30(1) GDPR). The privacy notice can then say nothing about what you do with personal data.`,
            },
            fix: {
              nl: 'Voeg uw verwerkingsactiviteiten toe, bv. klantenbeheer, facturatie, personeelsadministratie.',
              fr: 'Ajoutez vos activités de traitement, p. ex. gestion de la clientèle, facturation, administration du personnel.',
              en: 'Add your processing activities, e.g. client management, invoicing, personnel administration.',
            },
          },
        ],
}

/** Art. 13(1)(e) and 30(1)(d): the recipients; an empty list cannot be told apart from "not filled in". */
export const activityWithoutRecipients: RuleDefinition = {
  id: 'activity.no-recipients',
  severity: 'warning',
  title: { nl: 'Geen ontvangers', fr: 'Aucun destinataire', en: 'No recipients' },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) =>
      activity.status === 'ended' || activity.recipients.length > 0
        ? []
        : [
            {
              object: activityObject(activity),
              path: `activities.${i}.recipients`,
              message: {
                nl: `Voor ${name.nl} zijn geen ontvangers vermeld (art. 13.1.e en 30.1.d AVG). Bijna elke verwerking heeft er: een IT-leverancier, een boekhouder, een overheid. De privacyverklaring zegt dan niets over met wie u de gegevens deelt.`,
                fr: `Aucun destinataire n'est indiqué pour ${name.fr} (art. 13.1.e et 30.1.d RGPD). Presque tout traitement en a : un prestataire informatique, un comptable, une autorité. La déclaration de confidentialité ne dit alors rien de ceux avec qui vous partagez les données.`,
                en: `No recipients are recorded for ${name.en} (Art. 13(1)(e) and 30(1)(d) GDPR). Almost every processing has some: an IT provider, an accountant, an authority. The privacy notice then says nothing about whom you share the data with.`,
              },
              fix: {
                nl: 'Voeg de ontvangers of categorieën van ontvangers toe, ook uw verwerkers (IT-, hosting- en softwareleveranciers).',
                fr: 'Ajoutez les destinataires ou catégories de destinataires, y compris vos sous-traitants (prestataires informatiques, hébergeurs, éditeurs de logiciels).',
                en: 'Add the recipients or categories of recipients, including your processors (IT, hosting and software providers).',
              },
            },
          ],
    ),
}

/** A legal reference: a number (article, date, law number) or the word for a law or decree. */
const LEGAL_REFERENCE =
  /\d|\b(wet|wetboek|decreet|ordonnantie|besluit|KB|loi|code|décret|ordonnance|arrêté|AR|law|act|decree|order|art)\b/i

/** Law of 8 August 1983, art. 8: the authorisation must be a law or a decision that can be cited. */
export const authorisationWithoutReference: RuleDefinition = {
  id: 'activity.authorisation-without-legal-reference',
  severity: 'warning',
  title: {
    nl: 'Machtiging zonder wettelijke verwijzing',
    fr: 'Habilitation sans référence légale',
    en: 'Authorisation without a legal reference',
  },
  check: (doc) =>
    eachActivity(doc.activities, (activity, i, name) => {
      const given = activity.nationalNumberAuthorisation
      if (given === undefined || LANGUAGES.every((l) => LEGAL_REFERENCE.test(textIn(given, l) ?? '')))
        return []
      const text = perLanguage((l) => quote(l, textIn(given, l) ?? ''))
      return [
        {
          object: activityObject(activity),
          path: `activities.${i}.nationalNumberAuthorisation`,
          message: {
            nl: `De machtiging voor het rijksregisternummer van ${name.nl} (${text.nl}) noemt geen wet, besluit of artikel. De privacyverklaring zou die tekst als rechtsgrond tonen (wet van 8 augustus 1983, art. 8).`,
            fr: `L'habilitation relative au numéro de registre national de ${name.fr} (${text.fr}) ne cite aucune loi, aucun arrêté ni article. La déclaration de confidentialité présenterait ce texte comme base légale (loi du 8 août 1983, art. 8).`,
            en: `The national-register-number authorisation of ${name.en} (${text.en}) names no law, decree or article. The privacy notice would show that text as the legal ground (Law of 8 August 1983, art. 8).`,
          },
          fix: {
            nl: 'Vermeld de wet en het artikel, bv. "wet van 18 september 2017, art. 26".',
            fr: "Indiquez la loi et l'article, p. ex. « loi du 18 septembre 2017, art. 26 ».",
            en: 'Name the law and the article, e.g. "Law of 18 September 2017, art. 26".',
          },
        },
      ]
    }),
}

/** A transfer to a country outside the EEA that the register does not know (no country code). */
const UNKNOWN = '?'
const UNKNOWN_NAME: Labels = {
  nl: 'een land dat niet bekend is',
  fr: 'un pays inconnu',
  en: 'a country not known',
}

/** notice.transfersOutsideEea: none is a statement in the notice; a transfer or a system outside the EEA belies it. */
export const noTransfersContradicted: RuleDefinition = {
  id: 'notice.no-transfers-contradicted',
  severity: 'error',
  title: {
    nl: '"Geen doorgifte buiten de EER" klopt niet',
    fr: "« Aucun transfert hors de l'EEE » est inexact",
    en: '"No transfers outside the EEA" is not true',
  },
  check: (doc, resolved) => {
    if (doc.notice.transfersOutsideEea !== 'none') return []
    const countries = new Set<string>()
    doc.activities.forEach((activity, i) => {
      if (activity.status === 'ended') return
      for (const t of activity.transfers) if (transferLeavesEea(t)) countries.add(t.country ?? UNKNOWN)
      for (const d of destinations(activity, i, resolved)) countries.add(d.country)
    })
    for (const cookie of doc.notice.cookies ?? [])
      if (cookie.party === 'third' && cookie.country !== undefined && !isInEea(cookie.country))
        countries.add(cookie.country)
    if (countries.size === 0) return []
    const list = perLanguage((l) =>
      listIn(
        l,
        [...countries].sort().map((c) => (c === UNKNOWN ? UNKNOWN_NAME[l] : c)),
      ),
    )
    return [
      {
        object: { type: 'organization', key: null },
        path: 'notice.transfersOutsideEea',
        message: {
          nl: `Het register van ${doc.organization.name} zegt dat geen persoonsgegevens de Europese Economische Ruimte verlaten, maar systemen, leveranciers, doorgiften of cookies van derden gaan naar landen buiten de EER (${list.nl}). De privacyverklaring zou iets onjuists beweren (art. 13.1.f AVG).`,
          fr: `Le registre de ${doc.organization.name} indique qu'aucune donnée personnelle ne quitte l'Espace économique européen, mais des systèmes, fournisseurs, transferts ou cookies de tiers mènent hors de l'EEE (${list.fr}). La déclaration de confidentialité affirmerait quelque chose d'inexact (art. 13.1.f RGPD).`,
          en: `The register of ${doc.organization.name} says no personal data leave the European Economic Area, but systems, vendors, transfers or third-party cookies lead outside the EEA (${list.en}). The privacy notice would state something untrue (Art. 13(1)(f) GDPR).`,
        },
        fix: {
          nl: 'Zet "doorgifte buiten de EER" op "some" en registreer elke doorgifte met haar waarborg, of kies systemen en leveranciers binnen de EER.',
          fr: "Réglez « transferts hors de l'EEE » sur « some » et enregistrez chaque transfert avec sa garantie, ou choisissez des systèmes et fournisseurs situés dans l'EEE.",
          en: 'Set "transfers outside the EEA" to "some" and record each transfer with its safeguard, or choose systems and vendors inside the EEA.',
        },
      },
    ]
  },
}
