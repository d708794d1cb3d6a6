import type { PathErrors } from '../form/usePathErrors'
import { cleanDraft } from '../localized'
import type { Lookup } from '../lookup'
import type { Activity } from '../types'
import type { RegisterData } from '../useRegisterData'

/** An activity being edited: like the entry, but the name may still be empty. */
export type ActivityDraft = Omit<Activity, 'name'> & { name?: Activity['name'] }

/** The props every fieldset of the activity editor gets. */
export interface SectionProps {
  draft: ActivityDraft
  change: (change: Partial<ActivityDraft>) => void
  data: RegisterData
  lookup: Lookup
  errors: PathErrors
}

export function newActivity(): ActivityDraft {
  return {
    key: '',
    role: 'controller',
    jointControllers: [],
    processorFor: [],
    purposes: [],
    subjectCategories: [],
    dataCategories: [],
    recipients: [],
    transfers: [],
    automatedDecisions: { used: false, profiling: false },
    systems: [],
    retention: [],
    measures: [],
    portability: false,
    dpia: { criteria: [] },
    status: 'active',
  }
}

/** A stored activity as a draft: every list and default present, so the form can rely on them. */
export function draftOf(activity: Activity): ActivityDraft {
  return { ...newActivity(), ...activity }
}

/**
 * The body to send. Fields of the stored entry that this form does not show are kept; the lists and defaults
 * are always sent, so that saving an unchanged activity changes nothing.
 */
export function activityBody(draft: ActivityDraft): Activity {
  return cleanDraft(draft) as Activity
}

/** Whether a data category of the activity is special (Art. 9), criminal (Art. 10) or a national number. */
export function sensitivityOf(draft: ActivityDraft, lookup: Lookup) {
  const flags = (draft.dataCategories ?? []).map((d) => lookup.flagsOf(d.category))
  return {
    special: flags.some((f) => f.special),
    criminal: flags.some((f) => f.criminal),
    nationalNumber: flags.some((f) => f.nationalNumber),
  }
}
