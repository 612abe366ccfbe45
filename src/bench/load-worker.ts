import { parentPort, workerData } from 'node:worker_threads';
import * as hdr from 'hdr-histogram-js';
import { RingwireError } from '../errors';
import { runMeasuredLoad, type LoadOptions } from './load';
import type { ThreadFailure, ThreadResult } from './threads';

// One thread of ./bench --threads (threads.ts): runs its share and posts the result back.
runMeasuredLoad(workerData as LoadOptions).then(
  ({ report, latencyUs }) =>
    parentPort?.postMessage({
      report,
      histogram: hdr.encodeIntoCompressedBase64(latencyUs),
    } satisfies ThreadResult),
  (error: unknown) =>
    parentPort?.postMessage({
      code: error instanceof RingwireError ? error.code : undefined,
      message: error instanceof Error ? error.message : String(error),
    } satisfies ThreadFailure),
);
