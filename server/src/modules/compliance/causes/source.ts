import type { AppContext } from '../../../context'
import type { AutomaticCause } from '../../action-plan'
import type { Organization } from '../../organizations'

/** A cause as a source lists it: the action plan adds the organisation and the source. */
export type ListedCause = Omit<AutomaticCause, 'organizationId' | 'source'>

/**
 * One kind of cause the action plan reads from another module's public face (pull-based, decision 0051): `list`
 * answers every current cause of the organisation; the sweep opens an action per cause and closes the others.
 */
export interface CauseSource {
  source: string
  list(ctx: AppContext, org: Organization, now: Date): Promise<ListedCause[]>
}
