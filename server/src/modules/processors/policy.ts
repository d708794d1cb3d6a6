import { defineActions } from '../../auth/policy'

/**
 * Processors, agreements and sub-processors: part of the register's record keeping (Art. 28, 30), so they rest
 * on the register scopes - reading on register:read, changing (and announcing a sub-processor change) on
 * register:write.
 */
export const processorActions = defineActions('processor', {
  read: 'register:read',
  write: 'register:write',
  announce: 'register:write',
  /** Returning or destroying a client's data runs the connectors on the systems: as a dataset change does. */
  'end-contract': 'connectors:write',
})
