import type { ReactNode } from 'react'
import { isTaxonomySegment, type Segment } from '../../../app/registerRoutes'
import type { Lookup } from '../lookup'
import type { EntryOf } from '../types'
import type { RegisterData } from '../useRegisterData'
import type { FieldsProps } from './EntryForm'
import { MeasureFields } from './MeasureFields'
import { RetentionRuleFields } from './RetentionRuleFields'
import { SystemFields } from './SystemFields'
import { TaxonomyFields } from './TaxonomyFields'
import { VendorFields } from './VendorFields'

type OtherSegment = Exclude<Segment, 'activities'>

/** What the entry form needs to know about one kind: a new entry, its name, required fields and its fields. */
export interface KindForm<S extends OtherSegment> {
  empty: () => EntryOf[S]
  nameOf: (entry: EntryOf[S], lookup: Lookup) => string
  required: (entry: EntryOf[S], lookup: Lookup) => string[]
  fields: (props: FieldsProps<EntryOf[S]>, data: RegisterData) => ReactNode
}

const taxonomyForm = <S extends 'data-categories' | 'subject-categories' | 'purposes' | 'recipient-types'>(
  segment: S,
): KindForm<S> => ({
  empty: () =>
    (segment === 'data-categories'
      ? {
          key: '',
          label: '',
          flags: { special: false, criminal: false, nationalNumber: false, financial: false },
        }
      : { key: '', label: '' }) as EntryOf[S],
  nameOf: (e, lookup) => lookup.text(e.label),
  required: (e, lookup) => (lookup.text(e.label).trim() ? [] : ['label']),
  fields: (props) => <TaxonomyFields {...props} segment={segment} />,
})

export const KIND_FORMS: { [S in OtherSegment]: KindForm<S> } = {
  systems: {
    empty: () => ({ key: '', name: '', type: 'saas', certifications: [], measures: [] }),
    nameOf: (e) => e.name,
    required: (e) => (e.name.trim() ? [] : ['name']),
    fields: (props, data) => <SystemFields {...props} data={data} />,
  },
  vendors: {
    empty: () => ({ key: '', name: '', country: 'BE', role: 'processor', dpa: { signed: false } }),
    nameOf: (e) => e.name,
    required: (e) => (e.name.trim() ? [] : ['name']),
    fields: (props, data) => <VendorFields {...props} data={data} />,
  },
  'retention-rules': {
    empty: () => ({
      key: '',
      name: '',
      duration: { years: 0, months: 0, days: 0 },
      trigger: 'end_of_contract',
      action: 'delete',
      consentRenewable: false,
    }),
    nameOf: (e, lookup) => lookup.text(e.name),
    required: (e, lookup) => (lookup.text(e.name).trim() ? [] : ['name']),
    fields: (props, data) => <RetentionRuleFields {...props} data={data} />,
  },
  measures: {
    empty: () => ({ key: '', name: '', type: 'technical' }),
    nameOf: (e, lookup) => lookup.text(e.name),
    required: (e, lookup) => (lookup.text(e.name).trim() ? [] : ['name']),
    fields: (props) => <MeasureFields {...props} />,
  },
  'data-categories': taxonomyForm('data-categories'),
  'subject-categories': taxonomyForm('subject-categories'),
  purposes: taxonomyForm('purposes'),
  'recipient-types': taxonomyForm('recipient-types'),
}

export function isOtherSegment(segment: Segment): segment is OtherSegment {
  return segment !== 'activities' || isTaxonomySegment(segment)
}
