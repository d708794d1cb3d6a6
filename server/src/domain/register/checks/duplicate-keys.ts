import type { ReferenceTarget } from '../references'
import type { RegisterDocument } from '../schema'
import { KIND_WORDS } from './kinds'
import type { FindingDraft, RuleDefinition } from './rule'
import { quote } from './wording'

function sections(doc: RegisterDocument): [string, ReferenceTarget, readonly { key: string }[]][] {
  return [
    ['activities', 'activity', doc.activities],
    ['systems', 'system', doc.systems],
    ['vendors', 'vendor', doc.vendors],
    ['retentionRules', 'retention_rule', doc.retentionRules],
    ['measures', 'measure', doc.measures],
    ['taxonomy.dataCategories', 'data_category', doc.taxonomy.dataCategories],
    ['taxonomy.subjectCategories', 'subject_category', doc.taxonomy.subjectCategories],
    ['taxonomy.purposes', 'purpose', doc.taxonomy.purposes],
    ['taxonomy.recipientTypes', 'recipient_type', doc.taxonomy.recipientTypes],
  ]
}

/** Keys are unique per section, or a reference could mean two entries. */
export const duplicateKey: RuleDefinition = {
  id: 'register.duplicate-key',
  severity: 'error',
  title: { nl: 'Dubbele sleutel', fr: 'Clé en double', en: 'Duplicate key' },
  check: (doc) =>
    sections(doc).flatMap(([section, type, entries]) => {
      const seen = new Set<string>()
      const findings: FindingDraft[] = []
      entries.forEach((entry, index) => {
        if (!seen.has(entry.key)) {
          seen.add(entry.key)
          return
        }
        const plural = KIND_WORDS[type].plural
        findings.push({
          object: { type, key: entry.key },
          path: `${section}.${index}.key`,
          message: {
            nl: `De sleutel ${quote('nl', entry.key)} wordt meer dan eens gebruikt bij de ${plural.nl}. Een verwijzing naar die sleutel is daardoor dubbelzinnig (art. 30 AVG).`,
            fr: `La clé ${quote('fr', entry.key)} est utilisée plus d'une fois parmi les ${plural.fr}. Une référence à cette clé devient ambiguë (art. 30 RGPD).`,
            en: `The key ${quote('en', entry.key)} is used more than once among the ${plural.en}, so a reference to it is ambiguous (Art. 30 GDPR).`,
          },
          fix: {
            nl: 'Geef elk item een eigen sleutel en pas de verwijzingen ernaar aan.',
            fr: 'Donnez à chaque entrée sa propre clé et adaptez les références qui y renvoient.',
            en: 'Give each entry its own key and update the references to it.',
          },
        })
      })
      return findings
    }),
}
