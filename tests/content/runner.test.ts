// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://motcua.langson.gov.vn/vi/dossier/search"}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startObserving, type ContentEnv } from '../../lib/content/runner';
import { onestopFamily } from '../../lib/pages/families';
import type { ToBackground } from '../../lib/messaging/toBackground';
import { watchShadowRoots } from './closedRoots';
import { runChecks } from '../../lib/checks';
import { targetsInForce } from '../../lib/indicators/targets';
import { vietnamDate } from '../../lib/time/dates';
import { renderFinding } from '../../lib/indicators/render';
import type { PageFacts } from '../../lib/schema/facts';

/**
 * happy-dom's IntersectionObserver never reports; a browser reports each observed element once it is laid out.
 * Here every element is in view, as the rows of a short list are.
 */
class InView {
  /** Reports pending when the observer is disconnected are not delivered, as in a browser. */
  private round = 0;
  constructor(private readonly report: (entries: IntersectionObserverEntry[]) => void) {}
  observe(target: Element) {
    const entry = { target, isIntersecting: true, boundingClientRect: { width: 100, height: 20 } } as unknown as IntersectionObserverEntry;
    const round = this.round;
    queueMicrotask(() => round === this.round && this.report([entry]));
  }
  unobserve() {}
  disconnect() {
    this.round++;
  }
}
Object.defineProperty(window, 'IntersectionObserver', { value: InView, configurable: true });

const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/pages/motcua-dossier-search.html'), 'utf8');

function loadFixture() {
  history.replaceState(null, '', '/vi/dossier/search');
  document.open();
  document.write(FIXTURE);
  document.close();
}

function fakeEnv(answer: (m: ToBackground) => unknown) {
  const sent: ToBackground[] = [];
  let listener: ((m: unknown) => unknown) | null = null;
  const env: ContentEnv = {
    send: async (m) => {
      sent.push(m);
      return answer(m);
    },
    onMessage: (l) => void (listener = l),
    onLocationChange: () => undefined,
    log: () => undefined,
  };
  return { env, sent, deliver: (m: unknown) => listener?.(m) };
}

const settingsReply = { ok: true, language: 'vi', columns: {} };
/** The background's answer to the facts: its shortfalls, worded. */
const shortfallsOf = (facts: PageFacts) => ({
  ok: true,
  shortfalls: runChecks(facts, targetsInForce([]), vietnamDate(Date.now()))
    .filter((f) => f.status === 'fail')
    .map((f) => ({ id: f.id, subject: f.subject, words: renderFinding(f, 'vi') })),
});
/** A background that answers as the real one does. */
const background = (m: ToBackground) => (m.type === 'page.settings' ? settingsReply : m.type === 'page.observed' ? shortfallsOf(m.facts) : { ok: true });
const shadow = watchShadowRoots(document);

afterEach(() => vi.useRealTimers());

describe('the marks', () => {
  it('live in a closed shadow root: the page cannot reach them to rewrite the badge', async () => {
    loadFixture();
    const { env } = fakeEnv(background);
    await startObserving(document, env, onestopFamily);
    await vi.waitFor(() => expect(document.querySelector('tro-ly-cchc-marks')).not.toBeNull());
    const host = document.querySelector('tro-ly-cchc-marks')!;
    expect(host.shadowRoot).toBeNull();
    expect(shadow().querySelector('.badge')?.textContent).toMatch(/chưa đạt/);
    expect(Number(host.getAttribute('data-marks'))).toBeGreaterThan(0);
  });
});

