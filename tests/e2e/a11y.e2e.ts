import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorkingDay, type World } from './world';
import { openExtensionPage } from '../../scripts/harness/extension';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, which the extension pages' CSP does not govern.
  await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

let world: World;
let tabId: number;

beforeAll(async () => {
  ({ world, tabId } = await startWorkingDay());
});
afterAll(async () => world?.close());

describe('accessibility (axe-core), with data in every view', () => {
  for (const view of ['tasks', 'page', 'targets']) {
    it(`side panel: ${view}`, async () => {
      const panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=${view}`, 400, 900);
      await panel.locator('main li, main .empty, main .card').first().waitFor();
      expect(await seriousViolations(panel)).toEqual([]);
    });
  }

  it('popup', async () => {
    const popup = await openExtensionPage(world.session, 'popup.html', 360, 600);
    await popup.getByRole('heading', { name: 'Việc thường ngày' }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  for (const section of ['portals', 'profile', 'plans', 'reminders', 'data', 'language']) {
    it(`options: ${section}`, async () => {
      const options = await openExtensionPage(world.session, `options.html#${section}`);
      await options.locator('main h2').first().waitFor();
      expect(await seriousViolations(options)).toEqual([]);
    });
  }

  it('every control in the side panel is reachable by keyboard, with a visible focus', async () => {
    const panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
    await panel.getByRole('button', { name: 'Đến dòng trên trang' }).first().waitFor();
    const controls = await panel.locator('button, select, input, a[href], textarea').count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 5; i++) {
      await panel.keyboard.press('Tab');
      const focus = await panel.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const index = [...document.querySelectorAll('button, select, input, a[href], textarea')].indexOf(el);
        return { key: `${index}:${el.tagName}:${el.textContent?.slice(0, 30)}`, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (!focus) continue;
      expect(focus.outline, focus.key).toBe(true);
      reached.add(focus.key);
    }
    // Tabs use roving focus (arrow keys), so only the selected tab is in the Tab order.
    expect(reached.size).toBeGreaterThanOrEqual(controls - 2);
  });
});
