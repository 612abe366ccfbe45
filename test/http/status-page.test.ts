import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, watchPage } from '../helpers/browser';
import type { HttpServer } from '../../src/http/http-server';
import packageJson from '../../package.json';
import { ROOT } from '../helpers/processes';
import { FakeMetricsSource, startHttp } from './fake-metrics-source';

// The status page in a real headless Chromium (Debian's; playwright-core never downloads one),
// against an HttpServer reading a fake source whose figures the test changes.

const ARTIFACTS = join(ROOT, 'test-artifacts');

let closeBrowser: (() => Promise<void>) | undefined;
let browser: BrowserContext;
let source: FakeMetricsSource;
let http: HttpServer;
let url: string;
let page: Page;
/** Every URL the page asked for, and everything it complained about. */
let requested: string[];
let complaints: string[];

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
}, 60_000);

afterAll(() => closeBrowser?.());

beforeEach(async () => {
  source = new FakeMetricsSource();
  ({ http, url } = await startHttp(source));
  page = await browser.newPage();
  ({ requested, complaints } = watchPage(page));
});

afterEach(async () => {
  await page.close();
  await http.close();
});

/** The text of each cell of the ring's row. */
const ringRow = (name: string): Promise<string[]> =>
  page.locator(`#rings tr[data-ring="${name}"] td`).allInnerTexts();

test('shows the version, the connections, one row per ring and the errors', async () => {
  source.totals = {
    ...source.totals,
    connectionsOpen: 7,
    connectionsOpened: 1234,
    connectionsRefused: 2,
  };
  source.errors.set('BUSY', 2).set('RING_FULL', 5);
  source.setRing({ name: 'default', messages: 10, bytes: 2048, firstSeq: 1, lastSeq: 10 });
  source.setRing({
    name: 'jobs',
    capacity: 100,
    maxBytes: 1024 * 1024,
    messages: 100,
    bytes: 512 * 1024,
    firstSeq: 4901,
    lastSeq: 5000,
    appends: 5000,
    overwritten: 4900,
    ringFullRefusals: 3,
    subscribers: 2,
    subscriberLagMax: 40,
    subscriberLagSum: 55,
  });
  await page.goto(url);
  await page.locator('#rings tr[data-ring="jobs"]').waitFor();

  expect(await page.locator('#version').innerText()).toBe(`v${packageJson.version}`);
  expect(await page.locator('#connections-open').innerText()).toBe('7');
  expect(await page.locator('#connections-opened').innerText()).toBe('1,234');
  expect(await page.locator('#connections-refused').innerText()).toBe('2');
  expect(await page.locator('#uptime').innerText()).toMatch(
    /^\d+(m \d+)?s$|^\d+h \d+m$|^\d+d \d+h$/,
  );
  expect(await ringRow('jobs')).toEqual([
    'jobs',
    '100 / 100',
    '512.0 KiB / 1.0 MiB',
    '–', // a rate needs two scrapes
    '4,901',
    '5,000',
    '2',
    '40',
    '55',
    '4,900',
    '3',
  ]);
  expect((await ringRow('default')).slice(0, 3)).toEqual([
    'default',
    '10 / 1,024',
    '2.0 KiB / 16.0 MiB',
  ]);
  expect(
    await page.locator('#rings tr').evaluateAll((rows) => rows.map((r) => r.dataset.ring)),
  ).toEqual(['default', 'jobs']);
  const fill = await page
    .locator('#rings tr[data-ring="jobs"] .bar div')
    .evaluateAll((bars) => bars.map((bar) => bar.style.width));
  expect(fill).toEqual(['100%', '50%']);
  expect(await page.locator('#errors tr').allInnerTexts()).toEqual(['RING_FULL\t5', 'BUSY\t2']);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'status-page.png'), fullPage: true });
  expect(requested.every((address) => address.startsWith(`${url}/`))).toBe(true);
  expect(complaints).toEqual([]);
}, 30_000);

test('updates itself every second: figures, rates, new rings', async () => {
  source.setRing({ name: 'default', appends: 100, lastSeq: 100, messages: 100 });
  await page.goto(url);
  await page.locator('#rings tr[data-ring="default"]').waitFor();
  expect((await ringRow('default'))[5]).toBe('100');

  source.setRing({ name: 'default', appends: 20_100, lastSeq: 20_100, messages: 1024 });
  source.setRing({ name: 'fresh', messages: 1 });
  for (let i = 0; i < 300; i++) source.answered('set', 1e-5);
  await page.locator('#rings tr[data-ring="fresh"]').waitFor({ timeout: 10_000 });
  const row = await ringRow('default');
  expect(row[1]).toBe('1,024 / 1,024');
  expect(row[5]).toBe('20,100');
  // 20,000 appends between two scrapes about a second apart: a rate, whatever the exact gap.
  expect(Number(row[3])).toBeGreaterThan(1000);
  expect(Number(await page.locator('#request-rate').innerText())).toBeGreaterThan(10);
  expect(await page.locator('#state').innerText()).toMatch(/^updated /);
  expect(complaints).toEqual([]);
}, 30_000);

test('says so when /metrics cannot be read, and recovers', async () => {
  await page.goto(url);
  await page.locator('#rings tr').first().waitFor();
  const snapshot = source.snapshot.bind(source);
  source.snapshot = () => {
    throw new Error('gone');
  };
  await page.locator('#state.failed').waitFor({ timeout: 10_000 });
  expect(await page.locator('#state').innerText()).toBe('cannot read /metrics: HTTP 500');
  source.snapshot = snapshot;
  await page.locator('#state:not(.failed)').waitFor({ timeout: 10_000 });
  complaints = complaints.filter((text) => !text.includes('500'));
  expect(complaints).toEqual([]);
}, 30_000);
