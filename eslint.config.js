// Lint where code may run (house style, after Signal Desktop): shared/ is pure, renderer/
// never reaches node, electron or the database, and only the Electron entry points import
// electron. Type-checked typescript-eslint rules everywhere.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Every module Node has, from Node itself (a hand-kept list let a bare `buffer` through).
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_'));
const escaped = NODE_BUILTINS.map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
const nodeImports = {
  // Matched on the whole name, so `../domain/x` is ours while `domain` or `fs/promises` is Node's.
  regex: `^(node:.*|(${escaped.join('|')})(/.*)?)$`,
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

// Which way imports go between the back end's layers (issue 20): the database layer knows
// only shared/; the rules in shared/metrics and shared/time know nothing of the API contract
// (it is built on them, not they on it); the reports know queries and rules, never a domain's
// handlers. scripts/eslint-boundaries.test.ts plants an import against each and sees it fail.
const sharedOnly = {
  group: [
    '**/electron/**',
    '**/renderer/**',
    '**/server/**',
    '**/test/**',
    '**/cli/**',
    '**/bench/**',
  ],
  message:
    'db/ imports only shared/ (and its own files): the back end calls the database, not the other way.',
};
const noContract = {
  group: ['../api', '../api/*', '**/shared/api', '**/shared/api/*'],
  message:
    'shared/metrics and shared/time hold the rules the contract is built on: they import nothing from shared/api.',
};
const noHandlers = {
  // A domain's handlers: electron/api/<domain>/handlers.ts and its <part>-handlers.ts files.
  group: ['**/api/handlers', '**/api/*/handlers', '**/api/*/*-handlers'],
  message: 'Reports import queries and rules, never a domain’s handlers.',
};
// The renderer reaches the back end only through its API client (issue 20): there every
// call's refusal is heard, so a locked or ended session shows at once whichever screen's call
// found it, not at the next heartbeat.
const throughTheClient = 'Call the back end with callApi from renderer/src/api/client.ts.';
const rendererBackEndCalls = [
  {
    selector: "MemberExpression[object.name='api'][property.name='call']",
    message: throughTheClient,
  },
  {
    selector: "MemberExpression[object.name='window'][property.name='councilContact']",
    message: throughTheClient,
  },
  { selector: "CallExpression[callee.name='fetch']", message: throughTheClient },
  { selector: "NewExpression[callee.name='EventSource']", message: throughTheClient },
];
const noServer = {
  group: ['**/server', '**/server/**'],
  message:
    'The desk reaches the council server over HTTP, never by importing its code (tests may, to start one).',
};
const sharedPatterns = [
  nodeImports,
  dbImports,
  {
    group: ['react', 'react-dom', 'react-dom/*', '**/renderer/**', '**/electron/**'],
    message: 'shared/ is pure TypeScript used by every side.',
  },
];

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
      'no-restricted-imports': ['error', { paths: [electronModule], patterns: sharedPatterns }],
    },
  },
  {
    files: ['shared/metrics/**/*.ts', 'shared/time/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronModule], patterns: [...sharedPatterns, noContract] },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule], patterns: [sharedOnly] }],
    },
  },
  {
    // The council server (issue 21) runs with no desk: Node, shared/ rules and db/ types only.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'The council server never imports the desk app (electron/, renderer/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.support.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noServer] }] },
  },
  {
    files: ['electron/reports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronModule], patterns: [noHandlers, noServer] },
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
      'no-restricted-syntax': ['error', ...rendererBackEndCalls],
    },
  },
  {
    files: ['renderer/src/api/client.ts'],
    rules: { 'no-restricted-syntax': 'off' },
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
