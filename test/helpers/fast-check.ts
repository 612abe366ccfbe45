import fc from 'fast-check';

/**
 * Shared fast-check settings: every property run is bounded in time, and a failure reports
 * its seed and path (fast-check puts them in the error). Replay one with FC_SEED=<seed>
 * (and FC_PATH=<path>) in the environment.
 */
export const FC_PARAMETERS: fc.Parameters<unknown> = {
  numRuns: Number(process.env.FC_RUNS ?? 1000),
  interruptAfterTimeLimit: Number(process.env.FC_TIME_LIMIT_MS ?? 10_000),
  markInterruptAsFailure: false,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}),
};
