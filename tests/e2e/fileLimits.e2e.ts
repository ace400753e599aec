import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../../scripts/harness/browser';
import { dumpDatabase, openExtensionPage } from '../../scripts/harness/extension';

/*
 * A backup or a colleague's export over the size limit is refused by its
 * size, before it is read, with the limit said beside each file picker.
 */

let session: Session;
let options: Page;
/** 26 MB of zeros: were it read, the complaint would be about its JSON. */
const oversize = { name: 'qua-lon.json', mimeType: 'application/json', buffer: Buffer.alloc(26 * 1024 * 1024) };

beforeAll(async () => {
  session = await launch({ port: 9, hosts: [], headless: true });
  options = await openExtensionPage(session, 'options.html#data');
  await options.getByRole('heading', { name: 'Sao lưu và khôi phục' }).waitFor();
});
afterAll(async () => session?.close());

describe('size limit of restore and merge files', () => {
  it('says the limit beside both file pickers', async () => {
    await expect.poll(() => options.getByText('Mỗi tệp tối đa 25 MB.', { exact: false }).count()).toBe(2);
  });

  it('refuses a 26 MB backup without asking to replace the data, and keeps the data', async () => {
    const before = JSON.stringify(await dumpDatabase(options));
    let asked = false;
    options.on('dialog', (d) => {
      asked = true;
      void d.dismiss();
    });
    await options.getByLabel('Khôi phục từ bản sao lưu').setInputFiles(oversize);
    await options.getByText('Lỗi: qua-lon.json: tệp quá lớn (26 MB), tối đa 25 MB — không đọc.').waitFor();
    expect(asked).toBe(false);
    expect(JSON.stringify(await dumpDatabase(options))).toBe(before);
  });

  it('refuses a 26 MB export in the unit report', async () => {
    const [small, big] = [{ name: 'dong-nghiep.json', mimeType: 'application/json', buffer: Buffer.from('{}') }, { ...oversize, name: 'to.json' }];
    await options.getByLabel('Chọn các tệp JSON').setInputFiles([small, big]);
    await options.getByText('Lỗi: to.json: tệp quá lớn (26 MB), tối đa 25 MB — không đọc.').waitFor();
  });

  it('refuses a 26 MB export in the periodic CCHC report of the unit', async () => {
    await options.getByLabel('Báo cáo cho cả đơn vị từ các tệp JSON đồng nghiệp đã xuất').setInputFiles({ ...oversize, name: 'bao-cao.json' });
    await options.getByText('Lỗi: bao-cao.json: tệp quá lớn (26 MB), tối đa 25 MB — không đọc.').waitFor();
  });
});
