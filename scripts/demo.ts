/**
 * npm run demo: builds the extension, serves the built-in demo portal pages on
 * 127.0.0.1 under their real host names, and opens Chromium with the
 * extension loaded on them. With --screenshots DIR (or with no display) it
 * runs headless and writes PNGs of the side panel, popup, options page and an
 * annotated portal page instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './harness/browser';
import { fixtureHosts, fixturePages, startFixtureServer } from './harness/fixtureServer';
import { chooseUnit, importPlan, onboardProvince, openExtensionPage, tabIdOf } from './harness/extension';

/** A commune's 2026 plan, as typed text: its tasks fill "Việc của tôi" for the demo unit. */
const DEMO_PLAN = resolve(import.meta.dirname, '../tests/fixtures/plans/yen-binh-2026.txt');
const DEMO_UNIT = 'Phòng Văn hóa - Xã hội';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const shotsArg = argValue('--screenshots');
  const headless = shotsArg !== undefined || !process.env.DISPLAY;
  const shots = resolve(shotsArg ?? 'demo-screenshots');
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', '-s', 'build:demo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startFixtureServer();
  const session = await launch({ port: server.port, hosts: fixtureHosts(), headless });
  try {
    await onboardProvince(session);
    await importPlan(session, readFileSync(DEMO_PLAN, 'utf8'));
    await chooseUnit(session, DEMO_UNIT);
    const pages = fixturePages();
    const list = pages.find((p) => p.kind === 'onestop.dossier_list')!;
    for (const p of pages.filter((x) => x !== list)) {
      const tab = await session.context.newPage();
      await tab.goto(server.urlOf(p.url));
    }
    const portal = await session.context.newPage();
    await portal.setViewportSize({ width: 1280, height: 860 });
    await portal.goto(server.urlOf(list.url));
    await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
    await portal.waitForTimeout(800);
    // Step to the first shortfall, as a person would with the badge's ▶ (Alt+Shift+J), so its reasons show.
    await portal.keyboard.press('Alt+Shift+KeyJ');
    await portal.evaluate(() => window.scrollTo(0, 0));
    if (!headless) {
      console.log('Chromium đang mở với Trợ lý CCHC trên các trang demo. Đóng cửa sổ để kết thúc.');
      await new Promise((done) => session.context.on('close', done));
      return;
    }
    mkdirSync(shots, { recursive: true });
    await portal.screenshot({ path: join(shots, 'portal-annotated.png') });
    const detail = await session.context.newPage();
    await detail.setViewportSize({ width: 1280, height: 720 });
    await detail.goto(server.urlOf(pages.find((p) => p.kind === 'onestop.dossier')!.url));
    await detail.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
    await detail.keyboard.press('Alt+Shift+KeyJ');
    await detail.waitForTimeout(1800);
    await detail.screenshot({ path: join(shots, 'portal-detail.png') });
    const options = await openExtensionPage(session, 'options.html#portals', 1100, 760);
    await options.screenshot({ path: join(shots, 'options.png') });
    const tabId = await tabIdOf(options, list.url.replace(/^https?:/, '*:'));
    const panel = await openExtensionPage(session, `sidepanel.html?tab=${tabId}&view=page`, 400, 900);
    await panel.getByText(/điểm chưa đạt/).first().waitFor();
    await panel.screenshot({ path: join(shots, 'sidepanel.png') });
    // The side panel at the narrow and the wide widths Chrome lets a person drag it to.
    for (const width of [360, 480]) {
      for (const view of ['tasks', 'page', 'targets']) {
        const page = await openExtensionPage(session, `sidepanel.html?tab=${tabId}&view=${view}`, width, 900);
        await page.locator('main li, main .empty').first().waitFor();
        // The demo pages' dossiers date from earlier in the year: show the year so the figures are there.
        if (view === 'targets') await page.getByLabel('Kỳ').selectOption('year');
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(shots, `sidepanel-${view}-${width}.png`) });
        await page.close();
      }
      const narrow = await openExtensionPage(session, 'options.html#profile', width, 900);
      await narrow.locator('#profile-title').waitFor();
      await narrow.screenshot({ path: join(shots, `options-${width}.png`) });
      await narrow.close();
    }
    for (const width of [360, 480]) {
      const narrow = await openExtensionPage(session, 'popup.html', width, 640);
      await narrow.getByRole('heading', { name: 'Việc thường ngày' }).waitFor();
      await narrow.screenshot({ path: join(shots, `popup-${width}.png`) });
      await narrow.close();
      // The portal in a narrow window: the marks and the badge must still point without covering.
      await portal.setViewportSize({ width, height: 760 });
      await portal.evaluate(() => window.scrollTo(0, 0));
      await portal.waitForTimeout(400);
      await portal.screenshot({ path: join(shots, `portal-annotated-${width}.png`) });
    }
    console.log(`Đã ghi ảnh chụp vào ${shots}: portal-annotated.png, portal-detail.png, sidepanel.png, options.png, options-360/480.png, popup-360/480.png, portal-annotated-360/480.png và sidepanel-*-360/480.png`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
