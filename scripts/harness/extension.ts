import type { Page } from 'playwright-core';
import type { Session } from './browser';

/** The extension API as seen inside an extension page evaluated by Playwright. */
declare const chrome: typeof import('wxt/browser').browser;

export const extensionUrl = (session: Session, path: string) => `chrome-extension://${session.extensionId}/${path}`;

export async function openExtensionPage(session: Session, path: string, width = 1100, height = 800): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height });
  const url = extensionUrl(session, path);
  try {
    await page.goto(url);
  } catch (e) {
    // Right after installation the extension opens its options page itself; Chromium may take over this tab for it.
    if (!/interrupted by another navigation/.test(String(e))) throw e;
    await page.waitForLoadState('load');
    if (page.url() !== url) await page.goto(url);
  }
  return page;
}

/**
 * The first-run screen as a person uses it: pick the province, press the
 * button. The click is the user gesture the permission request needs.
 */
export async function onboardProvince(session: Session, provinceName = 'Lạng Sơn'): Promise<void> {
  const page = await openExtensionPage(session, 'options.html');
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: provinceName });
  await page.getByRole('button', { name: 'Cho phép đọc các hệ thống của tỉnh' }).click();
  await page.getByText(/Đã thêm \d+ hệ thống/).waitFor();
  await page.close();
}

/** The id of the tab showing a URL that matches the pattern, asked of the extension itself. */
export async function tabIdOf(extPage: Page, urlPattern: string): Promise<number> {
  const id = await extPage.evaluate(async (pattern) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    return tab?.id ?? null;
  }, urlPattern);
  if (id === null) throw new Error(`Không có thẻ nào mở ${urlPattern}`);
  return id;
}

/** Every record of every store of the extension's database, read with raw IndexedDB. */
export async function dumpDatabase(extPage: Page): Promise<Record<string, unknown[]>> {
  return extPage.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('tro-ly-cchc');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          if (!names.length) return resolve(out);
          const tx = idb.transaction(names, 'readonly');
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Imports a plan as a person does: paste, read, review, save. */
export async function importPlan(session: Session, text: string): Promise<void> {
  const options = await openExtensionPage(session, 'options.html#plans');
  await options.getByLabel('Dán văn bản kế hoạch').fill(text);
  await options.getByRole('button', { name: 'Đọc kế hoạch' }).click();
  await options.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await options.getByText(/Đã lưu kế hoạch/).waitFor();
  await options.close();
}

/** Picks the user's unit in the profile, as a person does. */
export async function chooseUnit(session: Session, unit: string): Promise<void> {
  const options = await openExtensionPage(session, 'options.html#profile');
  await options.getByLabel('Đơn vị của tôi').fill(unit);
  // Typed text is stored as it is typed: wait for the last of it before leaving the page.
  for (let i = 0; i < 50; i++) {
    const stored = (await dumpDatabase(options)).settings as { value: { profile?: { unit?: string } } }[];
    if (stored[0]?.value.profile?.unit === unit) break;
    await options.waitForTimeout(100);
  }
  await options.close();
}
