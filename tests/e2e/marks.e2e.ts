import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inMarks } from '../../scripts/harness/marks';
import { startWorld, type World } from './world';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every table cell on the page, with the text of the row it is in. */
const cellsOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('td, th, [role="gridcell"], [role="cell"], [role="columnheader"]')].map((c) => {
      const r = c.getBoundingClientRect();
      const row = c.closest('tr, [role="row"]') as HTMLElement | null;
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, row: row?.innerText ?? '' };
    }),
  );

/** What the marks' closed shadow root shows: the bars, the badge, its reason line and its position. */
const drawn = (page: Page) =>
  inMarks(
    page,
    (root) => {
      const box = (e: Element | null) => {
        const r = e?.getBoundingClientRect();
        return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
      };
      const badge = root.querySelector('.badge');
      return {
        bars: [...root.querySelectorAll('.mark')].filter((m) => (m as HTMLElement).style.display !== 'none').map((m) => box(m)!),
        badge: box(badge),
        reason: box(root.querySelector('.reason')),
        reasonText: root.querySelector('.reason')?.textContent ?? '',
        subject: root.querySelector('.reason strong')?.textContent ?? '',
        position: root.querySelector('.position')?.textContent ?? '',
        buttons: [...(badge?.querySelectorAll('button') ?? [])].map((b) => ({ label: b.getAttribute('aria-label') ?? '', ...box(b)! })),
      };
    },
    undefined,
    null,
  );

async function press(page: Page, label: string) {
  const state = await drawn(page);
  const b = state!.buttons.find((x) => x.label === label)!;
  await page.mouse.click((b.left + b.right) / 2, (b.top + b.bottom) / 2);
}

let world: World;
let list: Page;

beforeAll(async () => {
  world = await startWorld();
  list = await world.open('onestop.dossier_list');
  await list.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
});
afterAll(async () => world?.close());

describe('marks on a one-stop list point at the rows and cover no cell', () => {
  it('a bar beside each failing row, none over any cell of the table', async () => {
    await expect.poll(async () => (await drawn(list))?.bars.length ?? 0).toBeGreaterThan(1);
    const cells = await cellsOf(list);
    expect(cells.length).toBeGreaterThan(20);
    const { bars } = (await drawn(list))!;
    for (const bar of bars) expect(cells.filter((c) => intersects(bar, c))).toEqual([]);
  });

  it('▶ twice reads "2/N"; the reasons show in the badge, which covers no cell, least of all its own row', async () => {
    const total = Number(await list.locator('tro-ly-cchc-marks').getAttribute('data-marks'));
    expect(total).toBeGreaterThan(2);
    expect((await drawn(list))!.position).toBe(`–/${total}`);
    await press(list, 'Điểm chưa đạt tiếp theo');
    await press(list, 'Điểm chưa đạt tiếp theo');
    await expect.poll(async () => (await drawn(list))!.position).toBe(`2/${total}`);
    const state = (await drawn(list))!;
    expect(state.reasonText).toMatch(/\p{L}{3,}/u);
    const cells = await cellsOf(list);
    const ownRow = cells.filter((c) => state.subject && c.row.includes(state.subject));
    if (state.subject !== 'Cả danh sách') expect(ownRow.length).toBeGreaterThan(3);
    expect(ownRow.filter((c) => intersects(state.reason!, c))).toEqual([]);
    expect(cells.filter((c) => intersects(state.badge!, c))).toEqual([]);
    await press(list, 'Điểm chưa đạt trước');
    await expect.poll(async () => (await drawn(list))!.position).toBe(`1/${total}`);
  });

  it('the badge moves to another corner when asked', async () => {
    const before = (await drawn(list))!.badge!;
    await press(list, 'Chuyển khung này sang góc khác');
    await expect.poll(async () => {
      const after = (await drawn(list))!.badge!;
      return after.left !== before.left || after.top !== before.top;
    }).toBe(true);
  });
});

describe('marks on a dossier page', () => {
  it('nothing is drawn over the dossier code', async () => {
    const detail = await world.open('onestop.dossier');
    await detail.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
    await expect.poll(async () => (await drawn(detail))?.bars.length ?? 0).toBe(1);
    await detail.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(async () => (await drawn(detail))!.position).toBe('1/1');
    const code = await detail.evaluate(() => {
      const leaf = [...document.querySelectorAll('body *')].find(
        (e) => e.children.length === 0 && /^\s*\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4}\s*$/.test(e.textContent ?? ''),
      );
      const r = leaf!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const state = (await drawn(detail))!;
    for (const shape of [...state.bars, state.badge!]) expect(intersects(shape, code)).toBe(false);
  });
});
