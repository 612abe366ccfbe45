import { AuthThrottle } from '../../../src/server/auth-throttle';

describe('AuthThrottle', () => {
  let now = 0;
  const throttle = (): AuthThrottle =>
    new AuthThrottle({ maxFailures: 3, windowMs: 1000, maxAddresses: 2, now: () => now });

  beforeEach(() => {
    now = 10_000;
  });

  it('blocks an address after maxFailures within the window, and lets it in when they age out', () => {
    const t = throttle();
    t.recordFailure('a');
    t.recordFailure('a');
    expect(t.isBlocked('a')).toBe(false);
    t.recordFailure('a');
    expect([t.isBlocked('a'), t.isBlocked('b')]).toEqual([true, false]);
    now += 1001;
    expect(t.isBlocked('a')).toBe(false);
  });

  it('counts only failures inside the window', () => {
    const t = throttle();
    t.recordFailure('a');
    now += 600;
    t.recordFailure('a');
    now += 600; // the first is now older than the window
    t.recordFailure('a');
    expect(t.isBlocked('a')).toBe(false);
  });

  it('tracks a bounded number of addresses, forgetting the stalest first', () => {
    const t = throttle();
    for (const address of ['a', 'b', 'c']) for (let i = 0; i < 3; i++) t.recordFailure(address);
    expect([t.isBlocked('a'), t.isBlocked('b'), t.isBlocked('c')]).toEqual([false, true, true]);
  });
});
