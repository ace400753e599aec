/** One benchmark figure as `npm run bench -- --json` prints it. */
export interface Figure {
  median: number;
  spread: { min: number; max: number; p10: number; p90: number };
  runs: number;
  unit: string;
  /** Bound the figure must stay within (upper, or lower with `atLeast`); null for figures reported without one. */
  budget: number | null;
  atLeast?: boolean;
  withinBudget: boolean | null;
  /** How the figure was measured, so that a number is never read without its method. */
  how: string;
  detail?: Record<string, unknown>;
}

export interface FigureSpec {
  unit: string;
  budget: number | null;
  /** The budget is a lower bound (a share right), not an upper one. */
  atLeast?: boolean;
  how: string;
  /** Decimal places kept: timings to the hundredth of a millisecond, sizes to the byte. */
  digits?: number;
  detail?: Record<string, unknown>;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Summary {
  median: number;
  spread: Figure['spread'];
}

/** Median and spread of samples, for a figure or for a part of one shown in its detail. */
export function summary(samples: readonly number[], digits = 2): Summary {
  if (samples.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const factor = 10 ** digits;
  const round = (n: number) => Math.round(n * factor) / factor;
  return {
    median: round(median),
    spread: {
      min: round(sorted[0]),
      max: round(sorted[sorted.length - 1]),
      p10: round(percentile(sorted, 10)),
      p90: round(percentile(sorted, 90)),
    },
  };
}

export function figure(samples: readonly number[], spec: FigureSpec): Figure {
  const { median, spread } = summary(samples, spec.digits);
  return {
    median,
    spread,
    runs: samples.length,
    unit: spec.unit,
    budget: spec.budget,
    ...(spec.atLeast ? { atLeast: true } : {}),
    withinBudget: spec.budget === null ? null : spec.atLeast ? median >= spec.budget : median <= spec.budget,
    how: spec.how,
    ...(spec.detail ? { detail: spec.detail } : {}),
  };
}

/** Progress goes to stderr: stdout carries only the result. */
export const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
