import { describe, expect, it } from 'vitest';
import { ask } from '../../lib/messaging/fromBackground';
import { ContentReplies, ToContent } from '../../lib/messaging/toContent';
import { describeIssues } from '../../lib/schema/issues';
import { Settings } from '../../lib/schema/settings';

const answering = (answer: unknown) => async () => answer;

describe('replies are validated where they arrive', () => {
  it("reads the background's answer by the reply of the message asked", async () => {
    const settings = { ok: true, language: 'en', columns: {} };
    expect(await ask(answering(settings), { type: 'page.settings' })).toEqual(settings);
    expect(await ask(answering({ ok: true, stored: 3 }), { type: 'page.left' })).toEqual({ ok: true });
    // The page reads a refusal's words; that storage is full is the background's to act on.
    expect(await ask(answering({ ok: false, error: 'Bộ nhớ đầy', storageFull: true }), { type: 'page.left' })).toEqual({ ok: false, error: 'Bộ nhớ đầy' });
  });

  it('holds the settings reply to its shape: languages, columns of text', async () => {
    const reply = { ok: true, language: 'vi', columns: { dueAt: 'han tra' } };
    expect(await ask(answering(reply), { type: 'page.settings' })).toEqual(reply);
    for (const wrong of [{ ...reply, language: 'fr' }, { ...reply, columns: { dueAt: 3 } }, { ...reply, columns: ['han tra'] }]) {
      expect(await ask(answering(wrong), { type: 'page.settings' }), JSON.stringify(wrong)).toMatchObject({ ok: false });
    }
  });

  it('holds the shortfalls reply to its shape: each with its id, its subject and its words', async () => {
    const page = { type: 'page.observed', title: '', facts: { kind: 'unknown' } } as const;
    const shortfall = { id: 'onTime:A-1', subject: 'A-1', words: 'Đúng hạn: quá hạn 3 ngày' };
    const reply = { ok: true, shortfalls: [shortfall] };
    expect(await ask(answering(reply), page)).toEqual(reply);
    // What the page does not need is dropped: an object keeps only the fields its schema names.
    expect(await ask(answering({ ok: true, shortfalls: [{ ...shortfall, status: 'fail' }] }), page)).toEqual(reply);
    for (const wrong of [{ ok: true }, { ok: true, shortfalls: [{ ...shortfall, words: undefined }] }, { ok: true, shortfalls: [{ ...shortfall, subject: 3 }] }]) {
      expect(await ask(answering(wrong), page), JSON.stringify(wrong)).toMatchObject({ ok: false });
    }
  });

  it('takes an answer of another shape, none, or a failure to send for a refusal that says why', async () => {
    const wrong = await ask(answering({ ok: true, columns: 'all' }), { type: 'page.settings' });
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.error).toMatch(/^Trả lời không hợp lệ: /);
    // A page.observed answered as if it were page.left: not the reply of that message.
    expect(await ask(answering({ ok: true }), { type: 'page.observed', title: '', facts: { kind: 'unknown' } })).toMatchObject({ ok: false });
    expect(await ask(answering(undefined), { type: 'page.left' })).toMatchObject({ ok: false });
    const failed = await ask(() => Promise.reject(new Error('Receiving end does not exist.')), { type: 'page.left' });
    expect(failed).toEqual({ ok: false, error: 'Receiving end does not exist.' });
  });

  it('reads a message to a content script only in one of its shapes, nothing more', () => {
    expect(ToContent.safeParse({ type: 'finding.focus', id: 'a:b' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'page.reobserve' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'page.unsaved', error: 'Bộ nhớ đầy' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'page.unsaved' }).success).toBe(false);
    expect(ToContent.safeParse({ type: 'finding.focus' }).success).toBe(false);
    expect(ToContent.safeParse({ type: 'page.reobserve', id: 'a:b' }).success).toBe(false);
    expect(ToContent.safeParse({ type: 'page.erase' }).success).toBe(false);
  });

  it("reads a content script's answer by the reply of the message told", () => {
    expect(ContentReplies['finding.focus'].safeParse({ ok: false }).success).toBe(true);
    expect(ContentReplies['page.reobserve'].safeParse({ ok: false }).success).toBe(false);
    expect(ContentReplies['page.reobserve'].safeParse({ ok: false, error: 'Thông điệp không hợp lệ' }).success).toBe(true);
  });
});

describe('one way to tell a failed validation', () => {
  it('names the place of the first issue as a person finds it, and how many more there are', () => {
    const parsed = Settings.safeParse({ hosts: [{ host: 'not a host', family: 'onestop' }, { host: 'x', family: 'nope' }] });
    expect(parsed.success).toBe(false);
    const told = describeIssues(parsed.error!.issues);
    expect(told).toMatch(/^hosts\[0\]\.host: .+ \(và \d+ lỗi khác\)$/);
  });
});
