import { setTimeout as sleep } from 'node:timers/promises';

/** How long a start waits for JetStream's API to answer again after its cluster was disturbed. */
export const JETSTREAM_SETTLE_MS = 30_000;

/**
 * `attempt` until it answers, for at most `waitMs`: after a timeout or "no responders" it is
 * tried again. JetStream's API goes quiet while its cluster elects a meta or stream leader (a
 * node restarted, a cluster just started), and a server starting then should wait rather than
 * fail; any other error, or the wait's end, is thrown.
 */
export async function whenSettled<T>(
  attempt: () => Promise<T>,
  waitMs = JETSTREAM_SETTLE_MS,
): Promise<T> {
  const deadline = performance.now() + waitMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!unsettled(error) || performance.now() >= deadline) throw error;
      await sleep(250);
    }
  }
}

function unsettled(error: unknown): boolean {
  return error instanceof Error && /timeout|no responders/i.test(`${error.name} ${error.message}`);
}
