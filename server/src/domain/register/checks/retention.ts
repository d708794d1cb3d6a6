import type { RuleDefinition } from './rule'
import { quotedText } from './wording'

/**
 * Art. 13(2)(a): a period without a number ("for the statutory period") is a truthful answer only when the notice
 * can name the statute that sets it; erasure keeps the rows it covers with no end date.
 */
export const statutoryPeriodWithoutStatute: RuleDefinition = {
  id: 'retention.statutory-period-without-statute',
  severity: 'warning',
  title: {
    nl: 'Wettelijke bewaartermijn zonder wet',
    fr: 'Durée légale sans loi',
    en: 'Statutory period without a statute',
  },
  check: (doc) =>
    doc.retentionRules.flatMap((rule, i) => {
      if (rule.openEnd !== 'statutory_period' || rule.statutoryReference !== undefined) return []
      const name = quotedText(rule.name, rule.key)
      return [
        {
          object: { type: 'retention_rule', key: rule.key },
          path: `retentionRules.${i}.statutoryReference`,
          message: {
            nl: `De bewaarregel ${name.nl} zegt "de wettelijke bewaartermijn" zonder getal en zonder de wet die hem oplegt. De privacyverklaring kan de betrokkene dan niet vertellen hoe lang dat is (art. 13.2.a AVG), en bij wissen blijven de rijen bewaard zonder einddatum.`,
            fr: `La règle de conservation ${name.fr} indique « la durée légale » sans chiffre ni loi qui l'impose. La déclaration de confidentialité ne peut alors pas dire à la personne concernée de quelle durée il s'agit (art. 13.2.a RGPD), et lors d'un effacement les lignes sont conservées sans date de fin.`,
            en: `The retention rule ${name.en} says "the statutory period" with no number and no statute that sets it. The privacy notice then cannot tell the data subject how long that is (Art. 13(2)(a) GDPR), and erasure keeps the rows with no end date.`,
          },
          fix: {
            nl: 'Vermeld de wet en het artikel (bv. "Wetboek van economisch recht, art. III.86"), of geef de termijn in jaren als u hem kent.',
            fr: "Indiquez la loi et l'article (p. ex. « Code de droit économique, art. III.86 »), ou donnez la durée en années si vous la connaissez.",
            en: 'Name the statute and article (e.g. "Code of Economic Law, Art. III.86"), or give the period in years if you know it.',
          },
        },
      ]
    }),
}
