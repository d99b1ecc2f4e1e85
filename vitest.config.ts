import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'db/**/*.test.ts',
      'electron/**/*.test.ts',
      'cli/**/*.test.ts',
      'scripts/**/*.test.ts',
      'renderer/**/*.test.ts',
    ],
    environment: 'node',
    // scrypt at OWASP parameters takes a few hundred ms per hash; sign-in tests do several.
    testTimeout: 20_000,
    pool: 'forks',
  },
});
