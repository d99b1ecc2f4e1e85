// Packaging itself needs the Electron download, which our build machines cannot reach, so
// this checks what can be checked here: electron-builder loads our configuration and its own
// schema accepts it, nothing native is rebuilt, the SQLite binding stays outside the asar,
// and the fuses of Electron's security checklist are set.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder's own loader and schema check (app-builder-lib is its implementation).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (
    projectDir: string,
    configPath: string,
    options: null,
  ) => Promise<Record<string, unknown>>;
  validateConfiguration: (config: unknown, logger: object) => Promise<void>;
};
const quietLogger = { add() {}, isEnabled: false };

describe('the packaging configuration', () => {
  it('loads through electron-builder and passes its schema', async () => {
    const config = await getConfig(process.cwd(), 'build/electron-builder.yml', null);
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    expect(config).toMatchObject({
      appId: 'uk.gov.council-contact',
      npmRebuild: false,
      asarUnpack: ['node_modules/better-sqlite3/**'],
      electronFuses: {
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
      },
    });
  });

  it('is refused by the same schema check when a setting is wrong', async () => {
    await expect(
      validateConfiguration({ electronFuses: { runAsNodes: false } }, quietLogger),
    ).rejects.toThrow(/electronFuses/);
  });
});
