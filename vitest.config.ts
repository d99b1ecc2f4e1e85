import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // scrypt at OWASP parameters takes a few hundred ms per hash; sign-in tests do several.
    testTimeout: 20_000,
    pool: 'forks',
    // Projects so that only the council server's tests and the desk's sync tests start
    // PostgreSQL: Vitest runs a project's globalSetup only when that project has files to run.
    projects: [
      {
        extends: true,
        test: {
          name: 'desk',
          include: [
            'shared/**/*.test.ts',
            'db/**/*.test.ts',
            'electron/**/*.test.ts',
            'cli/**/*.test.ts',
            'scripts/**/*.test.ts',
            'renderer/**/*.test.ts',
          ],
          // The desk's sync tests push to a real council server: they run in 'sync' below.
          exclude: [
            ...configDefaults.exclude,
            'electron/sync/**',
            'scripts/sim/**',
            // The PostgreSQL twins' tests need the cluster: they run in 'sync' below.
            'db/**/*.pg.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'sync',
          include: ['electron/sync/**/*.test.ts', 'scripts/sim/**/*.test.ts', 'db/**/*.pg.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
        },
      },
    ],
  },
});
