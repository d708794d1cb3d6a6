/** Why a reference is proposed, or why not. Shown in the review (translated there) and in the YAML comments. */
export type ReferenceReason =
  | { code: 'belongs'; person: string }
  | { code: 'part_of'; parent: string; person: string }
  | { code: 'describes'; person: string }
  | { code: 'context'; via: string }
  | { code: 'another_person'; person: string }
  | { code: 'role'; person: string }
  | { code: 'fan_out'; person: string; rows: number; others: number; other: string }
  | { code: 'handled_by'; person: string; other: string }
  | { code: 'other_owner'; person: string }
  | { code: 'leads_to_people'; person: string }
  | { code: 'not_personal' }
  | { code: 'uses_same'; target: string }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** The English sentence of a reason, for the YAML comment. */
export function reasonText(collection: string, reason: ReferenceReason): string {
  switch (reason.code) {
    case 'belongs':
      return `${collection} rows belong to a ${reason.person}: found from the ${reason.person}`
    case 'part_of':
      return `${collection} rows are part of a ${reason.parent} of the ${reason.person}: found from it`
    case 'describes':
      return `describes the ${reason.person}: read from the ${reason.person}'s row`
    case 'context':
      return `lookup data shown as context of the ${reason.via}: read, never erased`
    case 'another_person':
      return `points to another person (${reason.person}): documented, not followed`
    case 'role':
      return `names a role of a ${reason.person}, not whose row it is: not followed`
    case 'fan_out':
      return `for one sample ${reason.person} this would reach ${plural(reason.rows, 'row')} of ${reason.others} different ${reason.other} records: not followed`
    case 'handled_by':
      return `a ${reason.person} handles rows of ${reason.other} records: not followed`
    case 'other_owner':
      return `those rows belong to a ${reason.person} in their own right: not followed from here`
    case 'leads_to_people':
      return `the target refers to people (${reason.person}): not followed, it would reach other people`
    case 'not_personal':
      return 'the target holds nothing about this person: not followed'
    case 'uses_same':
      return `described so that erasure sees which ${reason.target} rows ${collection} rows use too: not followed`
  }
}
