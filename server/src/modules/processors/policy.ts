import { defineActions } from '../../auth/policy'

/**
 * Processors, agreements and sub-processors: part of the register's record keeping (Art. 28, 30), with scopes of
 * their own (decision 0058) held by the roles that hold the register scopes - reading on processors:read, changing
 * (and announcing a sub-processor change) on processors:write.
 */
export const processorActions = defineActions('processor', {
  read: 'processors:read',
  write: 'processors:write',
  announce: 'processors:write',
  /** Returning or destroying a client's data runs the connectors on the systems: as a dataset change does. */
  'end-contract': 'connectors:write',
})
