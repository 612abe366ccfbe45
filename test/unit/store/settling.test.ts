import { NoRespondersError, TimeoutError } from '@nats-io/nats-core';
import { whenSettled } from '../../../src/store/jetstream/settling';

test('a timeout or "no responders" is tried again until the attempt answers', async () => {
  // What nats.js throws while JetStream elects its leaders.
  const failures: Error[] = [new TimeoutError(), new NoRespondersError('$JS.API.STREAM.CREATE.r')];
  let attempts = 0;
  const answer = await whenSettled(async () => {
    attempts++;
    const failure = failures.shift();
    if (failure) throw failure;
    return 'answered';
  }, 5000);
  expect([answer, attempts]).toEqual(['answered', 3]);
});

test('any other error is thrown at once, and a timeout once the wait is over', async () => {
  let attempts = 0;
  const refused = whenSettled(async () => {
    attempts++;
    throw new Error('stream name already in use with a different configuration');
  }, 5000);
  await expect(refused).rejects.toThrow(/already in use/);
  expect(attempts).toBe(1);
  await expect(
    whenSettled(async () => {
      throw new TimeoutError();
    }, 600),
  ).rejects.toThrow('timeout');
});
