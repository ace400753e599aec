import { describe, expect, it } from 'vitest';
import { ask } from '../../lib/messaging/fromBackground';
import { ContentReplies } from '../../lib/messaging/toContent';
import { describeIssues } from '../../lib/schema/issues';
import { Settings } from '../../lib/schema/settings';

const answering = (answer: unknown) => async () => answer;

describe('replies are validated where they arrive', () => {
  it("reads the background's answer by the reply of the message asked", async () => {
    const targets = { ok: true, targets: [], language: 'en', columns: {}, dismissed: ['x'] };
    expect(await ask(answering(targets), { type: 'targets.get' })).toEqual(targets);
    expect(await ask(answering({ ok: true, stored: 3 }), { type: 'page.left' })).toEqual({ ok: true });
    expect(await ask(answering({ ok: false, error: 'Bộ nhớ đầy', storageFull: true }), { type: 'page.left' })).toEqual({ ok: false, error: 'Bộ nhớ đầy', storageFull: true });
  });

  it('takes an answer of another shape, none, or a failure to send for a refusal that says why', async () => {
    const wrong = await ask(answering({ ok: true, targets: 'all' }), { type: 'targets.get' });
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.error).toMatch(/^Trả lời không hợp lệ: /);
    // A page.observed answered as if it were targets.get: not the reply of that message.
    expect(await ask(answering({ ok: true }), { type: 'page.observed', title: '', facts: { kind: 'unknown' } })).toMatchObject({ ok: false });
    expect(await ask(answering(undefined), { type: 'page.left' })).toMatchObject({ ok: false });
    const failed = await ask(() => Promise.reject(new Error('Receiving end does not exist.')), { type: 'page.left' });
    expect(failed).toEqual({ ok: false, error: 'Receiving end does not exist.' });
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
