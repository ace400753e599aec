import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../../scripts/harness/browser';
import { fixtureHosts, fixturePages, startFixtureServer, type FixtureServer } from '../../scripts/harness/fixtureServer';
import { openExtensionPage, tabIdOf } from '../../scripts/harness/extension';
import { planText } from '../fixtures/plans';

const PLAN = planText('thuy-hung-2026.txt');

let server: FixtureServer;
let session: Session;
let options: Page;

const stepDone = (step: string) => options.locator(`[data-step=${step}] .pill.pass`).count();

beforeAll(async () => {
  server = await startFixtureServer([]);
  session = await launch({ port: server.port, hosts: fixtureHosts(), headless: true });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('first run, from installation to the first marks', () => {
  it('installing opens the options page on a guide of four steps, none done', async () => {
    const opened = () => session.context.pages().find((p) => p.url().includes('/options.html'));
    await expect.poll(opened, { timeout: 10_000 }).toBeTruthy();
    options = opened()!;
    await options.getByRole('heading', { name: 'Bắt đầu trong bốn bước' }).waitFor();
    expect(await options.locator('ol.steps li').count()).toBe(4);
    expect(await options.locator('ol.steps .pill.pass').count()).toBe(0);
  });

  it('province, then unit and role, then the plan: each step shows it is done and offers the next', async () => {
    await options.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Lạng Sơn' });
    await options.getByRole('button', { name: 'Cho phép đọc các hệ thống của tỉnh' }).click();
    await expect.poll(() => stepDone('province')).toBe(1);

    await options.getByRole('button', { name: 'Làm bước này' }).click();
    // Before any plan the unit is typed: the list cannot be empty-handed.
    await options.getByLabel('Đơn vị của tôi').fill('Bộ phận Một cửa');
    await options.getByLabel('Vai trò').selectOption({ label: 'Cán bộ một cửa' });
    await expect.poll(() => stepDone('profile')).toBe(1);

    await options.getByRole('button', { name: 'Làm bước này' }).click();
    await options.getByLabel('Dán văn bản kế hoạch').fill(PLAN);
    await options.getByRole('button', { name: 'Đọc kế hoạch' }).click();
    await options.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    await expect.poll(() => stepDone('plan')).toBe(1);
    expect(await stepDone('page')).toBe(0);
  });

  it('opening a portal page marks it, and the guide says all is done', async () => {
    const fixture = fixturePages().find((p) => p.kind === 'onestop.dossier_list')!;
    const portal = await session.context.newPage();
    await portal.goto(server.urlOf(fixture.url));
    await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
    await expect.poll(() => stepDone('page')).toBe(1);
    await options.getByText(/Đã xong các bước/).waitFor();

    // An officer's side panel opens on the page, not on the plan's tasks.
    const tabId = await tabIdOf(options, '*://motcua.langson.gov.vn/*');
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}`, 400, 900);
    await expect.poll(() => panel.getByRole('tab', { selected: true }).textContent()).toBe('Trang này');
  });
});
