import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../../scripts/harness/browser';
import { dumpDatabase, openExtensionPage } from '../../scripts/harness/extension';

/*
 * A settings record the extension cannot read (left by a bug or a hand edit)
 * is kept aside as soon as the options page opens, the person is told which
 * part could not be read, and changing a setting does not lose it.
 */

let session: Session;
let options: Page;

/** Writes a settings record straight into the extension's database, as a broken release might have. */
const putSettings = (page: Page, value: unknown) =>
  page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tro-ly-cchc');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'settings', value: record });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );

const settingsRows = async (page: Page) => (await dumpDatabase(page)).settings as Array<{ key: string; value: unknown }>;

beforeAll(async () => {
  session = await launch({ port: 9, hosts: [], headless: true });
  options = await openExtensionPage(session, 'options.html#profile');
  await options.getByRole('heading', { name: 'Hồ sơ cá nhân' }).waitFor();
});
afterAll(async () => session?.close());

describe('a settings record that cannot be read', () => {
  const corrupt = { language: 'klingon', onboarded: true, profile: { unit: 'Phường Đông Kinh', role: null, province: 'langson' }, reminders: { workStart: '25:00' } };

  it('is kept aside when the options page opens, and the page says what could not be read', async () => {
    await putSettings(options, corrupt);
    await options.reload();
    const notice = options.locator('[data-settings-notice]');
    await notice.getByText('Cài đặt đã lưu có phần không đọc được (language, reminders.workStart): phần đó đang dùng giá trị mặc định.').waitFor();
    await notice.getByText(/^Bản cũ được cất riêng lúc .+ và có trong bản sao lưu/).waitFor();
    const kept = (await settingsRows(options)).filter((r) => r.key.startsWith('settings-quarantine:'));
    expect(kept.map((r) => r.value)).toEqual([{ value: corrupt }]);
    // What could be read is still the person's.
    expect(await options.getByLabel(/^Đơn vị của tôi/).inputValue()).toBe('Phường Đông Kinh');
  });

  it('survives a change of settings, and the notice goes once seen', async () => {
    await options.getByLabel(/^Đơn vị của tôi/).fill('Phường Đông Kinh 2');
    await expect.poll(async () => (await settingsRows(options)).find((r) => r.key === 'settings')?.value).toMatchObject({ profile: { unit: 'Phường Đông Kinh 2' } });
    const kept = (await settingsRows(options)).filter((r) => r.key.startsWith('settings-quarantine:'));
    expect(kept.map((r) => r.value)).toEqual([{ value: corrupt }]);
    await options.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect.poll(() => options.locator('[data-settings-notice]').count()).toBe(0);
    expect((await settingsRows(options)).filter((r) => r.key.startsWith('settings-quarantine:'))).toHaveLength(1);
  });
});
