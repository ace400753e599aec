import { checking } from '../checks';
import { extractingWith, type Extracted } from '../pages/extract';
import type { PageModule } from '../pages/types';
import type { PageIndicator } from '../indicators/onPages';
import { findingWords } from '../indicators/render';
import type { TargetInForce } from '../indicators/targets';
import { ask } from '../messaging/fromBackground';
import { ToContent, type ContentReply } from '../messaging/toContent';
import type { ToBackground } from '../messaging/toBackground';
import type { PageFacts } from '../schema/facts';
import { sameValue } from './same';
import { vietnamDate } from '../time/dates';
import { inSlices, type Steps } from '../time/steps';
import { createMarks, type Marks } from './marks';
import { isPageOffLimits } from './guard';
import { cleanTitle } from '../pages/privacy';

/** What a content script needs from the browser, so the loop stays testable. */
export interface ContentEnv {
  send(message: ToBackground): Promise<unknown>;
  onMessage(listener: (message: unknown) => ContentReply): void;
  onLocationChange(listener: () => void): void;
  log(message: string): void;
}

const DEBOUNCE_MS = 250;
/**
 * The longest stretch of reading, checking or drawing before the page gets its
 * main thread back: a click or a key then waits for at most about this long.
 */
const SLICE_MS = 8;

/** Lets the page's own work (input first) run before the content script goes on. */
function giveWay(doc: Document): Promise<void> {
  const scheduler = (doc.defaultView as (Window & { scheduler?: { yield?: () => Promise<void> } }) | null)?.scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function loaded(doc: Document): Promise<void> {
  if (doc.readyState === 'complete' || !doc.defaultView) return Promise.resolve();
  return new Promise((resolve) => doc.defaultView!.addEventListener('load', () => resolve(), { once: true }));
}

function whenIdle(doc: Document, work: () => void): void {
  const view = doc.defaultView;
  if (view && 'requestIdleCallback' in view) view.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
}

/**
 * Classifies the page, extracts and checks it, reports the facts to the
 * background and draws the findings; then watches the page (list re-renders,
 * paging, single-page navigation) and does it again when what it shows changes.
 */
/** `modules` are the page kinds the script reads, `indicators` those its pages' items count toward. */
export async function startObserving(doc: Document, env: ContentEnv, modules: readonly PageModule[], indicators: readonly PageIndicator[]): Promise<void> {
  const here = () => new URL(doc.location.href);
  // By its address first: the script starts before the page is parsed, so its fields are not there yet.
  if (isPageOffLimits(here(), doc)) return;

  // The background (perhaps asleep) looks the targets up while the page loads;
  // the page's own loading comes first, the extension reads it after.
  const asked = ask(env.send, { type: 'targets.get' });
  await loaded(doc);
  if (isPageOffLimits(here(), doc)) return;
  const pause = () => giveWay(doc);
  const sliced = <T>(steps: Steps<T>) => inSlices(steps, pause, SLICE_MS);
  // The load event's task ends first: nothing of the extension's runs inside it.
  await pause();
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Read while the targets are on their way; a change of the page meanwhile voids it.
  let early: Extracted | null = null;
  // Every change of the page counts here: a reading that a change overtook is dropped.
  let changed = 0;
  const changes = new MutationObserver(() => {
    changed++;
    early = null;
    later();
  });
  changes.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const readingFrom = changed;
  const first = await sliced(extractingWith(modules, doc, here()));
  if (changed === readingFrom) early = first;
  const reply = await asked;
  // Without the background's answer no target is known: rates are shown without one rather than against a guess.
  let targets: TargetInForce[] = reply.ok ? reply.targets : [];
  // Columns the person pointed at on this host: the early reading did without them.
  let taught = reply.ok ? reply.columns : {};
  let dismissed = new Set(reply.ok ? (reply.dismissed ?? []) : []);
  if (Object.keys(taught).length) early = null;
  if (!reply.ok) env.log(`Trợ lý CCHC: không lấy được chỉ tiêu (${reply.error}).`);
  const language = reply.ok ? reply.language : 'vi';

  let marks: Marks | null = null;
  // What was last told to the background, kept to be compared with, not serialised: a 1,000-row list is a megabyte of JSON.
  let lastSent: { href: string; facts: PageFacts } | null = null;

  // Each reading is numbered: one that a later reading overtook (the page changed meanwhile) stops where it stands.
  let readings = 0;

  async function observe() {
    const url = here();
    if (!ready || isPageOffLimits(url, doc)) return;
    const reading = ++readings;
    const extracted = early ?? (await sliced(extractingWith(modules, doc, url, taught)));
    early = null;
    if (reading !== readings) return;
    const findings = extracted ? await sliced(checking(extracted.facts, targets, vietnamDate(Date.now()), indicators, true)) : [];
    if (reading !== readings) return;
    if (!extracted || extracted.facts.kind === 'unknown') {
      marks?.destroy();
      marks = null;
      if (lastSent) void ask(env.send, { type: 'page.left' });
      lastSent = null;
      return;
    }
    await pause();
    if (reading !== readings) return;
    marks ??= createMarks(doc, language, findingWords(indicators, language));
    marks.render(findings, extracted.anchors, dismissed);
    // Telling the background can wait until the page is idle: it is nothing the person sees.
    whenIdle(doc, () => send(url, extracted.facts));
  }

  function send(url: URL, facts: PageFacts) {
    if (lastSent && lastSent.href === url.href && sameValue(lastSent.facts, facts)) return;
    lastSent = { href: url.href, facts };
    void ask(env.send, { type: 'page.observed', title: cleanTitle(doc.title), facts }).then((answer) => {
      if (answer.ok) return;
      env.log(`Trợ lý CCHC: ${answer.error}`);
      // Nothing was saved: say so where the person is looking, not only in the console.
      marks?.warn(answer.error);
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(() => void observe(), DEBOUNCE_MS);
  }

  ready = true;
  void observe();
  env.onLocationChange(() => {
    lastSent = null;
    later();
  });
  doc.addEventListener('keydown', (e) => {
    // A key the page dispatched itself (untrusted) does not move the person's place.
    if (!e.isTrusted || !e.altKey || !e.shiftKey || !marks) return;
    if (e.code === 'KeyJ') marks.step(1);
    else if (e.code === 'KeyK') marks.step(-1);
  });
  env.onMessage((raw) => {
    const msg = ToContent.safeParse(raw);
    if (!msg.success) return { ok: false, error: 'Thông điệp không hợp lệ' };
    if (msg.data.type === 'page.reobserve') {
      // Asked after the person pointed at a column or set a finding aside: targets, columns and dismissals are read again first.
      void ask(env.send, { type: 'targets.get' })
        .then((again) => {
          if (!again.ok) return;
          ({ targets, columns: taught } = again);
          dismissed = new Set(again.dismissed ?? []);
        })
        .finally(() => {
          lastSent = null;
          early = null;
          void observe();
        });
      return { ok: true };
    }
    return { ok: marks?.focus(msg.data.id) ?? false };
  });
}
