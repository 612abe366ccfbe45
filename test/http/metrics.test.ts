import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PromHistogramData } from 'prom2javascript';
import { PROTOCOL_ERROR_CODES } from '../../src/errors';
import type { HttpServer } from '../../src/http/http-server';
import { LATENCY_BUCKET_BOUNDS_SECONDS } from '../../src/http/latency-histogram';
import packageJson from '../../package.json';
import { ROOT } from '../helpers/processes';
import { FakeMetricsSource, startHttp } from './fake-metrics-source';
import {
  parseFamilies,
  promtoolCheck,
  samples,
  scrape as scrapeAt,
  value,
  type Families,
} from './prometheus';

let source: FakeMetricsSource;
let http: HttpServer;
let url: string;

beforeEach(async () => {
  source = new FakeMetricsSource();
  ({ http, url } = await startHttp(source));
});

afterEach(() => http.close());

const scrape = (): Promise<string> => scrapeAt(url);

async function families(): Promise<Families> {
  return parseFamilies(await scrape());
}

test('after 1,000 SETs and 10 GETs the request counters and histograms say so', async () => {
  for (let i = 0; i < 1000; i++) source.answered('set', (i % 50) * 20e-6);
  for (let i = 0; i < 10; i++) source.answered('get', 0.5);
  const all = await families();

  expect(all.get('ringwire_requests_total')?.type).toBe('counter');
  expect(value(all, 'ringwire_requests_total', { type: 'set' })).toBe(1000);
  expect(value(all, 'ringwire_requests_total', { type: 'get' })).toBe(10);

  const histogram = all.get('ringwire_request_duration_seconds')!;
  expect(histogram.type).toBe('histogram');
  const byType = new Map((histogram.data as PromHistogramData[]).map((h) => [h.labels.type, h]));
  const sets = byType.get('set')!;
  expect(Object.keys(sets.buckets)).toEqual([...LATENCY_BUCKET_BOUNDS_SECONDS.map(String), '+Inf']);
  const counts = Object.values(sets.buckets);
  counts.slice(1).forEach((count, i) => expect(count).toBeGreaterThanOrEqual(counts[i]!));
  expect(counts.at(-1)).toBe(1000);
  expect(sets.count).toBe(1000);
  // Observations 0 s, 20 µs, ..., 980 µs, 20 of each.
  expect(sets.sum).toBeCloseTo(20 * 20e-6 * ((49 * 50) / 2), 9);
  expect(sets.buckets['0.000016']).toBe(20);
  expect(sets.buckets['0.000032']).toBe(40);
  expect(sets.buckets['0.001024']).toBe(1000);
  const gets = byType.get('get')!;
  expect(gets.buckets['0.262144']).toBe(0);
  expect(gets.buckets['0.524288']).toBe(10);
  expect(gets.count).toBe(10);
});

test('errors appear for every protocol code, counted ones with their counts', async () => {
  source.errors.set('BUSY', 3).set('RING_FULL', 7);
  const all = await families();
  const codes = samples(all, 'ringwire_errors_total').map((sample) => sample.labels.code);
  expect(codes.sort()).toEqual([...PROTOCOL_ERROR_CODES].sort());
  expect(value(all, 'ringwire_errors_total', { code: 'BUSY' })).toBe(3);
  expect(value(all, 'ringwire_errors_total', { code: 'RING_FULL' })).toBe(7);
  expect(value(all, 'ringwire_errors_total', { code: 'INTERNAL' })).toBe(0);
});

