import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/db';
import { handleMessage } from '../../lib/background/handlers';
import { BackgroundReplies } from '../../lib/messaging/fromBackground';
import { saveSettings, loadSettings } from '../../lib/db/settings';
import type { PageFacts } from '../../lib/schema/facts';

const ONESTOP = 'http://motcua.langson.gov.vn/vi/dossier/search';

/** A database whose person added the demo province's one-stop system, as the first-run screen does. */
const fresh = async () => {
  const db = openDb(`bg-${crypto.randomUUID()}`);
  await saveSettings(db, { hosts: [{ host: 'motcua.langson.gov.vn', family: 'onestop' }] });
  return db;
};
const from = (tabId: number, url = ONESTOP) => ({ tabId, url });

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

const facts = (codes: string[]): PageFacts => ({
  kind: 'onestop.dossier_list',
  dossiers: codes.map((c) => dossier(c, false)),
});

const observed = (codes: string[]) => ({
  type: 'page.observed',
  title: 'Tra cứu hồ sơ',
  facts: facts(codes),
});

describe('background message handling', () => {
  it('stores each dossier once and the tab findings', async () => {
    const db = await fresh();
    const first = await handleMessage(db, observed(['A-1', 'A-2']), from(7), 1000);
    expect(first).toEqual({ ok: true, stored: 2 });
    await handleMessage(db, observed(['A-1']), from(7), 2000);
    const all = await db.observations.toArray();
    expect(all.map((o) => o.id).sort()).toEqual(['dossier:motcua.langson.gov.vn:A-1', 'dossier:motcua.langson.gov.vn:A-2']);
    const a1 = all.find((o) => o.id === 'dossier:motcua.langson.gov.vn:A-1')!;
    expect([a1.firstSeenAt, a1.seenAt, a1.date, a1.host]).toEqual([1000, 2000, '2026-11-02', 'motcua.langson.gov.vn']);
    const page = await db.pages.get(7);
    // The background's own checks of what the page showed: A-1 without an electronic result, and the list's rate.
    const fails = page?.findings.filter((f) => f.status === 'fail').map((f) => `${f.check}:${f.subject}`);
    expect(fails).toEqual(['procedure.e_result_rate:A-1', 'procedure.e_result_rate:list']);
  });

  it('refuses a malformed message with the place it went wrong, and stores nothing', async () => {
    const db = await fresh();
    const bad = observed(['A-1']);
    (bad.facts.dossiers![0] as { receivedAt: string }).receivedAt = '02/11/2026';
    const reply = await handleMessage(db, bad, from(7));
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain('facts.dossiers[0].receivedAt: phải là ngày dạng YYYY-MM-DD');
    expect(await db.observations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
    expect((await handleMessage(db, { type: 'nope' }, from(7))).ok).toBe(false);
    expect((await handleMessage(db, 'chuỗi', from(7))).ok).toBe(false);
  });

  it('refuses an observation that does not come from a tab', async () => {
    const db = await fresh();
    const reply = await handleMessage(db, observed(['A-1']), {});
    expect(reply.ok).toBe(false);
    expect(await db.observations.count()).toBe(0);
  });

  it('forgets the findings of a page the tab left', async () => {
    const db = await fresh();
    await handleMessage(db, observed(['A-1']), from(3));
    await handleMessage(db, { type: 'page.left' }, from(3));
    expect(await db.pages.get(3)).toBeUndefined();
    expect(await db.observations.count()).toBe(1);
  });

  it("answers an observed page with its shortfalls against the active plan, worded in the person's language, before storing", async () => {
    const db = await fresh();
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
      { id: 't2', planId: 'p', indicator: 'procedure.e_result_rate', area: 'procedure', comparator: 'gte', value: 70, unit: '%', text: '' },
    ]);
    await saveSettings(db, { ...(await loadSettings(db)), language: 'en' });
    let answered: unknown;
    let storedWhenAnswered = -1;
    const answer = (reply: unknown) => {
      answered = reply;
      // Counted at once, before the write could commit.
      void db.observations.count().then((n) => (storedWhenAnswered = n));
    };
    const result = await handleMessage(db, observed(['A-1', 'A-2']), from(1), Date.parse('2026-11-05T03:00:00Z'), answer);
    expect(result).toEqual({ ok: true, stored: 2 });
    expect(storedWhenAnswered).toBe(0);
    // Read as the content script reads it: by the reply schema of the message.
    const reply = BackgroundReplies['page.observed'].parse(answered);
    if (!reply.ok) throw new Error(reply.error);
    // Failing findings only: each dossier without an electronic result, and the list's rate against the plan's 70%.
    expect(reply.shortfalls.map((f) => f.subject).sort()).toEqual(['A-1', 'A-2', 'list']);
    const rate = reply.shortfalls.find((f) => f.subject === 'list')!;
    expect(rate.words).toMatch(/0\/2 = 0% — short of the target ≥ 70%/);
    const page = await db.pages.get(1);
    expect(page?.findings.find((f) => f.id === rate.id)?.status).toBe('fail');

    // A finding set aside leaves what the page is answered.
    await db.dismissals.put({ id: rate.id, at: 1 });
    await handleMessage(db, observed(['A-1', 'A-2']), from(1), Date.parse('2026-11-05T03:00:00Z'), (r) => (answered = r));
    const again = BackgroundReplies['page.observed'].parse(answered);
    expect(again.ok && again.shortfalls.map((f) => f.subject).sort()).toEqual(['A-1', 'A-2']);
  });

  it("answers a page's script with the language and the columns taught on its own host", async () => {
    const db = await fresh();
    await saveSettings(db, { ...(await loadSettings(db)), language: 'en', columns: { 'motcua.langson.gov.vn': { dueAt: 'han tra' }, 'motcua.caobang.gov.vn': { dueAt: 'x' } } });
    const reply = BackgroundReplies['page.settings'].parse(await handleMessage(db, { type: 'page.settings' }, from(1)));
    expect(reply).toEqual({ ok: true, language: 'en', columns: { dueAt: 'han tra' } });
  });
});

