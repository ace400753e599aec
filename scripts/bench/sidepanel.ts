import { extensionUrl } from '../harness/extension';
import { parsePlan } from '../../lib/plan/parse';
import { unitKey } from '../../lib/plan/units';
import type { PlanRecord, TaskRecord } from '../../lib/schema/records';
import { PLAN_NAMES, planText } from '../../tests/fixtures/plans';
import { initScript } from './bundle';
import { figure, log, summary, type Figure } from './figure';
import { BENCH_UNIT, callStore, storeWorld } from './storeWorld';

const TASKS = 500;
const RUNS = 10;
const WARMUP = 1;

/**
 * 500 tasks from the fixture plans, imported again and again as separate
 * active plans until there are enough, each also naming the bench unit, so
 * that "Việc của tôi" lists all 500: the heaviest list a unit could have.
 */
function plansAndTasks(now: number): { plans: PlanRecord[]; tasks: TaskRecord[] } {
  const parsed = PLAN_NAMES.map((name) => ({ name, plan: parsePlan(planText(name)) }));
  const plans: PlanRecord[] = [];
  const tasks: TaskRecord[] = [];
  const mine = unitKey(BENCH_UNIT);
  for (let p = 0; tasks.length < TASKS; p++) {
    const { name, plan } = parsed[p % parsed.length];
    if (plan.tasks.length === 0) throw new Error(`${name}: no tasks parsed`);
    const planId = `bench-plan-${p}`;
    plans.push({ id: planId, header: plan.plan, status: 'active', replacedBy: null, importedAt: now, sourceName: name });
    for (const [i, t] of plan.tasks.entries()) {
      if (tasks.length === TASKS) break;
      const units = [t.lead, ...t.partners].filter((u): u is string => !!u).map(unitKey);
      tasks.push({
        ...t,
        id: `${planId}-task-${i}`,
        planId,
        unitKeys: [...new Set([...units, mine])],
        status: 'open',
        doneAt: null,
        note: '',
        evidence: '',
        snoozedUntil: null,
      });
    }
  }
  return { plans, tasks };
}

interface Marks {
  card: number | null;
  frame: number | null;
}

/**
 * Navigation start → the first task card, in the page's own clock
 * (performance.now() counts from the navigation's time origin). A
 * MutationObserver installed before any page script notes when the first
 * `li.card` is attached (React's commit) and the frame after it (the first
 * paint that can show it); the frame is the figure.
 */
function recordFirstCard(_: null): void {
  const w = window as unknown as { __firstCard: { card: number | null; frame: number | null } };
  w.__firstCard = { card: null, frame: null };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('li.card')) return;
    observer.disconnect();
    w.__firstCard.card = performance.now();
    requestAnimationFrame(() => (w.__firstCard.frame = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function sidepanelFirstRender(): Promise<Figure> {
  const world = await storeWorld();
  const { plans, tasks } = plansAndTasks(Date.now());
  const stored = await callStore(world.probe, 'seedTasks', plans, tasks, BENCH_UNIT);
  log(`side panel: ${stored} tasks in ${plans.length} plans; ${WARMUP} warm-up + ${RUNS} opens`);
  const frames: number[] = [];
  const commits: number[] = [];
  let cards = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const page = await world.session.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.addInitScript(initScript(recordFirstCard, null));
    await page.goto(extensionUrl(world.session, 'sidepanel.html?view=tasks'));
    await page.locator('li.card').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => (window as unknown as { __firstCard: Marks }).__firstCard.frame !== null);
    const m = await page.evaluate(() => (window as unknown as { __firstCard: Marks }).__firstCard);
    cards = await page.locator('li.card').count();
    await page.close();
    if (i < WARMUP) continue;
    frames.push(m.frame!);
    commits.push(m.card!);
  }
  return figure(frames, {
    unit: 'ms',
    budget: 300,
    how: `sidepanel.html?view=tasks opened in a new tab (400×900), navigation start → the animation frame after the first li.card is attached, measured in the page with performance.now(); ${RUNS} opens after ${WARMUP} warm-ups, with ${stored} tasks of the unit and 100,000 observations stored`,
    detail: { tasks: stored, plans: plans.length, cardsRendered: cards, firstCardAttachedMs: summary(commits) },
  });
}
