// The import boundaries the linter holds (issue 20), each shown failing on a planted import and
// passing on a legitimate one. The planted files exist only as text handed to ESLint; the
// type-checked rules are switched off for them, as they are not in any tsconfig.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    {
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  ],
});

async function restrictedImports(filePath: string, from: string): Promise<string[]> {
  const code = `import * as planted from '${from}';\nexport const used = planted;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the linter holds the import boundaries', () => {
  it.each([
    [
      'db/ imports only shared/',
      'db/queries/planted.ts',
      '../../electron/api/backend',
      /db\/ imports only shared/,
    ],
    [
      'db/ never reaches the council server',
      'db/queries/planted.ts',
      '../../server/app',
      /db\/ imports only shared/,
    ],
    [
      'db/ never reaches the renderer',
      'db/planted.ts',
      '../renderer/src/format',
      /db\/ imports only shared/,
    ],
    [
      'shared/metrics knows nothing of the contract',
      'shared/metrics/planted.ts',
      '../api/stats',
      /import nothing from shared\/api/,
    ],
    [
      'shared/time knows nothing of the contract',
      'shared/time/planted.ts',
      '../api/common',
      /import nothing from shared\/api/,
    ],
    [
      'reports never import handlers',
      'electron/reports/planted.ts',
      '../api/contacts/handlers',
      /never a domain’s handlers/,
    ],
    [
      'reports never import a part of a domain’s handlers',
      'electron/reports/planted.ts',
      '../api/queue/desk-handlers',
      /never a domain’s handlers/,
    ],
    [
      'the desk never imports the council server',
      'electron/sync/planted.ts',
      '../../server/app',
      /never by importing its code/,
    ],
    [
      'the reports never import the council server',
      'electron/reports/planted.ts',
      '../../server/sync/pull',
      /never by importing its code/,
    ],
    [
      'shared/ has no Node module, a bare one included',
      'shared/domain/planted.ts',
      'buffer',
      /Node APIs run only/,
    ],
    ['the renderer has no Node module', 'renderer/src/planted.ts', 'node:fs', /Node APIs run only/],
  ])('%s', async (_rule, file, from, message) => {
    const found = await restrictedImports(file, from);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it.each([
    ['db/ uses shared/', 'db/queries/planted.ts', '../../shared/time/london'],
    ['shared/metrics uses the domain', 'shared/metrics/planted.ts', '../domain/channels'],
    ['reports use queries', 'electron/reports/planted.ts', '../../db/queries/contacts'],
    ['the back end uses Node', 'electron/api/planted.ts', 'node:fs'],
  ])('lets through: %s', async (_rule, file, from) => {
    expect(await restrictedImports(file, from)).toEqual([]);
  });
});

async function restrictedSyntax(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the renderer calls the back end only through its API client', () => {
  it.each([
    [
      'a direct api.call',
      "declare const api: any;\nexport const p = api.call('auth.session', {});\n",
    ],
    ['the preload bridge', "export const p = window.councilContact?.invoke('auth.session', {});\n"],
    ['HTTP to the host', "export const p = fetch('/api/call/auth.session');\n"],
    ['the event stream', "export const p = new EventSource('/api/events');\n"],
  ])('refuses %s in a screen', async (_what, code) => {
    const found = await restrictedSyntax('renderer/src/screens/Planted.tsx', code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/callApi from renderer\/src\/api\/client\.ts/);
  });

  it('lets a screen use callApi, and the client use its transports', async () => {
    const viaClient =
      "declare const callApi: any;\nexport const p = callApi('auth.session', {});\n";
    expect(await restrictedSyntax('renderer/src/screens/Planted.tsx', viaClient)).toEqual([]);
    const transport = "declare const api: any;\nexport const p = api.call('auth.session', {});\n";
    expect(await restrictedSyntax('renderer/src/api/client.ts', transport)).toEqual([]);
  });
});
