// Lint where code may run (house style, after Signal Desktop): shared/ is pure, renderer/
// never reaches node, electron or the database, and only the Electron entry points import
// electron. Type-checked typescript-eslint rules everywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'worker_threads',
  'stream',
  'util',
  'events',
];
const nodeImports = {
  group: ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`)],
  message: 'Node APIs run only in the back end (electron/, db/).',
};
// `paths` matches the module name exactly; a pattern would also catch relative imports of
// our own electron/ folder.
const electronModule = {
  name: 'electron',
  message: 'Only electron/main.ts and electron/preload.ts import electron.',
};
const dbImports = {
  group: ['**/db/**', 'better-sqlite3', 'kysely'],
  message: 'The database is reached only through the API.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'dist/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronModule] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [
            nodeImports,
            dbImports,
            {
              group: ['react', 'react-dom', 'react-dom/*', '**/renderer/**', '**/electron/**'],
              message: 'shared/ is pure TypeScript used by every side.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [
            nodeImports,
            dbImports,
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to the back end only through the API client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'test/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Kysely migrations take Kysely<any> by design: they must not import the app's schema.
    files: ['db/migrations/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
