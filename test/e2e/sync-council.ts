// The journeys' council (issue 21): a real council server (`npm run server`'s own command, on
// an embedded PostgreSQL in a folder of its own) and browser-mode desks joined to it through
// Settings, as an administrator joins a council's PCs.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { DATABASE_FILE_NAME } from '../../db/open';
import { openFoldersToBinaries } from '../../server/embedded';
import { expect, signIn } from './fixtures';
import { launchHost, stopHost, TEMPLATE_ENV } from './host';

const run = promisify(execFile);

export interface Council {
  url: string;
  /** Stops the server and its PostgreSQL, as a council's server going down would. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  start(): Promise<void>;
  /** A one-time code for a desk at `site`, from `npm run server-admin -- enrolment-code`. */
  enrolmentCode(site?: string): Promise<string>;
  close(): Promise<void>;
  output(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A DATABASE_URL in the developer's shell must not send the journeys' server elsewhere. */
function embeddedOnly(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return env;
}

export async function startCouncil(): Promise<Council> {
  // A fresh clone may sit under a 0700 temporary folder that the server (run as root) would
  // refuse, naming it; the test opens it as the server tests' set-up does.
  openFoldersToBinaries();
  // Embedded PostgreSQL, as root, needs its data folder's parent readable by its own user.
  const parent = mkdtempSync(join(tmpdir(), 'council-server-e2e-'));
  chmodSync(parent, 0o755);
  const dataDir = join(parent, 'data');
  mkdirSync(dataDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  async function start(): Promise<void> {
    const started = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', '--port', String(port), '--data-dir', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'], env: embeddedOnly() },
    );
    child = started;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(`Server listening at ${url}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      started.stdout.on('data', onData);
      started.stderr.on('data', onData);
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
  }

  async function stop(): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    // SIGTERM: the server finishes its requests and stops its PostgreSQL before it exits.
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  }

  await start();
  return {
    url,
    start,
    stop,
    output: () => output,
    async enrolmentCode(site = 'TH') {
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'server/cli.ts',
          'enrolment-code',
          '--site',
          site,
          '--by',
          'j.smith',
          '--data-dir',
          dataDir,
        ],
        { env: embeddedOnly() },
      );
      return stdout.trim();
    },
    async close() {
      await stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

export interface Desk {
  url: string;
  dataDir: string;
  databaseFile: string;
  stop(): Promise<void>;
  close(): Promise<void>;
  output(): string;
}

async function launchDesk(dataDir: string, env: Record<string, string>): Promise<Desk> {
  const { child, url, output } = await launchHost(dataDir, env);
  return {
    url,
    dataDir,
    databaseFile: join(dataDir, DATABASE_FILE_NAME),
    output,
    stop: () => stopHost(child),
    async close() {
      await stopHost(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A browser-mode desk on a copy of the run's demo council. */
export async function startDesk(clock: string): Promise<Desk> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: global-setup.ts did not run`);
  const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-e2e-desk-'));
  cpSync(template, join(dataDir, DATABASE_FILE_NAME));
  return launchDesk(dataDir, { COUNCIL_CONTACT_CLOCK: clock });
}

/** A browser-mode desk on a new, empty data folder: a PC on its first run. */
export async function startNewPc(clock: string): Promise<Desk> {
  const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-e2e-new-pc-'));
  return launchDesk(dataDir, { COUNCIL_CONTACT_CLOCK: clock });
}

/**
 * Two desks of one council. A council's PCs share the council's lists (sites, services,
 * staff), so desk B starts as a copy of desk A's data folder: A starts on the demo council,
 * stops, and its folder is copied for B; both then start. Each desk's own records from then
 * on are its own until the council server carries them across.
 */
export async function startTwoDesks(clock: string): Promise<[Desk, Desk]> {
  const [a, b] = await startDesks(2, clock);
  return [a!, b!];
}

/**
 * `count` desks of one council, as startTwoDesks: copies of the first desk's data folder. Each
 * desk's clock is `clock`, or the one at its place in a list (a desk months ahead of another).
 */
export async function startDesks(
  count: number,
  clock: string | readonly string[],
): Promise<Desk[]> {
  const clockOf = (i: number) => (typeof clock === 'string' ? clock : clock[i]!);
  const first = await startDesk(clockOf(0));
  await first.stop(); // the host checkpoints its log into the file as it closes
  const dirs = [first.dataDir];
  for (let i = 1; i < count; i += 1) {
    const dir = mkdtempSync(join(tmpdir(), 'council-contact-e2e-desk-'));
    cpSync(first.dataDir, dir, { recursive: true });
    dirs.push(dir);
  }
  return Promise.all(dirs.map((dir, i) => launchDesk(dir, { COUNCIL_CONTACT_CLOCK: clockOf(i) })));
}

/** Opens a desk's page and signs in by keyboard. */
export async function signInOn(page: Page, desk: Desk, username: string): Promise<void> {
  await page.goto(desk.url);
  await signIn(page, username);
}

/** An administrator joins the desk through Settings' "Council server" form. */
export async function enrolThroughSettings(
  page: Page,
  council: Council,
  deskName: string,
  site?: string,
): Promise<void> {
  await page.keyboard.press('Alt+9');
  const section = page.getByRole('region', { name: 'Council server' });
  await expect(section).toContainText('keeps its records only here until it is joined');
  await section.getByLabel('Server address').fill(council.url);
  await section.getByLabel('Enrolment code').fill(await council.enrolmentCode(site));
  await section.getByLabel('Desk name').fill(deskName);
  await section.getByRole('button', { name: 'Join the council server' }).click();
  await expect(section.getByTestId('council-server-facts')).toContainText(deskName);
  await expect(page.getByTestId('sync-status')).toContainText('Online');
}

export interface TwoDesks {
  council: Council;
  deskA: Desk;
  deskB: Desk;
  /** Desk B's page, in a context of its own; desk A is on the test's own page. */
  pageB: Page;
}

/**
 * A council server and two desks, each on its own page with an administrator signed in, the
 * pages' clocks at `clock` (London, en-GB); everything is stopped after `work`, pass or fail.
 */
export async function withTwoDesks(
  page: Page,
  browser: Browser,
  clock: string,
  work: (desks: TwoDesks) => Promise<void>,
): Promise<void> {
  const council = await startCouncil();
  const [deskA, deskB] = await startTwoDesks(clock);
  const context = await browser.newContext({ timezoneId: 'Europe/London', locale: 'en-GB' });
  try {
    const pageB = await context.newPage();
    for (const p of [page, pageB]) await p.clock.setFixedTime(new Date(clock));
    await signInOn(page, deskA, 'admin');
    await signInOn(pageB, deskB, 'admin');
    await work({ council, deskA, deskB, pageB });
  } finally {
    await context.close();
    await Promise.all([deskA.close(), deskB.close()]);
    await council.close();
  }
}

/** A quick-logged telephone enquiry about `service` (Alt+Q), confirmed on screen. */
export async function quickLog(page: Page, service: string): Promise<void> {
  await page.keyboard.press('Alt+q');
  await expect(page.locator('#quick-service')).toBeFocused();
  await page.locator('#quick-service').selectOption({ label: service });
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toContainText(
    `Logged: Telephone enquiry about ${service}`,
  );
}

/**
 * A desk records a telephone contact, resolved, for a new customer, Siobhan Kowalczyk of
 * WA8 7QA, through the screens: the record both desks' journeys then look for.
 */
export async function recordForNewCustomer(page: Page): Promise<void> {
  await page.keyboard.press('Alt+1');
  const form = page.locator('form.contact-form');
  await form.getByRole('button', { name: 'New customer record' }).click();
  await form.getByLabel('First name', { exact: true }).fill('Siobhan');
  await form.getByLabel('Last name').fill('Kowalczyk');
  await form.getByLabel('Postcode', { exact: true }).fill('wa8 7qa');
  await form.getByRole('button', { name: 'Create record' }).click();
  await expect(form.getByText('Customer: Siobhan Kowalczyk, WA8 7QA')).toBeVisible();
  await page.locator('#record-channel').selectOption({ label: 'Telephone' });
  await page.locator('#record-serviceId').selectOption({ label: 'Council Tax' });
  await page.locator('#record-interactionTypeId').selectOption({ index: 1 });
  await page.locator('#record-customerTypeId').selectOption({ label: 'Citizen' });
  await page.locator('#record-outcome').selectOption({ label: 'Resolved at first contact' });
  await page.locator('#record-notes').fill('Asked about a single person discount.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.panel .confirmation')).toContainText('Saved: Telephone contact');
}

/** Another desk finds that customer, once its rounds have pulled them, and opens the record. */
export async function openOncePulled(page: Page): Promise<void> {
  await page.keyboard.press('Alt+7');
  const search = page.getByLabel('Name, postcode, phone, email or reference');
  await expect(async () => {
    await search.fill('');
    await search.fill('Kowalczyk');
    await expect(page.getByTestId('customer-result')).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Siobhan Kowalczyk' }).click();
  await expect(page.getByRole('heading', { name: 'Siobhan Kowalczyk', level: 1 })).toBeVisible();
}
