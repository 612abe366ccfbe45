import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchPage } from '../helpers/browser';
import { exitOf, ROOT, run, spawnServer } from '../helpers/processes';

// End to end in a real headless Chromium (Debian's; playwright-core never downloads one): a
// real ./server with its HTTP port, the status page, its live tail over /ws through the
// browser build of the client library, and messages SET by ./client.

const ARTIFACTS = join(ROOT, 'test-artifacts');

let closeBrowser: (() => Promise<void>) | undefined;
let browser: BrowserContext;
let server: ChildProcess | undefined;
let page: Page;
/** Every URL the page asked for, and everything it complained about. */
let requested: string[];
let complaints: string[];

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
}, 60_000);

afterAll(() => closeBrowser?.());

afterEach(async () => {
  await page?.close();
  server?.kill('SIGTERM');
  if (server) await exitOf(server);
  server = undefined;
});

/** ./server with --http-port 0: its protocol port and the status page's address. */
async function startServer(): Promise<{ port: number; url: string }> {
  const started = await spawnServer(['--http-port', '0', '--quiet']);
  server = started.child;
  return { port: started.port, url: `http://127.0.0.1:${started.httpPort}` };
}

async function openPage(url: string): Promise<void> {
  page = await browser.newPage();
  ({ requested, complaints } = watchPage(page));
  await page.goto(url);
}

const setFromCli = async (port: number, ring: string, text: string): Promise<void> => {
  const args = ['--port', String(port), '--name', 'cli', 'set', '--ring', ring, text];
  expect(await run('client', args)).toMatchObject({ status: 0, stderr: '' });
};

const tailLines = (): Promise<string[]> => page.locator('#tail-messages li').allInnerTexts();

test('a ring chosen from the table shows its latest messages, then each message set by ./client', async () => {
  const { port, url } = await startServer();
  await setFromCli(port, 'thatring', 'already-there');
  await setFromCli(port, 'otherring', 'not-this-one');
  await openPage(url);

  await page.locator('#rings tr[data-ring="thatring"]').click();
  await page.locator('#tail-state', { hasText: 'following thatring' }).waitFor();
  expect(await tailLines()).toEqual([expect.stringMatching(/^1 {2}\S+ {2}cli {2}already-there$/)]);

  await setFromCli(port, 'thatring', 'hello-from-cli');
  await setFromCli(port, 'otherring', 'still-not-this-one');
  await page.locator('#tail-messages li', { hasText: 'hello-from-cli' }).waitFor();
  expect(await tailLines()).toEqual([
    expect.stringMatching(/^2 {2}\S+ {2}cli {2}hello-from-cli$/),
    expect.stringMatching(/already-there$/),
  ]);
  expect(await page.locator('#tail-ring').inputValue()).toBe('thatring');
  expect(await page.locator('#rings tr.tailed').getAttribute('data-ring')).toBe('thatring');

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'live-tail.png'), fullPage: true });
  // The page and its client came from the server itself, and nothing complained.
  const origin = new URL(url).host;
  expect(requested.filter((address) => new URL(address).host !== origin)).toEqual([]);
  expect(requested).toContain(`${url}/ringwire-client.js`);
  expect(complaints).toEqual([]);
}, 60_000);

test('another ring from the picker replaces the tail; (none) stops it', async () => {
  const { port, url } = await startServer();
  await setFromCli(port, 'first', 'one');
  await setFromCli(port, 'second', 'two');
  await openPage(url);

  await page.locator('#tail-ring option[value="first"]').waitFor({ state: 'attached' });
  await page.locator('#tail-ring').selectOption('first');
  await page.locator('#tail-messages li', { hasText: 'one' }).waitFor();
  await page.locator('#tail-ring').selectOption('second');
  await page.locator('#tail-state', { hasText: 'following second' }).waitFor();
  await setFromCli(port, 'first', 'unseen');
  await setFromCli(port, 'second', 'seen');
  await page.locator('#tail-messages li', { hasText: 'seen' }).first().waitFor();
  expect((await tailLines()).map((line) => line.split('  ').at(-1))).toEqual(['seen', 'two']);

  await page.locator('#tail-ring').selectOption('');
  await page.locator('#tail-state', { hasText: 'choose a ring' }).waitFor();
  expect(await tailLines()).toEqual([]);
  expect(complaints).toEqual([]);
}, 60_000);
