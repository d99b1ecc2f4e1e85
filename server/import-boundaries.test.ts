// The council server stands apart from the desk app: the linter refuses an import of
// electron/ or renderer/ from server/ (a planted import fails; legitimate ones pass).
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { expect, it } from 'vitest';

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

it.each([
  ['server/planted.ts', '../electron/api/backend', /never imports the desk app/],
  ['server/db/planted.ts', '../../renderer/src/format', /never imports the desk app/],
  ['server/planted.ts', 'electron', /Only electron\/main.ts/],
])('%s may not import %s', async (file, from, message) => {
  const messages = await restrictedImports(file, from);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(message);
});

it.each([
  ['server/planted.ts', 'node:fs'],
  ['server/planted.ts', '../shared/time/calendar'],
  ['server/db/planted.ts', '../../db/schema'],
  ['server/planted.ts', './db/connect'],
])('%s may import %s', async (file, from) => {
  expect(await restrictedImports(file, from)).toEqual([]);
});
