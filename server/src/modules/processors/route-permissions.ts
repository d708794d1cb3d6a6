import { permissions } from '../../auth/policy'
import { processorActions } from './policy'

/** What the caller may do on the processors pages (the `can` of the answers). */
export function grantedProcessorActions(grant: Parameters<typeof permissions>[0]) {
  return permissions(grant, {
    write: processorActions.write,
    announce: processorActions.announce,
    endContract: processorActions['end-contract'],
  })
}
