import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/db';
import { handleMessage } from '../../lib/background/handlers';
import { saveSettings, loadSettings } from '../../lib/db/settings';
import type { PageReport } from '../../lib/schema/facts';

const fresh = () => openDb(`bg-${crypto.randomUUID()}`);

const dossier = (code: string, eResult: boolean | null) => ({
  code,
  procedureName: 'Đăng ký khai sinh',
  channel: 'online' as const,
  status: 'Đã trả kết quả',
  receivedAt: '2026-11-02',
  dueAt: '2026-11-04',
  completedAt: '2026-11-03',
  resolved: true,
  onTime: true,
  eResult,
  digitized: true,
  dataReuse: true,
  rating: null,
});

const report = (codes: string[]): PageReport => ({
  kind: 'onestop.dossier_list',
  dossiers: codes.map((c) => dossier(c, false)),
  findings: codes.map((c) => ({
    id: `procedure.e_result_rate:${c}`,
    check: 'procedure.e_result_rate',
    indicator: 'procedure.e_result_rate',
    status: 'fail' as const,
    subject: c,
    message: { key: 'procedure.e_result_rate:miss' },
  })),
});

const observed = (codes: string[]) => ({
  type: 'page.observed',
  url: 'http://motcua.langson.gov.vn/vi/dossier/search',
  title: 'Tra cứu hồ sơ',
  report: report(codes),
});

describe('background message handling', () => {
  it('stores each dossier once and the tab findings', async () => {
    const db = fresh();
    const first = await handleMessage(db, observed(['A-1', 'A-2']), { tabId: 7 }, 1000);
    expect(first).toEqual({ ok: true, stored: 2 });
    await handleMessage(db, observed(['A-1']), { tabId: 7 }, 2000);
    const all = await db.observations.toArray();
    expect(all.map((o) => o.id).sort()).toEqual(['dossier:A-1', 'dossier:A-2']);
    const a1 = all.find((o) => o.id === 'dossier:A-1')!;
    expect([a1.firstSeenAt, a1.seenAt, a1.date, a1.host]).toEqual([1000, 2000, '2026-11-02', 'motcua.langson.gov.vn']);
    const page = await db.pages.get(7);
    expect(page?.findings.map((f) => f.subject)).toEqual(['A-1']);
  });

  it('refuses a malformed message with the place it went wrong, and stores nothing', async () => {
    const db = fresh();
    const bad = observed(['A-1']);
    (bad.report.dossiers![0] as { receivedAt: string }).receivedAt = '02/11/2026';
    const reply = await handleMessage(db, bad, { tabId: 7 });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain('report.dossiers.0.receivedAt');
    expect(await db.observations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
    expect((await handleMessage(db, { type: 'nope' }, { tabId: 7 })).ok).toBe(false);
    expect((await handleMessage(db, 'chuỗi', { tabId: 7 })).ok).toBe(false);
  });

  it('refuses an observation that does not come from a tab', async () => {
    const db = fresh();
    const reply = await handleMessage(db, observed(['A-1']), {});
    expect(reply.ok).toBe(false);
    expect(await db.observations.count()).toBe(0);
  });

  it('forgets the findings of a page the tab left', async () => {
    const db = fresh();
    await handleMessage(db, observed(['A-1']), { tabId: 3 });
    await handleMessage(db, { type: 'page.left', url: 'http://motcua.langson.gov.vn/' }, { tabId: 3 });
    expect(await db.pages.get(3)).toBeUndefined();
    expect(await db.observations.count()).toBe(1);
  });

  it('answers targets: the active plan over the 02/NQ-CP defaults, and the language', async () => {
    const db = fresh();
    await db.plans.put({
      id: 'p',
      header: { number: '49/KH-UBND', issuer: null, level: null, date: null, year: 2026, period: null, implements: [], replaces: [] },
      status: 'active',
      replacedBy: null,
      importedAt: 0,
      sourceName: 'x',
    });
    await db.targets.bulkPut([
      { id: 't1', planId: 'p', indicator: 'procedure.data_reuse_rate', area: 'procedure', comparator: 'gte', value: 85, unit: '%', text: '' },
      { id: 't2', planId: 'p', indicator: 'procedure.data_reuse_rate', area: 'procedure', comparator: 'gte', value: 82, unit: '%', text: '' },
    ]);
    await saveSettings(db, { language: 'en' });
    const reply = await handleMessage(db, { type: 'targets.get' }, { tabId: 1 });
    if (!reply.ok) throw new Error(String(reply.error));
    const targets = reply.targets as { indicator: string; value: number; source: string }[];
    expect(targets.find((t) => t.indicator === 'procedure.data_reuse_rate')).toMatchObject({ value: 85, source: '49/KH-UBND' });
    expect(targets.find((t) => t.indicator === 'procedure.e_result_rate')).toMatchObject({ value: 100 });
    expect(reply.language).toBe('en');
  });
});

describe('settings storage', () => {
  it('keeps a corrupt settings record, reports it, and runs on defaults', async () => {
    const db = fresh();
    await db.settings.put({ key: 'settings', value: { language: 'klingon', hosts: 'many' } });
    const logged: string[] = [];
    const s = await loadSettings(db, (m) => logged.push(m));
    expect(s.language).toBe('vi');
    expect(logged[0]).toMatch(/language/);
    expect((await db.settings.get('settings'))?.value).toEqual({ language: 'klingon', hosts: 'many' });
  });

  it('refuses to save an invalid host and changes nothing', async () => {
    const db = fresh();
    await saveSettings(db, { hosts: [{ host: 'motcua.langson.gov.vn', family: 'onestop' }] });
    await expect(saveSettings(db, { hosts: [{ host: 'not a host', family: 'onestop' }] })).rejects.toThrow(/hosts\.0\.host/);
    expect((await loadSettings(db)).hosts).toEqual([{ host: 'motcua.langson.gov.vn', family: 'onestop' }]);
  });
});
