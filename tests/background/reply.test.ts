import { describe, expect, it } from 'vitest';
import { replyTo } from '../../lib/background/reply';

function routes() {
  const seen: { responded: unknown[]; told: string[]; flagged: string[] } = { responded: [], told: [], flagged: [] };
  return {
    seen,
    routes: {
      respond: (reply: unknown) => void seen.responded.push(reply),
      tellTab: (error: string) => void seen.told.push(error),
      flagStorageFull: (error: string) => void seen.flagged.push(error),
    },
  };
}

const findings = { ok: true as const, shortfalls: [{ id: 'onTime:A-1', subject: 'A-1', words: 'Quá hạn' }] };

describe('answering a content script once', () => {
  it('answers with the findings before storing, and stays silent when storing succeeds', async () => {
    const { seen, routes: r } = routes();
    await replyTo(async (answer) => {
      answer(findings);
      expect(seen.responded).toEqual([findings]);
      return { ok: true, stored: 1 };
    }, r);
    expect(seen).toEqual({ responded: [findings], told: [], flagged: [] });
  });

  it('tells the tab, and the toolbar, when storing fails after the answer', async () => {
    const { seen, routes: r } = routes();
    await replyTo(async (answer) => {
      answer(findings);
      return { ok: false, error: 'Bộ nhớ đầy', storageFull: true };
    }, r);
    expect(seen).toEqual({ responded: [findings], told: ['Bộ nhớ đầy'], flagged: ['Bộ nhớ đầy'] });

    const other = routes();
    await replyTo(async (answer) => {
      answer(findings);
      throw new Error('ổ đĩa lỗi');
    }, other.routes);
    expect(other.seen).toEqual({ responded: [findings], told: ['ổ đĩa lỗi'], flagged: [] });
  });

  it('answers with the outcome, or the refusal, when there was no earlier answer', async () => {
    const { seen, routes: r } = routes();
    await replyTo(async () => ({ ok: true, language: 'vi', columns: {} }), r);
    await replyTo(async () => ({ ok: false, error: 'Thông điệp không hợp lệ' }), r);
    await replyTo(() => Promise.reject(new Error('hỏng')), r);
    expect(seen.responded).toEqual([{ ok: true, language: 'vi', columns: {} }, { ok: false, error: 'Thông điệp không hợp lệ' }, { ok: false, error: 'hỏng' }]);
    expect(seen.told).toEqual([]);
  });
});
