import type { ResolvedRegister } from '../resolve'
import type { RegisterDocument } from '../schema'
import type { RuleDefinition } from './rule'
import { perLanguage, quote, quotedText } from './wording'

/** The first activity that uses each vendor, through one of its systems or as a recipient. */
function firstUserOfVendor(
  doc: RegisterDocument,
  resolved: ResolvedRegister,
): Map<string, RegisterDocument['activities'][number]> {
  const users = new Map<string, RegisterDocument['activities'][number]>()
  for (const activity of doc.activities) {
    const vendors = [
      ...activity.systems.map((key) => resolved.system(key)?.vendor),
      ...activity.recipients.map((r) => r.vendor),
    ]
    for (const key of vendors) if (key !== undefined && !users.has(key)) users.set(key, activity)
  }
  return users
}

/** Art. 28(3): a processor works under a signed data processing agreement. */
export const processorWithoutDpa: RuleDefinition = {
  id: 'vendor.processor-without-dpa',
  severity: 'error',
  title: {
    nl: 'Verwerker zonder verwerkersovereenkomst',
    fr: 'Sous-traitant sans contrat de sous-traitance',
    en: 'Processor without a processing agreement',
  },
  check: (doc, resolved) => {
    const users = firstUserOfVendor(doc, resolved)
    return doc.vendors.flatMap((vendor, i) => {
      const activity = users.get(vendor.key)
      if (activity === undefined || vendor.dpa.signed) return []
      if (vendor.role !== 'processor' && vendor.role !== 'sub_processor') return []
      const v = perLanguage((l) => quote(l, vendor.name))
      const n = quotedText(activity.name, activity.key)
      const sub = vendor.role === 'sub_processor'
      return [
        {
          object: { type: 'vendor' as const, key: vendor.key },
          path: `vendors.${i}.dpa.signed`,
          message: {
            nl: `De leverancier ${v.nl} is ${sub ? 'subverwerker' : 'verwerker'} voor onder meer ${n.nl}, maar er is geen ondertekende verwerkersovereenkomst geregistreerd (art. 28.3 AVG).`,
            fr: `Le fournisseur ${v.fr} est ${sub ? 'sous-traitant ultérieur' : 'sous-traitant'}, notamment pour ${n.fr}, mais aucun contrat de sous-traitance signé n'est enregistré (art. 28.3 RGPD).`,
            en: `The vendor ${v.en} is a ${sub ? 'sub-processor' : 'processor'} for ${n.en} among others, but no signed data processing agreement is recorded (Art. 28(3) GDPR).`,
          },
          fix: {
            nl: `Sluit een verwerkersovereenkomst met ${v.nl} (vaak de standaardovereenkomst of "DPA" van de leverancier), bewaar ze en duid aan dat ze ondertekend is.`,
            fr: `Concluez un contrat de sous-traitance avec ${v.fr} (souvent le contrat type ou « DPA » du fournisseur), conservez-le et indiquez qu'il est signé.`,
            en: `Conclude a data processing agreement with ${v.en} (often the vendor's standard DPA), keep it and mark it as signed.`,
          },
        },
      ]
    })
  },
}

export const dpaWithoutDate: RuleDefinition = {
  id: 'vendor.dpa-without-date',
  severity: 'warning',
  title: {
    nl: 'Verwerkersovereenkomst zonder datum',
    fr: 'Contrat de sous-traitance sans date',
    en: 'Processing agreement without a date',
  },
  check: (doc) =>
    doc.vendors.flatMap((vendor, i) => {
      if (!vendor.dpa.signed || vendor.dpa.date !== undefined) return []
      const v = perLanguage((l) => quote(l, vendor.name))
      return [
        {
          object: { type: 'vendor' as const, key: vendor.key },
          path: `vendors.${i}.dpa.date`,
          message: {
            nl: `De verwerkersovereenkomst met ${v.nl} is ondertekend, maar de datum ontbreekt (art. 28.3 AVG).`,
            fr: `Le contrat de sous-traitance avec ${v.fr} est signé, mais sa date manque (art. 28.3 RGPD).`,
            en: `The data processing agreement with ${v.en} is signed, but its date is missing (Art. 28(3) GDPR).`,
          },
          fix: {
            nl: 'Vul de datum van ondertekening in, zodat u kunt aantonen sinds wanneer de overeenkomst geldt (art. 5.2 AVG).',
            fr: "Indiquez la date de signature, afin de pouvoir démontrer depuis quand le contrat s'applique (art. 5.2 RGPD).",
            en: 'Enter the signature date, so you can show since when the agreement applies (Art. 5(2) GDPR).',
          },
        },
      ]
    }),
}
