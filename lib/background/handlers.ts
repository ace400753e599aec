import type { CchcDb } from '../db/db';
import { observationsFromReport, upsertObservations } from '../db/observations';
import { loadSettings } from '../db/settings';
import { ToBackground } from '../messaging/toBackground';
import type { BackgroundReply, ReplyTo } from '../messaging/fromBackground';
import { renderFinding } from '../indicators/render';
import { openFindings } from '../checks/shortfalls';
import { describeIssues, issueInVietnamese } from '../schema/issues';
import { loadTargetsInForce } from '../db/targets';
import { runChecks } from '../checks';
import { vietnamDate } from '../time/dates';
import { planMetaOf } from '../plan/draft';
import { withinCaps } from '../pages/caps';
import { cleanTitle, cleanUrl } from '../pages/privacy';
import { kindsOfHost } from '../hosts/families';
import { subjectNames } from '../views/thisPage';

/** Who sent a message, as the browser says, never as the message says. */
export interface SenderInfo {
  tabId?: number;
  /** The sending frame's address (`sender.url`, else its tab's). */
  url?: string;
}

function senderUrl(sender: SenderInfo): URL | null {
  try {
    return sender.url ? new URL(sender.url) : null;
  } catch {
    return null;
  }
}

/** How storing an observed page ended: how many records, or that the browser's storage is full. */
export type Stored = { ok: true; stored: number } | { ok: false; error: string; storageFull: true };

/**
 * Answers one message from a content script. Pure of the browser: the
 * background only passes the database, the sender and the clock, so the
 * tests call this directly.
 *
 * An observed page is answered with its findings through `answer` before they
 * are stored: the page's marks do not wait for the write. What is returned then
 * is how storing ended.
 */
export async function handleMessage(
  db: CchcDb,
  raw: unknown,
  sender: SenderInfo,
  now = Date.now(),
  answer: (reply: ReplyTo<'page.observed'>) => void = () => undefined,
): Promise<BackgroundReply | Stored> {
  const parsed = ToBackground.safeParse(raw, { error: issueInVietnamese });
  if (!parsed.success) return { ok: false, error: `Thông điệp không hợp lệ: ${describeIssues(parsed.error.issues)}` };
  const msg = parsed.data;
  switch (msg.type) {
    case 'page.settings': {
      const settings = await loadSettings(db);
      const host = senderUrl(sender)?.hostname ?? '';
      return { ok: true, language: settings.language, columns: settings.columns[host] ?? {} } satisfies ReplyTo<'page.settings'>;
    }
    case 'page.left':
      if (sender.tabId !== undefined) await db.pages.delete(sender.tabId);
      return { ok: true } satisfies ReplyTo<'page.left'>;
    case 'page.observed': {
      const url = senderUrl(sender);
      if (sender.tabId === undefined || !url) return { ok: false, error: 'Thông điệp không đến từ một thẻ trình duyệt.' };
      const settings = await loadSettings(db);
      // A script reports only the kinds of page its host's systems show: a page elsewhere cannot pose as them.
      if (!kindsOfHost(url.hostname, settings.hosts).has(msg.facts.kind)) {
        return { ok: false, error: `Trang trên ${url.hostname} không thể là loại trang ${msg.facts.kind}.` };
      }
      const facts = withinCaps(msg.facts);
      const today = vietnamDate(now);
      // The checks run here, against the targets held here: the page carries no indicator and its verdicts are never taken on trust.
      const report = { ...facts, findings: runChecks(facts, await loadTargetsInForce(db), today) };
      const dismissed = new Set((await db.dismissals.toArray()).map((d) => d.id));
      const shortfalls = openFindings(report.findings, dismissed).map((f) => ({ id: f.id, subject: f.subject, words: renderFinding(f, settings.language) }));
      answer({ ok: true, shortfalls });
      const observations = observationsFromReport(report, { host: url.host, unit: settings.profile.unit, now, today });
      const stored = await db.transaction('rw', db.observations, db.digests, db.pages, async () => {
        const count = await upsertObservations(db, observations);
        await db.pages.put({
          tabId: sender.tabId!,
          url: cleanUrl(url.href),
          kind: report.kind,
          title: cleanTitle(msg.title),
          findings: report.findings,
          notes: report.notes ?? null,
          observedAt: now,
          plan: report.kind === 'qlvb.document' ? planMetaOf(report.documents) : null,
          subjects: subjectNames(report),
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
