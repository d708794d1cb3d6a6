import type { Segment } from '../../app/registerRoutes'
import type { EntryOf, RegisterDocument } from './types'

/** The entries of one kind in the register document. */
export function entriesOf<S extends Segment>(doc: RegisterDocument, segment: S): EntryOf[S][] {
  const lists: { [K in Segment]: EntryOf[K][] } = {
    activities: doc.activities,
    systems: doc.systems,
    vendors: doc.vendors,
    'retention-rules': doc.retentionRules,
    measures: doc.measures,
    'data-categories': doc.taxonomy.dataCategories,
    'subject-categories': doc.taxonomy.subjectCategories,
    purposes: doc.taxonomy.purposes,
    'recipient-types': doc.taxonomy.recipientTypes,
  }
  return lists[segment]
}

/** The segment of an object type of the register check (e.g. retention_rule -> retention-rules). */
export const SEGMENT_OF_TYPE: Record<string, Segment> = {
  activity: 'activities',
  system: 'systems',
  vendor: 'vendors',
  retention_rule: 'retention-rules',
  measure: 'measures',
  data_category: 'data-categories',
  subject_category: 'subject-categories',
  purpose: 'purposes',
  recipient_type: 'recipient-types',
}
