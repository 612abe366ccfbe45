import { Registry, type Metric } from 'prom-client';
import { PROTOCOL_ERROR_CODES } from '../errors';
import { SERVER_VERSION } from '../server/version';
import { GC_SAMPLE_MS, GC_SAMPLE_PERIOD_MS, SampledGcDurations } from './gc-durations';
import { LATENCY_BUCKET_BOUNDS_SECONDS, type LatencyHistogram } from './latency-histogram';

/** One ring as it is at the moment of a scrape. Seqs are exact up to 2^53, like every gauge. */
export interface RingSnapshot {
  readonly name: string;
  /** Messages held before the oldest is overwritten (or SETs refused). */
  readonly capacity: number;
  /** Payload bytes held before the oldest is overwritten (or SETs refused). */
  readonly maxBytes: number;
  readonly messages: number;
  /** Payload bytes held. */
  readonly bytes: number;
  /** Seq of the oldest message held and of the newest one; 0 while the ring is empty. */
  readonly firstSeq: number;
  readonly lastSeq: number;
  /** Totals since the server started. */
  readonly appends: number;
  readonly overwritten: number;
  readonly ringFullRefusals: number;
  /** Writes the store refused (STORE_UNAVAILABLE). */
  readonly storeErrors: number;
  readonly subscribers: number;
  /** Messages stored but not yet pushed, over this ring's subscribers: the largest and the sum. */
  readonly subscriberLagMax: number;
  readonly subscriberLagSum: number;
}

/**
 * Everything the server counts, read once per scrape. The server keeps these as plain numbers
 * it increments on its hot path; nothing here runs between scrapes.
 */
export interface MetricsSnapshot {
  /** Requests answered, by type: the ClientFrame body's name ("set", "get", ...). */
  readonly requests: ReadonlyMap<string, number>;
  /** Server-side latency from a request's decoding to its reply, by the same types. */
  readonly requestLatency: ReadonlyMap<string, LatencyHistogram>;
  /** Error frames sent, by protocol error code. */
  readonly errors: ReadonlyMap<string, number>;
  readonly receivedBytes: number;
  readonly sentBytes: number;
  readonly connectionsOpened: number;
  readonly connectionsOpen: number;
  /** Connections refused with BUSY (--max-connections, --max-connections-per-address). */
  readonly connectionsRefused: number;
  /** Connections closed before completing the handshake (timeout, bad Hello, ...). */
  readonly handshakeFailures: number;
  /** Wrong proofs in the authenticated handshake. */
  readonly authFailures: number;
  /** Clients cut off with SLOW_CONSUMER. */
  readonly slowConsumerDisconnects: number;
  /** Bounded by --max-rings: ring names are the only unbounded-looking label, and they are not. */
  readonly rings: readonly RingSnapshot[];
  readonly store: StoreSnapshot;
}

/** The durable log's and the JetStream store's figures; empty for the store not in use. */
export interface StoreSnapshot {
  /** --data-dir: every fdatasync of the rings' logs. */
  readonly fsyncDuration: LatencyHistogram;
  /** --data-dir: how long the last start's replay took; undefined without a data dir. */
  readonly recoverySeconds: number | undefined;
  /** --data-dir: each ring's log on disk, and the messages the last start recovered of it. */
  readonly logs: readonly { name: string; logBytes: number; recoveredMessages: number }[];
  /** --store nats://: every acknowledged publish, from publish to JetStream's ack. */
  readonly jetStreamRoundTrip: LatencyHistogram;
}

/** What the server implements so that /metrics can read it. */
export interface MetricsSource {
  snapshot(): MetricsSnapshot;
}

type MetricType = 'counter' | 'gauge' | 'histogram';

interface Sample {
  readonly labels: Readonly<Record<string, string | number>>;
  readonly value: number;
  /** For a histogram's _bucket, _sum and _count lines. */
  readonly metricName?: string;
}

interface MetricDefinition {
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
  readonly samples: (snapshot: MetricsSnapshot) => Sample[];
}

/** One sample per ring. */
const perRing =
  (value: (ring: RingSnapshot) => number) =>
  (snapshot: MetricsSnapshot): Sample[] =>
    snapshot.rings.map((ring) => ({ labels: { ring: ring.name }, value: value(ring) }));

