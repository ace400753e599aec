import type { Page } from 'playwright-core';
import { launch, type Session } from '../../scripts/harness/browser';
import { fixtureHosts, fixturePages, startFixtureServer, type FixtureServer, type PageMaker } from '../../scripts/harness/fixtureServer';
import { chooseUnit, importPlan, onboardProvince, openExtensionPage, tabIdOf } from '../../scripts/harness/extension';
import { planText } from '../fixtures/plans';

/** One browser with the extension, the fixture server, and the province's systems granted. */
export interface World {
  session: Session;
  server: FixtureServer;
  /** An extension page kept open to ask the extension things (tabs, database). */
  probe: Page;
  open(kind: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startWorld(makers: PageMaker[] = []): Promise<World> {
  const server = await startFixtureServer(makers);
  const session = await launch({ port: server.port, hosts: fixtureHosts(), headless: true });
  await onboardProvince(session);
  const probe = await openExtensionPage(session, 'options.html#language');
  return {
    session,
    server,
    probe,
    async open(kind) {
      const fixture = fixturePages().find((p) => p.kind === kind);
      if (!fixture) throw new Error(`Không có trang mẫu loại ${kind}`);
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(server.urlOf(fixture.url));
      return page;
    },
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/**
 * A working day under way: the commune's 2026 plan imported, the unit chosen,
 * and the one-stop list open and marked. Returns the list's tab id.
 */
export async function startWorkingDay(): Promise<{ world: World; tabId: number }> {
  const world = await startWorld();
  await importPlan(world.session, planText('thuy-hung-2026.txt'));
  await chooseUnit(world.session, 'Phòng Văn hóa - Xã hội');
  const portal = await world.open('onestop.dossier_list');
  await portal.locator('tro-ly-cchc-marks').waitFor({ state: 'attached' });
  return { world, tabId: await tabIdOf(world.probe, '*://motcua.langson.gov.vn/*') };
}
