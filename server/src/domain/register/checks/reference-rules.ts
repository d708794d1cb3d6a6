import { referencesIn } from '../references'
import { frenchTo, KIND_WORDS, TAXONOMY_KINDS } from './kinds'
import type { RuleDefinition } from './rule'
import { quote, quotedText } from './wording'

/** Every key reference must point to an entry: the catalogue or own taxonomy, or an entry of the document. */
export const unknownReference: RuleDefinition = {
  id: 'reference.unknown',
  severity: 'error',
  title: {
    nl: 'Verwijzing naar een onbekende sleutel',
    fr: 'Référence à une clé inconnue',
    en: 'Reference to an unknown key',
  },
  check: (doc, resolved) =>
    referencesIn(doc)
      .filter((ref) => !resolved.has(ref.to, ref.key))
      .map((ref) => {
        const name = quotedText(
          ref.from.kind === 'activity'
            ? resolved.activity(ref.from.key)?.name
            : resolved.system(ref.from.key)?.name,
          ref.from.key,
        )
        const from =
          ref.from.kind === 'activity'
            ? {
                nl: `De verwerkingsactiviteit ${name.nl}`,
                fr: `L'activité de traitement ${name.fr}`,
                en: `The processing activity ${name.en}`,
              }
            : { nl: `Het systeem ${name.nl}`, fr: `Le système ${name.fr}`, en: `The system ${name.en}` }
        const kind = KIND_WORDS[ref.to].the
        const inTaxonomy = TAXONOMY_KINDS.has(ref.to)
        return {
          object: { type: ref.from.kind, key: ref.from.key },
          path: ref.path,
          message: {
            nl: `${from.nl} verwijst naar ${kind.nl} met sleutel ${quote('nl', ref.key)}, maar die sleutel bestaat niet ${inTaxonomy ? 'in de ingebouwde catalogus of in uw eigen taxonomie' : 'in het register'} (art. 30 AVG).`,
            fr: `${from.fr} fait référence ${frenchTo(kind.fr)} de clé ${quote('fr', ref.key)}, mais cette clé n'existe ${inTaxonomy ? 'ni dans le catalogue intégré ni dans votre propre taxonomie' : 'pas dans le registre'} (art. 30 RGPD).`,
            en: `${from.en} refers to ${kind.en} with key ${quote('en', ref.key)}, but that key exists ${inTaxonomy ? 'neither in the built-in catalogue nor in your own taxonomy' : 'nowhere in the register'} (Art. 30 GDPR).`,
          },
          fix: {
            nl: `Corrigeer de sleutel ${quote('nl', ref.key)}, of ${inTaxonomy ? 'voeg een eigen item met die sleutel toe aan de taxonomie van het register' : 'maak in het register een item met die sleutel aan'}.`,
            fr: `Corrigez la clé ${quote('fr', ref.key)}, ou ${inTaxonomy ? 'ajoutez une entrée propre avec cette clé à la taxonomie du registre' : 'créez dans le registre une entrée avec cette clé'}.`,
            en: `Correct the key ${quote('en', ref.key)}, or ${inTaxonomy ? "add your own entry with that key to the register's taxonomy" : 'create an entry with that key in the register'}.`,
          },
        }
      }),
}
