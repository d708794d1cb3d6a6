import { ConnectorGuard } from '../../src/connectors/network/target-guard'
import { parseAllowList } from '../../src/domain/connector-allow-list'

/**
 * What the tests let connectors reach: the PostgreSQL and MariaDB test servers and the fake SaaS, all on this
 * machine. vitest.config.ts sets the same list as CUSTOS_CONNECTOR_ALLOW for the processes tests start.
 */
export const TEST_CONNECTOR_ALLOW = '127.0.0.1,::1,localhost'

const silent = { warn: () => {} }

/** A guard with the tests' allow-list for drivers opened directly (no application context). */
export function testConnectorGuard(): ConnectorGuard {
  return new ConnectorGuard({ allow: parseAllowList(TEST_CONNECTOR_ALLOW), own: {}, logger: silent })
}
