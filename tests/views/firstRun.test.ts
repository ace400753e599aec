import { describe, expect, it } from 'vitest';
import { emptyDb } from './emptyDb';
import { defaultSettings } from '../../lib/schema/settings';
import { loadFirstRun } from '../../lib/views/firstRun';

describe('first-run steps', () => {
  it('each step is done when the person has done it; the next is the first not done', async () => {
    const db = await emptyDb();
    const settings = defaultSettings();
    expect(await loadFirstRun(settings)).toEqual({ done: { province: false, profile: false, plan: false, page: false }, next: 'province' });
    settings.hosts = [{ host: 'motcua.langson.gov.vn', family: 'onestop' }];
    settings.profile = { unit: 'Bộ phận Một cửa', role: null, province: 'langson' };
    expect((await loadFirstRun(settings)).next).toBe('profile');
    settings.profile.role = 'one_stop';
    expect((await loadFirstRun(settings)).next).toBe('plan');
    await db.pages.put({ tabId: 1, url: 'https://motcua.langson.gov.vn', kind: 'onestop.dossier_list', title: '', findings: [], observedAt: 1 });
    expect(await loadFirstRun(settings)).toEqual({ done: { province: true, profile: true, plan: false, page: true }, next: 'plan' });
  });

  it('a page seen in an earlier session counts: a stored observation alone marks the page step done', async () => {
    const db = await emptyDb();
    const settings = defaultSettings();
    expect((await loadFirstRun(settings)).done.page).toBe(false);
    await db.observations.put({
      id: 'procedure:dichvucong.gov.vn:1.001',
      key: '1.001',
      host: 'dichvucong.gov.vn',
      firstSeenAt: 1,
      seenAt: 1,
      date: null,
      unit: null,
      type: 'procedure',
      data: { code: '1.001', name: 'Cấp giấy phép', level: null, field: null, onlineLevel: null, submissionChannels: [], processingDays: null, eResult: null, onlinePayment: null },
    });
    expect((await loadFirstRun(settings)).done.page).toBe(true);
  });
});