/** One sample per key of a map; `known` keys appear at 0 before they are first counted. */
const perKey =
  (
    label: string,
    counts: (snapshot: MetricsSnapshot) => ReadonlyMap<string, number>,
    known: readonly string[] = [],
  ) =>
  (snapshot: MetricsSnapshot): Sample[] => {
    const map = counts(snapshot);
    const keys = new Set([...known, ...map.keys()]);
    return [...keys].map((key) => ({ labels: { [label]: key }, value: map.get(key) ?? 0 }));
  };

const single =
  (value: (snapshot: MetricsSnapshot) => number) =>
  (snapshot: MetricsSnapshot): Sample[] => [{ labels: {}, value: value(snapshot) }];

const REQUEST_DURATION = 'ringwire_request_duration_seconds';

/** A histogram per label value (`label` undefined: one, unlabelled), in Prometheus's _bucket, _sum and _count samples. */
function histogramSamples(
  name: string,
  label: string | undefined,
  histograms: ReadonlyMap<string, LatencyHistogram>,
): Sample[] {
  return [...histograms].flatMap(([value, histogram]) => {
    const labels = label === undefined ? {} : { [label]: value };
    return [
      ...histogram.cumulativeCounts().map((count, index) => ({
        metricName: `${name}_bucket`,
        labels: { ...labels, le: LATENCY_BUCKET_BOUNDS_SECONDS[index] ?? '+Inf' },
        value: count,
      })),
      { metricName: `${name}_sum`, labels, value: histogram.sum },
      { metricName: `${name}_count`, labels, value: histogram.count },
    ];
  });
}

/** One unlabelled histogram. */
const histogram =
  (name: string, read: (snapshot: MetricsSnapshot) => LatencyHistogram) =>
  (snapshot: MetricsSnapshot): Sample[] =>
    histogramSamples(name, undefined, new Map([['', read(snapshot)]]));

/** One sample per ring with a log (--data-dir). */
const perLog =
  (value: (log: StoreSnapshot['logs'][number]) => number) =>
  (snapshot: MetricsSnapshot): Sample[] =>
    snapshot.store.logs.map((log) => ({ labels: { ring: log.name }, value: value(log) }));

const FSYNC_DURATION = 'ringwire_store_fsync_duration_seconds';
const JETSTREAM_ROUND_TRIP = 'ringwire_jetstream_round_trip_seconds';

