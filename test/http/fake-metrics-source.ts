import { HttpServer, type HttpServerOptions } from '../../src/http/http-server';
import { LatencyHistogram } from '../../src/http/latency-histogram';
import {
  RingwireMetrics,
  type MetricsSnapshot,
  type MetricsSource,
  type RingSnapshot,
  type StoreSnapshot,
} from '../../src/http/metrics';

type Totals = Omit<MetricsSnapshot, 'requests' | 'requestLatency' | 'errors' | 'rings' | 'store'>;

/** A MetricsSource whose figures a test sets by hand, counting the snapshots taken. */
export class FakeMetricsSource implements MetricsSource {
  readonly requests = new Map<string, number>();
  readonly requestLatency = new Map<string, LatencyHistogram>();
  readonly errors = new Map<string, number>();
  totals: Totals = {
    receivedBytes: 0,
    sentBytes: 0,
    connectionsOpened: 0,
    connectionsOpen: 0,
    connectionsRefused: 0,
    handshakeFailures: 0,
    authFailures: 0,
    slowConsumerDisconnects: 0,
  };
  readonly rings = new Map<string, RingSnapshot>();
  store: StoreSnapshot = {
    fsyncDuration: new LatencyHistogram(),
    recoverySeconds: undefined,
    logs: [],
    jetStreamRoundTrip: new LatencyHistogram(),
  };
  snapshots = 0;

  /** What the server does per request answered. */
  answered(type: string, seconds: number): void {
    this.requests.set(type, (this.requests.get(type) ?? 0) + 1);
    let histogram = this.requestLatency.get(type);
    if (!histogram) this.requestLatency.set(type, (histogram = new LatencyHistogram()));
    histogram.observe(seconds);
  }

  setRing(ring: Partial<RingSnapshot> & { name: string }): void {
    this.rings.set(ring.name, { ...emptyRing(ring.name), ...this.rings.get(ring.name), ...ring });
  }

  snapshot(): MetricsSnapshot {
    this.snapshots++;
    return {
      ...this.totals,
      requests: new Map(this.requests),
      requestLatency: this.requestLatency,
      errors: new Map(this.errors),
      rings: [...this.rings.values()],
      store: this.store,
    };
  }
}

function emptyRing(name: string): RingSnapshot {
  return {
    name,
    capacity: 1024,
    maxBytes: 16 * 1024 * 1024,
    messages: 0,
    bytes: 0,
    firstSeq: 0,
    lastSeq: 0,
    appends: 0,
    overwritten: 0,
    ringFullRefusals: 0,
    storeErrors: 0,
    subscribers: 0,
    subscriberLagMax: 0,
    subscriberLagSum: 0,
  };
}

/** An HttpServer on 127.0.0.1, a free port, reading `source`; the test closes it. */
export async function startHttp(
  source: MetricsSource,
  options: Partial<HttpServerOptions> = {},
): Promise<{ http: HttpServer; url: string }> {
  const http = await HttpServer.start({
    host: '127.0.0.1',
    port: 0,
    metrics: new RingwireMetrics(source),
    readiness: () => undefined,
    ...options,
  });
  return { http, url: `http://127.0.0.1:${http.port}` };
}
