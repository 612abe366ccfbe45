import { spawnSync } from 'node:child_process';
import { getMetricsFromIterator, type PromData, type PromMetric } from 'prom2javascript';

export type Families = Map<string, PromMetric>;

/** GET /metrics of the HTTP port at `url`, checked to be a 200 in the Prometheus text format. */
export async function scrape(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return response.text();
}

/**
 * The ringwire_* families of a scrape, parsed. Only those: prom2javascript reads no NaN, which
 * Node's event-loop gauges show before their first sample (promtool checks the whole text).
 */
export async function parseFamilies(text: string): Promise<Families> {
  const ours = text.split('\n\n').filter((family) => family.startsWith('# HELP ringwire_'));
  const lines = ours.join('\n').split('\n');
  return new Map(Object.entries(await getMetricsFromIterator(lines[Symbol.iterator]())));
}

export function samples(all: Families, name: string): PromData[] {
  const family = all.get(name);
  if (!family) throw new Error(`${name} is missing`);
  return family.data as PromData[];
}

/** The value of the one sample of `name` whose labels include `labels`. */
export function value(all: Families, name: string, labels: Record<string, string> = {}): number {
  const matching = samples(all, name).filter((sample) =>
    Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted),
  );
  expect(matching).toHaveLength(1);
  return matching[0]!.value;
}

/** What Prometheus's own linter says about `text`: nothing, for a clean exposition. */
export function promtoolCheck(text: string): { status: number | null; output: string } {
  const lint = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  expect(lint.error).toBeUndefined();
  return { status: lint.status, output: lint.stdout + lint.stderr };
}