/** Every ringwire_* metric; docs/OPERATIONS.md lists the same, one row each. */
const DEFINITIONS: readonly MetricDefinition[] = [
  {
    name: 'ringwire_build_info',
    help: 'Always 1; the version label is the server version.',
    type: 'gauge',
    samples: () => [{ labels: { version: SERVER_VERSION }, value: 1 }],
  },
  {
    name: 'ringwire_requests_total',
    help: 'Requests answered, by request type.',
    type: 'counter',
    samples: perKey('type', (s) => s.requests),
  },
  {
    name: REQUEST_DURATION,
    help: 'Server-side request latency, from decoding a request to queuing its reply, by request type.',
    type: 'histogram',
    samples: (snapshot) => histogramSamples(REQUEST_DURATION, 'type', snapshot.requestLatency),
  },
  {
    name: 'ringwire_errors_total',
    help: 'Error frames sent, by protocol error code.',
    type: 'counter',
    samples: perKey('code', (s) => s.errors, PROTOCOL_ERROR_CODES),
  },
  {
    name: 'ringwire_received_bytes_total',
    help: 'Bytes read from clients.',
    type: 'counter',
    samples: single((s) => s.receivedBytes),
  },
  {
    name: 'ringwire_sent_bytes_total',
    help: 'Bytes written to clients.',
    type: 'counter',
    samples: single((s) => s.sentBytes),
  },
  {
    name: 'ringwire_connections_opened_total',
    help: 'Client connections accepted.',
    type: 'counter',
    samples: single((s) => s.connectionsOpened),
  },
  {
    name: 'ringwire_connections_open',
    help: 'Client connections open now.',
    type: 'gauge',
    samples: single((s) => s.connectionsOpen),
  },
  {
    name: 'ringwire_connections_refused_total',
    help: 'Connections refused with BUSY (connection limits).',
    type: 'counter',
    samples: single((s) => s.connectionsRefused),
  },
  {
    name: 'ringwire_handshake_failures_total',
    help: 'Connections closed before completing the handshake.',
    type: 'counter',
    samples: single((s) => s.handshakeFailures),
  },
  {
    name: 'ringwire_auth_failures_total',
    help: 'Handshakes that failed on a wrong proof of the shared secret.',
    type: 'counter',
    samples: single((s) => s.authFailures),
  },
  {
    name: 'ringwire_slow_consumer_disconnects_total',
    help: 'Clients cut off with SLOW_CONSUMER.',
    type: 'counter',
    samples: single((s) => s.slowConsumerDisconnects),
  },
  {
    name: 'ringwire_ring_capacity_messages',
    help: 'Messages a ring holds before the oldest is overwritten (or SETs refused).',
    type: 'gauge',
    samples: perRing((r) => r.capacity),
  },
  {
    name: 'ringwire_ring_capacity_bytes',
    help: 'Payload bytes a ring holds before the oldest is overwritten (or SETs refused).',
    type: 'gauge',
    samples: perRing((r) => r.maxBytes),
  },
  {
    name: 'ringwire_ring_messages',
    help: 'Messages a ring holds now.',
    type: 'gauge',
    samples: perRing((r) => r.messages),
  },
  {
    name: 'ringwire_ring_bytes',
    help: 'Payload bytes a ring holds now.',
    type: 'gauge',
    samples: perRing((r) => r.bytes),
  },
  {
    name: 'ringwire_ring_first_seq',
    help: 'Seq of the oldest message a ring holds; 0 when empty.',
    type: 'gauge',
    samples: perRing((r) => r.firstSeq),
  },
  {
    name: 'ringwire_ring_last_seq',
    help: 'Seq of the newest message a ring holds; 0 when empty.',
    type: 'gauge',
    samples: perRing((r) => r.lastSeq),
  },
  {
    name: 'ringwire_ring_appends_total',
    help: 'Messages stored into a ring.',
    type: 'counter',
    samples: perRing((r) => r.appends),
  },
  {
    name: 'ringwire_ring_overwritten_total',
    help: 'Messages a ring overwrote to make room (lost to readers that had not read them).',
    type: 'counter',
    samples: perRing((r) => r.overwritten),
  },
  {
    name: 'ringwire_ring_full_refusals_total',
    help: 'SETs refused with RING_FULL (overflow policy reject).',
    type: 'counter',
    samples: perRing((r) => r.ringFullRefusals),
  },
  {
    name: 'ringwire_ring_subscribers',
    help: 'Subscriptions to a ring open now.',
    type: 'gauge',
    samples: perRing((r) => r.subscribers),
  },
  {
    name: 'ringwire_ring_subscriber_lag_max_messages',
    help: 'Messages stored but not yet pushed, for the furthest-behind subscriber of a ring.',
    type: 'gauge',
    samples: perRing((r) => r.subscriberLagMax),
  },
  {
    name: 'ringwire_ring_subscriber_lag_sum_messages',
    help: 'Messages stored but not yet pushed, summed over the subscribers of a ring.',
    type: 'gauge',
    samples: perRing((r) => r.subscriberLagSum),
  },
  {
    name: 'ringwire_store_errors_total',
    help: 'Writes to a ring that its store refused (STORE_UNAVAILABLE): a failed log write, a failed JetStream publish.',
    type: 'counter',
    samples: perRing((r) => r.storeErrors),
  },
  {
    name: 'ringwire_store_fsyncs_total',
    help: "fdatasyncs of the rings' logs (--data-dir).",
    type: 'counter',
    samples: single((s) => s.store.fsyncDuration.count),
  },
  {
    name: FSYNC_DURATION,
    help: 'How long each fdatasync of a ring log took (--data-dir).',
    type: 'histogram',
    samples: histogram(FSYNC_DURATION, (s) => s.store.fsyncDuration),
  },
  {
    name: 'ringwire_store_log_bytes',
    help: "Bytes of a ring's log on disk (--data-dir).",
    type: 'gauge',
    samples: perLog((log) => log.logBytes),
  },
  {
    name: 'ringwire_store_recovered_messages',
    help: 'Messages of a ring that the last start recovered from its log (--data-dir).',
    type: 'gauge',
    samples: perLog((log) => log.recoveredMessages),
  },
  {
    name: 'ringwire_store_recovery_duration_seconds',
    help: "How long the last start took to replay the rings' logs (--data-dir).",
    type: 'gauge',
    samples: (s) =>
      s.store.recoverySeconds === undefined ? [] : [{ labels: {}, value: s.store.recoverySeconds }],
  },
  {
    name: JETSTREAM_ROUND_TRIP,
    help: 'How long each acknowledged publish to NATS JetStream took, publish to ack (--store nats://).',
    type: 'histogram',
    samples: histogram(JETSTREAM_ROUND_TRIP, (s) => s.store.jetStreamRoundTrip),
  },
];

