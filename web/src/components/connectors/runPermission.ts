import type { RequestDetail } from '../../api/types'
import type { ConnectorAction } from './runApi'

/**
 * Whether the caller may start this run on the request, from the request's `can` (the server's named actions:
 * request:run reads and every dry run, request:erase erases, request:rectify corrects or restricts).
 */
export function mayStartRun(can: RequestDetail['can'], action: ConnectorAction, dryRun: boolean): boolean {
  if (dryRun) return can.run
  switch (action) {
    case 'erasure':
      return can.erase
    case 'rectification':
    case 'restriction':
      return can.rectify
    default:
      return can.run
  }
}

/** Whether any run can be started at all: the run buttons are shown only then. */
export function mayStartAnyRun(can: RequestDetail['can']): boolean {
  return can.run || can.erase || can.rectify
}
