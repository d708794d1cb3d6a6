import { defineConfig } from 'vitest/config'

const dbTests = ['server/test/**/*.test.ts']

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts'],
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
          env: { CUSTOS_TEST_DATABASE: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'db-postgres',
          include: dbTests,
          environment: 'node',
          env: { CUSTOS_TEST_DATABASE: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
