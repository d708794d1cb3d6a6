import { defineConfig } from 'vitest/config'

const dbTests = ['server/test/**/*.test.ts']
/** Connector targets of the tests (PostgreSQL, MariaDB, the fake SaaS) are all on this machine. */
const CUSTOS_CONNECTOR_ALLOW = '127.0.0.1,::1,localhost'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // The web UI's pure logic (routes, errors, drafts) runs here too: no DOM, no server.
          include: ['server/src/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
          // Property tests run hundreds of cases; 5 s was too tight when the two cores are shared.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db-pglite',
          include: dbTests,
          environment: 'node',
          env: { CUSTOS_TEST_DATABASE: 'pglite', CUSTOS_CONNECTOR_ALLOW },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'db-postgres',
          include: dbTests,
          environment: 'node',
          env: { CUSTOS_TEST_DATABASE: 'postgres', CUSTOS_CONNECTOR_ALLOW },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          env: { CUSTOS_CONNECTOR_ALLOW },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
