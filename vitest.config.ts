import { defineConfig } from 'vitest/config'

const dbTests = ['server/test/**/*.test.ts']
/**
 * Test files under server/test that open no database: they read example files and run the CLI's offline commands.
 * They run once, in db-pglite; running them again with CUSTOS_TEST_DATABASE=postgres would test the same thing.
 */
const databaseIndependentTests = [
  'server/test/examples.test.ts',
  'server/test/example-notices.test.ts',
  'server/test/notice-cli.test.ts',
]
/**
 * Two test files at a time on CI's two cores: every database test file has its own database (PGlite in memory or a
 * fresh PostgreSQL/MariaDB database) and its own ports, so files never share state, and a file mostly waits on a
 * database, a child process or a socket. Vitest's default (cores - 1) ran them one by one. The unit and db-pglite
 * projects share a run in CI's Node 24 pass, and Vitest requires projects run together to agree on this number.
 */
const TEST_FILES_AT_ONCE = 2
/** Connector targets of the tests (PostgreSQL, MariaDB, the fake SaaS) are all on this machine. */
const CUSTOS_CONNECTOR_ALLOW = '127.0.0.1,::1,localhost'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers: TEST_FILES_AT_ONCE,
          // The web UI's pure logic (routes, errors, drafts) and the repository's check scripts run here too: no
          // DOM, no server.
          include: ['server/src/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Property tests run hundreds of cases; 5 s was too tight when the two cores are shared.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db-pglite',
          maxWorkers: TEST_FILES_AT_ONCE,
          // Files of a worker share loaded modules; each file has its own database and context (decision 0083).
          isolate: false,
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
          maxWorkers: TEST_FILES_AT_ONCE,
          // Files of a worker share loaded modules; each file has its own database and context (decision 0083).
          isolate: false,
          include: dbTests,
          exclude: databaseIndependentTests,
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
          globalSetup: ['e2e/support/set-up-template.ts'],
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
