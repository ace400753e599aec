import { describe, expect, it } from 'vitest';
import { finish, inSlices, type Steps } from '../../lib/time/steps';

function* count(to: number): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= to; i++) {
    sum += i;
    yield;
  }
  return sum;
}

describe('work in steps', () => {
  it('runs straight through to the same result', () => {
    expect(finish(count(100))).toBe(5050);
  });

  it('gives way once a slice has run its time, and only then', async () => {
    let clock = 0;
    const pauses: number[] = [];
    // Each step takes 3 ms on this clock: a 10 ms slice holds four steps.
    const now = () => (clock += 3);
    const result = await inSlices(count(12), async () => void pauses.push(clock), 10, now);
    expect(result).toBe(78);
    expect(pauses.length).toBe(3);
  });
});
