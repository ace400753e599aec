import { parsePlan } from './parse';

/** Median time in milliseconds to parse `text`, for the benchmark script (plans must parse well under 100 ms). */
export function measureParse(text: string, runs = 15): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parsePlan(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
