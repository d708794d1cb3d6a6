import { defineActions, type Grant, permissions } from '../../auth/policy'

/**
 * Data subject requests. `handle` covers the work on a request (assignment, notes, tasks, the workflow actions
 * its status allows); the connector runs are separate actions by what they do to the organisation's systems:
 * `run` only reads (access, portability, and every dry run), `erase` deletes or anonymises, `rectify` corrects
 * or restricts.
 */
export const requestActions = defineActions('request', {
  read: 'requests:read',
  create: 'requests:write',
  handle: 'requests:write',
  run: 'requests:write',
  erase: 'requests:write',
  rectify: 'requests:write',
})

/** What the caller may do on a request shown to them (the workflow actions its status allows are separate). */
export function requestPermissions(grant: Grant) {
  return permissions(grant, {
    handle: requestActions.handle,
    run: requestActions.run,
    erase: requestActions.erase,
    rectify: requestActions.rectify,
  })
}
