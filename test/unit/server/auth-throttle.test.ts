import { AuthThrottle } from '../../../src/server/auth-throttle';

describe('AuthThrottle', () => {
  let now = 0;
  const throttle = (): AuthThrottle =>
    new AuthThrottle({
      maxFailures: 3,
      windowMs: 1000,
      baseDelayMs: 100,
      maxDelayMs: 1000,
      maxAddresses: 2,
      now: () => now,
    });

  beforeEach(() => {
    now = 10_000;
  });

  it('challenges at once within the budget, then doubles the delay per guess, up to the cap', () => {
    const t = throttle();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      delays.push(t.challengeDelayMs('a'));
      t.recordFailure('a');
    }
    expect(delays).toEqual([0, 0, 0, 100, 200, 400, 800, 1000]);
    expect(t.challengeDelayMs('b')).toBe(0);
    now += 1001;
    expect(t.challengeDelayMs('a')).toBe(0);
  });

  it('counts challenges under way until they are settled', () => {
    const t = throttle();
    for (let i = 0; i < 4; i++) t.challengeSent('a');
    expect(t.challengeDelayMs('a')).toBe(200);
    for (let i = 0; i < 4; i++) t.challengeSettled('a');
    expect(t.challengeDelayMs('a')).toBe(0);
  });

  it('counts only failures inside the window', () => {
    const t = throttle();
    t.recordFailure('a');
    now += 600;
    t.recordFailure('a');
    now += 600; // the first is now older than the window
    t.recordFailure('a');
    expect(t.challengeDelayMs('a')).toBe(0);
  });

  it('tracks a bounded number of addresses, forgetting the stalest first', () => {
    const t = throttle();
    for (const address of ['a', 'b', 'c']) for (let i = 0; i < 3; i++) t.recordFailure(address);
    expect(['a', 'b', 'c'].map((a) => t.challengeDelayMs(a))).toEqual([0, 100, 100]);
  });
});