describe('settings storage', () => {
  it('keeps a corrupt settings record, reports it, and runs on defaults', async () => {
    const db = await fresh();
    await db.settings.put({ key: 'settings', value: { language: 'klingon', hosts: 'many' } });
    const logged: string[] = [];
    const s = await loadSettings(db, (m) => logged.push(m));
    expect(s.language).toBe('vi');
    expect(logged[0]).toMatch(/language/);
    expect((await db.settings.get('settings'))?.value).toEqual({ language: 'klingon', hosts: 'many' });
  });

  it('refuses to save an invalid host and changes nothing', async () => {
    const db = await fresh();
    await saveSettings(db, { hosts: [{ host: 'motcua.langson.gov.vn', family: 'onestop' }] });
    await expect(saveSettings(db, { hosts: [{ host: 'not a host', family: 'onestop' }] })).rejects.toThrow(/hosts\[0\]\.host/);
    expect((await loadSettings(db)).hosts).toEqual([{ host: 'motcua.langson.gov.vn', family: 'onestop' }]);
  });
});

describe('trust between hosts', () => {
  const feedbackReport = (onTime: boolean): PageFacts => ({
    kind: 'feedback.list',
    feedback: [{ code: 'PA-1', title: null, receivedAt: '2026-11-02', dueAt: '2026-11-20', handledAt: '2026-11-25', status: null, onTime }],
  });
  const feedbackPage = (onTime: boolean) => ({ type: 'page.observed', title: 'PAKN', facts: feedbackReport(onTime) });

  it("keys what it stores by the sender's host: another host's page cannot overwrite it", async () => {
    const db = await fresh();
    await saveSettings(db, {
      hosts: [
        { host: 'motcua.langson.gov.vn', family: 'onestop' },
        { host: 'motcua.caobang.gov.vn', family: 'onestop' },
      ],
    });
    await handleMessage(db, feedbackPage(false), from(1, 'https://motcua.langson.gov.vn/vi/pakn'), 1000);
    await handleMessage(db, feedbackPage(true), from(2, 'https://motcua.caobang.gov.vn/vi/pakn'), 2000);
    const langson = await db.observations.get('feedback:motcua.langson.gov.vn:PA-1');
    expect(langson?.data).toMatchObject({ onTime: false });
    expect(langson?.seenAt).toBe(1000);
    expect(await db.observations.count()).toBe(2);
  });

  it('takes the host from the sender, never from the message', async () => {
    const db = await fresh();
    const forged = { ...feedbackPage(true), url: ONESTOP };
    expect((await handleMessage(db, forged, from(1, 'https://evil.dichvucong.gov.vn/pakn'))).ok).toBe(false);
    // Without a field naming it, a page on an unlisted host is refused all the same.
    expect((await handleMessage(db, feedbackPage(true), from(1, 'https://evil.dichvucong.gov.vn/pakn'))).ok).toBe(false);
    expect((await handleMessage(db, feedbackPage(true), { tabId: 1 })).ok).toBe(false);
    expect(await db.observations.count()).toBe(0);
  });

  it("refuses a report of another family's kind", async () => {
    const db = await fresh();
    const index = {
      type: 'page.observed',
      title: 'Bộ chỉ số',
      facts: { kind: 'dvc.index', indexScores: [{ unit: 'Lạng Sơn', period: null, groups: { CKMB: null, TDGQ: null, CLGQ: null, TTTT: null, MDHL: null, MDSH: null }, total: 99.9 }] },
    };
    const reply = await handleMessage(db, index, from(1));
    expect(reply.ok).toBe(false);
    expect(await db.observations.count()).toBe(0);
    // The national portal may report it.
    expect((await handleMessage(db, index, from(1, 'https://dichvucong.gov.vn/p/home/dvc-index-tinhthanhpho-tonghop.html'))).ok).toBe(true);
  });

  it('stores at most 5,000 rows and 1,000 characters a field, and notes what it dropped', async () => {
    const db = await fresh();
    const codes = Array.from({ length: 5200 }, (_, i) => `X-${i}`);
    const big = facts(codes);
    big.dossiers![0].procedureName = 'a'.repeat(20_000);
    const reply = await handleMessage(db, { type: 'page.observed', title: 'Danh sách', facts: big }, from(4));
    expect(reply).toEqual({ ok: true, stored: 5000 });
    expect(await db.observations.count()).toBe(5000);
    const first = await db.observations.get('dossier:motcua.langson.gov.vn:X-0');
    expect(first?.type === 'dossier' && first.data.procedureName?.length).toBe(1000);
    expect((await db.pages.get(4))?.notes).toMatchObject({ droppedRows: 200, cutFields: 1 });
  });

  it("cleans the page's address and title of personal data before storing them", async () => {
    const db = await fresh();
    const url = `${ONESTOP}?chuHoSo=Nguy%E1%BB%85n+V%C4%83n+An&cccd=020190001234&sdt=0912345678&trang=2`;
    const msg = { type: 'page.observed', title: 'Hồ sơ của ông Nguyễn Văn An - 0912 345 678', facts: facts(['A-1']) };
    await handleMessage(db, msg, from(5, url));
    const page = await db.pages.get(5);
    expect(page?.url).toBe(`${ONESTOP}?trang=2`);
    expect(page?.title).not.toMatch(/Nguyễn|0912/);
  });
});
