import type { CchcDb } from '../db/db';
import { observationsFromReport, upsertObservations } from '../db/observations';
import { loadSettings } from '../db/settings';
import { ToBackground, describeIssues } from '../messaging/toBackground';
import type { Reply } from '../messaging/reply';
import { checkTargets } from '../db/targets';
import { vietnamDate } from '../metrics/dates';
import { planMetaOf } from '../plan/draft';
import { subjectNames } from '../views/thisPage';

export interface SenderInfo {
  tabId?: number;
}

/**
 * Answers one message from a content script. Pure of the browser: the
 * background only passes the database, the sender and the clock, so the
 * tests call this directly.
 */
export async function handleMessage(db: CchcDb, raw: unknown, sender: SenderInfo, now = Date.now()): Promise<Reply> {
  const parsed = ToBackground.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `Thông điệp không hợp lệ: ${describeIssues(parsed.error)}` };
  const msg = parsed.data;
  switch (msg.type) {
    case 'targets.get':
      return { ok: true, targets: await checkTargets(db), language: (await loadSettings(db)).language };
    case 'page.left':
      if (sender.tabId !== undefined) await db.pages.delete(sender.tabId);
      return { ok: true };
    case 'page.observed': {
      if (sender.tabId === undefined) return { ok: false, error: 'Thông điệp không đến từ một thẻ trình duyệt.' };
      const settings = await loadSettings(db);
      const observations = observationsFromReport(msg.report, {
        host: new URL(msg.url).host,
        unit: settings.profile.unit,
        now,
        today: vietnamDate(now),
      });
      const stored = await db.transaction('rw', db.observations, db.digests, db.pages, async () => {
        const count = await upsertObservations(db, observations);
        await db.pages.put({
          tabId: sender.tabId!,
          url: msg.url,
          kind: msg.report.kind,
          title: msg.title,
          findings: msg.report.findings,
          observedAt: now,
          plan: msg.report.kind === 'qlvb.document' ? planMetaOf(msg.report.documents) : null,
          subjects: subjectNames(msg.report),
        });
        return count;
      }).catch(nullWhenStorageFull);
      // A full disk must reach the user as such, not as Dexie's English error.
      if (stored === null) return { ok: false, error: STORAGE_FULL, storageFull: true };
      return { ok: true, stored };
    }
  }
}

const STORAGE_FULL = 'Bộ nhớ của trình duyệt đã đầy: chưa lưu được trang này. Hãy xóa bớt dữ liệu cũ (Tùy chọn › Dữ liệu).';

/** IndexedDB's QuotaExceededError, raw, wrapped by Dexie (`inner`) or among a bulk write's failures. */
function isQuotaExceeded(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  return e.name === 'QuotaExceededError' || isQuotaExceeded(e.inner) || (Array.isArray(e.failures) && e.failures.some(isQuotaExceeded));
}

function nullWhenStorageFull(error: unknown): null {
  if (isQuotaExceeded(error)) return null;
  throw error;
}