describe('content-script loop', () => {
  it('reports the page once, draws its marks, and reports again only when the list changes', async () => {
    loadFixture();
    const { env, sent } = fakeEnv(background);
    await startObserving(document, env, onestopFamily);
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'page.observed')).toHaveLength(1));
    const observed = sent.filter((m) => m.type === 'page.observed');
    const facts = observed[0].type === 'page.observed' ? observed[0].facts : null;
    expect(facts?.kind).toBe('onestop.dossier_list');
    // Facts only: the background checks them itself.
    expect(facts).not.toHaveProperty('findings');
    expect(shadow().querySelectorAll('.mark').length).toBeGreaterThan(0);

    vi.useFakeTimers();
    document.body.append(document.createElement('span')); // a change that shows nothing new
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.filter((m) => m.type === 'page.observed')).toHaveLength(1);

    document.querySelector('tbody tr')!.remove(); // a dossier leaves the list
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.filter((m) => m.type === 'page.observed')).toHaveLength(2);
  });

  it('answers a focus request for a finding it drew, and refuses a malformed message', async () => {
    loadFixture();
    const { env, sent, deliver } = fakeEnv(background);
    await startObserving(document, env, onestopFamily);
    await vi.waitFor(() => expect(document.querySelector('tro-ly-cchc-marks')).not.toBeNull());
    const first = sent.find((m) => m.type === 'page.observed');
    const findings = first?.type === 'page.observed' ? runChecks(first.facts, targetsInForce([]), vietnamDate(Date.now())) : [];
    const fail = findings.find((f) => f.status === 'fail' && f.subject !== 'list');
    expect(deliver({ type: 'finding.focus', id: fail!.id })).toEqual({ ok: true });
    expect(shadow().querySelector('.mark.current')).not.toBeNull();
    expect(deliver({ type: 'finding.focus', id: 'none:none' })).toEqual({ ok: false });
    expect(deliver({ type: 'finding.focus' })).toMatchObject({ ok: false });
  });

  it('sends the facts again when asked to read the page anew, and draws what the background answers then', async () => {
    loadFixture();
    // The person sets every finding aside in the side panel: the background's next answer has none.
    let dismissedAll = false;
    const { env, sent, deliver } = fakeEnv((m) => (dismissedAll && m.type === 'page.observed' ? { ok: true, shortfalls: [] } : background(m)));
    await startObserving(document, env, onestopFamily);
    await vi.waitFor(() => expect(shadow().querySelectorAll('.mark').length).toBeGreaterThan(0));
    dismissedAll = true;
    expect(deliver({ type: 'page.reobserve' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'page.observed')).toHaveLength(2));
    await vi.waitFor(() => expect(shadow().querySelector('.badge')?.textContent).toMatch(/Mọi điểm trên trang đều đạt/));
    expect(shadow().querySelectorAll('.mark')).toHaveLength(0);
    expect(sent.filter((m) => m.type === 'page.settings')).toHaveLength(2);
  });

  it('tells the person on the page when storing failed after the marks were answered', async () => {
    loadFixture();
    const { env, deliver } = fakeEnv(background);
    await startObserving(document, env, onestopFamily);
    await vi.waitFor(() => expect(Number(document.querySelector('tro-ly-cchc-marks')?.getAttribute('data-marks'))).toBeGreaterThan(0));
    const error = 'Bộ nhớ của trình duyệt đã đầy: chưa lưu được trang này.';
    expect(deliver({ type: 'page.unsaved', error })).toEqual({ ok: true });
    expect(shadow().querySelector('[role="alert"]')?.textContent).toBe(error);
    // The marks stay: the findings were answered before storing.
    expect(shadow().querySelectorAll('.mark').length).toBeGreaterThan(0);
  });

  it('says so on the page when the background refuses the facts', async () => {
    loadFixture();
    const refusal = { ok: false, error: 'Trang trên motcua.langson.gov.vn không thể là loại trang onestop.dossier_list.' };
    const { env } = fakeEnv((m) => (m.type === 'page.observed' ? refusal : background(m)));
    await startObserving(document, env, onestopFamily);
    await vi.waitFor(() => expect(shadow().querySelector('[role="alert"]')?.textContent).toBe(refusal.error));
    expect(shadow().querySelectorAll('.mark')).toHaveLength(0);
  });

  it('takes an answer it cannot read for a failure, and says so on the page', async () => {
    loadFixture();
    // Duck typing took any object without ok === false for success; the reply's schema does not.
    const { env } = fakeEnv((m) => (m.type === 'page.settings' ? settingsReply : { saved: 'yes' }));
    await startObserving(document, env, onestopFamily);
    await vi.waitFor(() => expect(shadow().querySelector('[role="alert"]')?.textContent).toMatch(/^Trả lời không hợp lệ: /));
  });

  it('leaves sign-in pages alone', async () => {
    history.replaceState(null, '', '/dang-nhap');
    document.open();
    document.write('<body><form><input type="text"><input type="password"></form></body>');
    document.close();
    const { env, sent } = fakeEnv(background);
    await startObserving(document, env, onestopFamily);
    expect(sent).toEqual([]);
    expect(document.querySelector('tro-ly-cchc-marks')).toBeNull();
  });
});
