import { Turnstile } from './turnstile';

describe('Turnstile', () => {
  it('runs at most its limit at once, the rest in order of arrival, and goes on after a failure', async () => {
    const turnstile = new Turnstile(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const work = (n: number) => async () => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (n === 3) throw new Error('wrong password hash');
      return n;
    };
    const results = await Promise.allSettled([1, 2, 3, 4, 5, 6, 7].map((n) => turnstile.run(work(n))));
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    // Once all are done, the whole limit is free again.
    await Promise.all([turnstile.run(work(8)), turnstile.run(work(9))]);
    expect(started.slice(-2)).toEqual([8, 9]);
    expect(most).toBe(2);
  });
});
