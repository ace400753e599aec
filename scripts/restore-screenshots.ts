/**
 * Screenshots of OCR'd plans read in proper Vietnamese: each OCR-damaged
 * fixture plan is imported as a person would (paste, review, save), the unit
 * chosen, and the side panel's task list taken with the OCR wording opened
 * under the first cards. `node --import tsx scripts/restore-screenshots.ts DIR`
 * after `npm run -s build:demo`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './harness/browser';
import { chooseUnit, importPlan, onboardProvince, openExtensionPage } from './harness/extension';
import { fixtureHosts, startFixtureServer } from './harness/fixtureServer';
import { planText } from '../tests/fixtures/plans';

const OCR_PLANS = ['tam-thanh-2026', 'an-tuong-6-thang-cuoi-2025'];
const UNIT = 'Phòng Văn hóa - Xã hội';
const OPENED = 3;

async function shoot(name: string, dir: string): Promise<void> {
  const server = await startFixtureServer();
  const session = await launch({ port: server.port, hosts: fixtureHosts(), headless: true });
  try {
    await onboardProvince(session);
    await importPlan(session, planText(`${name}.txt`));
    await chooseUnit(session, UNIT);
    const panel = await openExtensionPage(session, 'sidepanel.html?view=tasks', 400, 1400);
    await panel.locator('main li.card').first().waitFor();
    // Groups beyond the first may start folded: open them so the first cards are the plan's.
    const originals = panel.locator('details.ocr-original > summary');
    for (let i = 0; i < Math.min(OPENED, await originals.count()); i++) await originals.nth(i).click();
    // Opening a card scrolls it into view: the picture starts at the top of the list.
    await panel.evaluate(() => document.querySelectorAll('*').forEach((e) => e.scrollTop > 0 && e.scrollTo(0, 0)));
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: join(dir, `ocr-${name}-sidepanel.png`) });
  } finally {
    await session.close();
    await server.close();
  }
}

async function main() {
  const dir = resolve(process.argv[2] ?? 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  for (const name of OCR_PLANS) await shoot(name, dir);
  console.log(`Đã ghi ${OCR_PLANS.map((n) => `ocr-${n}-sidepanel.png`).join(', ')} vào ${dir}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
