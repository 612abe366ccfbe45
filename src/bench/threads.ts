import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as hdr from 'hdr-histogram-js';
import { RingwireError, type ErrorCode } from '../errors';
import { newLatencyHistogram, report } from './latency';
import type { LoadOptions, RingwireLoadReport } from './load';

// ./bench --threads N: one event loop cannot saturate a server when the server has more cores
// than the load generator uses. Each worker thread runs its own share of the connections
// (and of --requests) and sends back its report and its latency histogram; the merged report
// sums the rates and merges the histograms, so percentiles are over every request.

/** `total` in `parts` shares that differ by at most one, the larger ones first. */
export function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

/**
 * The options of each thread: consecutive blocks of connections (so connection i keeps its
 * name and ring whatever the thread count) and of --requests. Threads with no connection are
 * left out.
 */
export function threadOptions(options: LoadOptions, threads: number): LoadOptions[] {
  const clients = splitEvenly(options.clients, threads);
  const requests =
    options.requests === undefined ? undefined : splitEvenly(options.requests, threads);
  let firstClient = options.firstClient ?? 0;
  const shares: LoadOptions[] = [];
  clients.forEach((count, i) => {
    if (count === 0) return;
    const { onProgress: _notCloneable, ...rest } = options;
    shares.push({ ...rest, clients: count, firstClient, requests: requests?.[i] });
    firstClient += count;
  });
  return shares;
}

/** What a worker sends back: its report and its histogram, compressed. */
export interface ThreadResult {
  report: RingwireLoadReport;
  histogram: string;
}

/** What a worker sends back when its run failed; `code` when the failure was a RingwireError. */
export interface ThreadFailure {
  code?: ErrorCode;
  message: string;
}

/** One report for the whole run: rates summed, counts added, histograms merged. */
export function mergeThreadResults(results: readonly ThreadResult[]): RingwireLoadReport {
  const latencyUs = newLatencyHistogram();
  const errorCodes: Partial<Record<ErrorCode, number>> = {};
  const requestsByRing: Record<string, number> = {};
  let requests = 0;
  let errors = 0;
  let opsPerSec = 0;
  let durationMs = 0;
  for (const { report: r, histogram } of results) {
    latencyUs.add(hdr.decodeFromCompressedBase64(histogram));
    requests += r.requests;
    errors += r.errors;
    opsPerSec += r.opsPerSec;
    durationMs = Math.max(durationMs, r.durationMs);
    for (const [code, n] of Object.entries(r.errorCodes) as [ErrorCode, number][])
      errorCodes[code] = (errorCodes[code] ?? 0) + n;
    for (const [ring, n] of Object.entries(r.requestsByRing))
      requestsByRing[ring] = (requestsByRing[ring] ?? 0) + n;
  }
  const merged = report(latencyUs, { requests, errors, errorCodes }, durationMs);
  return { ...merged, opsPerSec, requestsByRing };
}

/** Runs the load over `threads` worker threads (load-worker.ts) and merges their reports. */
export async function runThreadedLoad(
  options: LoadOptions,
  threads: number,
): Promise<RingwireLoadReport> {
  const results = await Promise.all(
    threadOptions(options, threads).map(
      (share) =>
        new Promise<ThreadResult>((resolve, reject) => {
          const worker = new Worker(join(__dirname, 'load-worker.js'), { workerData: share });
          worker.once('message', (message: ThreadResult | ThreadFailure) => {
            if ('report' in message) resolve(message);
            else if (message.code) reject(new RingwireError(message.code, message.message));
            else reject(new Error(message.message));
          });
          worker.once('error', reject);
        }),
    ),
  );
  return mergeThreadResults(results);
}
