import { parsePlan } from '../../lib/plan/parse';
import { PLAN_NAMES, planText } from '../../tests/fixtures/plans';
import { figure, log, type Figure } from './figure';

const TARGET_BYTES = 70 * 1024;
const RUNS = 30;
const WARMUP = 5;

/**
 * A ~70 KB plan text: the fixture plans (typed and OCR-damaged) one after
 * another, repeated until the size is reached. A long, mixed document is the
 * parser's worst case; one real plan is 15–25 KB.
 */
export function bigPlanText(): string {
  const texts = PLAN_NAMES.map(planText);
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < TARGET_BYTES; i++) text += texts[i % texts.length] + '\n\n';
  return text;
}

export async function planParse70Kb(): Promise<Figure> {
  const text = bigPlanText();
  let parsed = parsePlan(text);
  for (let i = 0; i < WARMUP; i++) parsed = parsePlan(text);
  log(`plan parse: ${WARMUP} warm-up + ${RUNS} runs on ${Buffer.byteLength(text)} bytes`);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    parsed = parsePlan(text);
    samples.push(performance.now() - t0);
  }
  return figure(samples, {
    unit: 'ms',
    budget: 50,
    how: `performance.now() around parsePlan in Node ${process.version}, ${RUNS} runs after ${WARMUP} warm-ups, on the fixture plans concatenated to ≥70 KB`,
    detail: { bytes: Buffer.byteLength(text), tasks: parsed.tasks.length, targets: parsed.targets.length },
  });
}
