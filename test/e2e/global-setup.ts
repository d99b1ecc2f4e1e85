// Once per run: a migrated data folder with the demo council (as `npm run web -- --demo`) that every journey's host starts from a
// copy of (host.ts), instead of each one migrating, seeding and hashing four passwords at
// OWASP's cost. The journeys run the built host (out/main/web-cli.js, made by
// `electron-vite build` before Playwright in `npm test`), as `npm run web` does.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../db/open';
import { cheapenDemoPasswords } from '../support/demo-passwords';
import { BUILT_HOST, launchHost, stopHost, TEMPLATE_ENV } from './host';

export default async function globalSetup(): Promise<void> {
  for (const built of [BUILT_HOST, 'out/renderer/index.html'])
    if (!existsSync(built))
      throw new Error(`${built} is missing: run \`npx electron-vite build\` before the journeys.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-e2e-template-'));
  // Seeded before any journey's day, so nothing a journey counts predates the council.
  const { child } = await launchHost(dataDir, {
    COUNCIL_CONTACT_CLOCK: '2026-01-05T09:00:00Z',
    COUNCIL_CONTACT_DEMO: '1',
  });
  await stopHost(child); // the host checkpoints the log into the file as it closes
  const file = join(dataDir, DATABASE_FILE_NAME);
  await cheapenDemoPasswords(file);
  process.env[TEMPLATE_ENV] = file; // Playwright's workers inherit the setup's environment
}