/**
 * A prom-client metric read from the snapshot of the scrape in progress. prom-client accepts
 * any object with name, help, type and get(); its type declarations only name its own classes.
 */
class SnapshotMetric {
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
  readonly aggregator = 'sum';
  readonly #samples: MetricDefinition['samples'];
  readonly #current: () => MetricsSnapshot;

  constructor(definition: MetricDefinition, current: () => MetricsSnapshot) {
    this.name = definition.name;
    this.help = definition.help;
    this.type = definition.type;
    this.#samples = definition.samples;
    this.#current = current;
  }

  get() {
    // Read synchronously: the registry calls every get() before its first await, so each
    // scrape reads the snapshot it took, even when scrapes overlap.
    const values = this.#samples(this.#current());
    const { name, help, type, aggregator } = this;
    return Promise.resolve({ name, help, type, aggregator, values });
  }
}

/**
 * prom-client's default metrics but its GC histogram, which observes every collection (see
 * SampledGcDurations): collectDefaultMetrics cannot leave one out, so each is added by its
 * module (prom-client is pinned to the version these paths were read from; the metrics test
 * checks that each family is there).
 */
const NODE_METRIC_MODULES = [
  'processCpuTotal',
  'processStartTime',
  'osMemoryHeap',
  'processOpenFileDescriptors',
  'processMaxFileDescriptors',
  'eventLoopLag',
  'processResources',
  'processHandles',
  'processRequests',
  'heapSizeAndUsed',
  'heapSpacesSizeAndUsed',
  'version',
] as const;

type NodeMetricModule = (
  registry: Registry,
  config: { readonly eventLoopMonitoringPrecision: number },
) => void;

/** prom-client's name for it, kept: dashboards know it. */
const GC_DURATION = 'nodejs_gc_duration_seconds';

/**
 * The /metrics content: Node's process metrics (event-loop lag, heap, GC, ...) and ringwire's,
 * in a registry of its own (never prom-client's global one), read from `source` only on scrape.
 */
export class RingwireMetrics {
  readonly #registry = new Registry();
  readonly #gcDurations = new SampledGcDurations();
  readonly #source: MetricsSource;
  /** The snapshot of the scrape in progress. */
  #snapshot: MetricsSnapshot | undefined;

  constructor(source: MetricsSource) {
    this.#source = source;
    for (const name of NODE_METRIC_MODULES) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const addMetric = require(`prom-client/lib/metrics/${name}`) as NodeMetricModule;
      addMetric(this.#registry, { eventLoopMonitoringPrecision: 10 });
    }
    // Gauges named *_total, which Prometheus's linter rejects; nodejs_active_* by type remain.
    for (const name of ['handles', 'requests', 'resources']) {
      this.#registry.removeSingleMetric(`nodejs_active_${name}_total`);
    }
    const current = (): MetricsSnapshot => this.#snapshot ?? source.snapshot();
    const gcDurations = this.#gcDurations;
    const gcMetric: MetricDefinition = {
      name: GC_DURATION,
      help: `Garbage collection duration by kind, one of major, minor, incremental or weakcb: estimated from the collections of ${GC_SAMPLE_MS} ms in every ${GC_SAMPLE_PERIOD_MS} ms, each counted ${GC_SAMPLE_PERIOD_MS / GC_SAMPLE_MS} times.`,
      type: 'histogram',
      samples: () => histogramSamples(GC_DURATION, 'kind', gcDurations.byKind),
    };
    for (const definition of [...DEFINITIONS, gcMetric]) {
      this.#registry.registerMetric(new SnapshotMetric(definition, current) as unknown as Metric);
    }
  }

  /** Stops sampling the garbage collector. */
  close(): void {
    this.#gcDurations.close();
  }

  /** The Content-Type of `render()`'s text. */
  get contentType(): string {
    return this.#registry.contentType;
  }

  /** The Prometheus text exposition of every metric, from one snapshot of the source. */
  render(): Promise<string> {
    this.#snapshot = this.#source.snapshot();
    // Every SnapshotMetric has read the snapshot by the time metrics() returns its promise.
    const text = this.#registry.metrics();
    this.#snapshot = undefined;
    return text;
  }
}