test('server totals and every ring figure come from the source', async () => {
  source.totals = {
    receivedBytes: 123_456,
    sentBytes: 654_321,
    connectionsOpened: 42,
    connectionsOpen: 5,
    connectionsRefused: 2,
    handshakeFailures: 3,
    authFailures: 1,
    slowConsumerDisconnects: 4,
  };
  source.setRing({ name: 'default', messages: 10, bytes: 1000, firstSeq: 1, lastSeq: 10 });
  source.setRing({
    name: 'a',
    capacity: 100,
    maxBytes: 4096,
    messages: 100,
    bytes: 4000,
    firstSeq: 901,
    lastSeq: 1000,
    appends: 1000,
    overwritten: 900,
    ringFullRefusals: 6,
    subscribers: 2,
    subscriberLagMax: 30,
    subscriberLagSum: 45,
  });
  const all = await families();

  expect(value(all, 'ringwire_received_bytes_total')).toBe(123_456);
  expect(value(all, 'ringwire_sent_bytes_total')).toBe(654_321);
  expect(value(all, 'ringwire_connections_opened_total')).toBe(42);
  expect(value(all, 'ringwire_connections_open')).toBe(5);
  expect(value(all, 'ringwire_connections_refused_total')).toBe(2);
  expect(value(all, 'ringwire_handshake_failures_total')).toBe(3);
  expect(value(all, 'ringwire_auth_failures_total')).toBe(1);
  expect(value(all, 'ringwire_slow_consumer_disconnects_total')).toBe(4);

  const ring = (name: string, ringName: string) =>
    value(all, `ringwire_ring_${name}`, { ring: ringName });
  expect(ring('capacity_messages', 'a')).toBe(100);
  expect(ring('capacity_bytes', 'a')).toBe(4096);
  expect(ring('messages', 'a')).toBe(100);
  expect(ring('bytes', 'a')).toBe(4000);
  expect(ring('first_seq', 'a')).toBe(901);
  expect(ring('last_seq', 'a')).toBe(1000);
  expect(ring('appends_total', 'a')).toBe(1000);
  expect(ring('overwritten_total', 'a')).toBe(900);
  expect(ring('full_refusals_total', 'a')).toBe(6);
  expect(ring('subscribers', 'a')).toBe(2);
  expect(ring('subscriber_lag_max_messages', 'a')).toBe(30);
  expect(ring('subscriber_lag_sum_messages', 'a')).toBe(45);
  expect(ring('messages', 'default')).toBe(10);
  expect(ring('capacity_messages', 'default')).toBe(1024);
});

test('the build info, and Node process metrics from a registry of its own', async () => {
  expect(samples(await families(), 'ringwire_build_info')[0]!.labels).toEqual({
    version: packageJson.version,
  });
  const text = await scrape();
  for (const family of [
    'process_cpu_seconds_total counter',
    'process_start_time_seconds gauge',
    'nodejs_eventloop_lag_seconds gauge',
    'nodejs_heap_size_used_bytes gauge',
    'nodejs_gc_duration_seconds histogram',
  ]) {
    expect(text).toContain(`\n# TYPE ${family}\n`);
  }
  // Nothing went into prom-client's global registry.
  expect(await (await import('prom-client')).register.metrics()).toBe('\n');
});

test('one snapshot per scrape, none between scrapes, even when scrapes overlap', async () => {
  // Each snapshot differs from the one before, in two figures that move together.
  const snapshot = source.snapshot.bind(source);
  source.snapshot = () => {
    source.answered('set', 1e-5);
    source.setRing({ name: 'a', appends: source.requests.get('set')! });
    return snapshot();
  };
  const texts = await Promise.all(Array.from({ length: 5 }, () => scrape()));
  expect(source.snapshots).toBe(5);
  const seen = [];
  for (const text of texts) {
    const all = await parseFamilies(text);
    const requests = value(all, 'ringwire_requests_total', { type: 'set' });
    expect(value(all, 'ringwire_ring_appends_total', { ring: 'a' })).toBe(requests);
    seen.push(requests);
  }
  expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
});

test('labels are bounded: ringwire metrics carry only type, code, ring and version (and le)', async () => {
  source.answered('set', 1e-4);
  source.setRing({ name: 'a' });
  const labels = new Set<string>();
  for (const family of (await families()).values()) {
    for (const sample of family.data) Object.keys(sample.labels).forEach((l) => labels.add(l));
  }
  expect([...labels].sort()).toEqual(['code', 'ring', 'type', 'version']);
});

test('promtool check metrics finds nothing to say about the output', async () => {
  source.answered('set', 1e-4);
  source.errors.set('BUSY', 1);
  source.setRing({ name: 'a', messages: 3 });
  expect(promtoolCheck(await scrape())).toEqual({ status: 0, output: '' });
});

test('docs/OPERATIONS.md documents every ringwire metric', async () => {
  const docs = readFileSync(join(ROOT, 'docs', 'OPERATIONS.md'), 'utf8');
  const names = [...(await families()).keys()].filter((name) => name.startsWith('ringwire_'));
  expect(names.length).toBeGreaterThan(20);
  expect(names.filter((name) => !docs.includes(`\`${name}\``))).toEqual([]);
});
