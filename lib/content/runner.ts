import { extractingWith, type Extracted } from '../pages/extract';
import type { PageModule } from '../pages/types';
import { ask, type Shortfall } from '../messaging/fromBackground';
import { ToContent, type ContentReply } from '../messaging/toContent';
import type { ToBackground } from '../messaging/toBackground';
import type { PageFacts } from '../schema/facts';
import { sameValue } from './same';
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
 * The longest stretch of reading or drawing before the page gets its
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

/**
 * Classifies the page and extracts its facts, sends them to the background
 * and draws the shortfalls it answers with; then watches the page (list
 * re-renders, paging, single-page navigation) and does it again when what it
 * shows changes. `modules` are the page kinds the script reads.
 */
export async function startObserving(doc: Document, env: ContentEnv, modules: readonly PageModule[]): Promise<void> {
  const here = () => new URL(doc.location.href);
  // By its address first: the script starts before the page is parsed, so its fields are not there yet.
  if (isPageOffLimits(here(), doc)) return;

  // The background (perhaps asleep) looks the settings up while the page loads;
  // the page's own loading comes first, the extension reads it after.
  const asked = ask(env.send, { type: 'page.settings' });
  await loaded(doc);
  if (isPageOffLimits(here(), doc)) return;
  const pause = () => giveWay(doc);
  const sliced = <T>(steps: Steps<T>) => inSlices(steps, pause, SLICE_MS);
  // The load event's task ends first: nothing of the extension's runs inside it.
  await pause();
  let ready = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Read while the settings are on their way; a change of the page meanwhile voids it.
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
  // Columns the person pointed at on this host: the early reading did without them.
  let taught = reply.ok ? reply.columns : {};
  if (Object.keys(taught).length) early = null;
  if (!reply.ok) env.log(`Trợ lý CCHC: không lấy được cài đặt (${reply.error}).`);
  const language = reply.ok ? reply.language : 'vi';

  let marks: Marks | null = null;
  // What was last told to the background and what it answered, kept to be compared with, not serialised:
  // a 1,000-row list is a megabyte of JSON. Unchanged facts are not sent again; their shortfalls are drawn anew.
  let lastSent: { href: string; facts: PageFacts; shortfalls: Shortfall[] } | null = null;
  /** A failure to store that arrived before there were marks to show it on. */
  let unsaved: string | null = null;

  // Each reading is numbered: one that a later reading overtook (the page changed meanwhile) stops where it stands.
  let readings = 0;

  async function observe() {
    const url = here();
    if (!ready || isPageOffLimits(url, doc)) return;
    const reading = ++readings;
    const extracted = early ?? (await sliced(extractingWith(modules, doc, url, taught)));
    early = null;
    if (reading !== readings) return;
    if (!extracted || extracted.facts.kind === 'unknown') {
      marks?.destroy();
      marks = null;
      if (lastSent) void ask(env.send, { type: 'page.left' });
      lastSent = null;
      return;
    }
    const { facts } = extracted;
    let shortfalls = lastSent && lastSent.href === url.href && sameValue(lastSent.facts, facts) ? lastSent.shortfalls : null;
    if (!shortfalls) {
      // The background checks the facts and answers before it stores them: the marks wait for the checks only.
      const answer = await ask(env.send, { type: 'page.observed', title: cleanTitle(doc.title), facts });
      if (!answer.ok) {
        lastSent = null;
        if (reading === readings) warn(answer.error);
        return;
      }
      shortfalls = answer.shortfalls;
      lastSent = { href: url.href, facts, shortfalls };
    }
    await pause();
    if (reading !== readings) return;
    marks ??= createMarks(doc, language);
    marks.render(shortfalls, extracted.anchors);
    if (unsaved) warn(unsaved);
  }

  /** Says what went wrong where the person is looking, not only in the console. */
  function warn(error: string) {
    env.log(`Trợ lý CCHC: ${error}`);
    unsaved = null;
    marks ??= createMarks(doc, language);
    marks.warn(error);
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
      // Asked after the person pointed at a column or set a finding aside: the columns are read again, the facts sent again.
      void ask(env.send, { type: 'page.settings' })
        .then((again) => {
          if (again.ok) taught = again.columns;
        })
        .finally(() => {
          lastSent = null;
          early = null;
          void observe();
        });
      return { ok: true };
    }
    if (msg.data.type === 'page.unsaved') {
      // Storing the page failed after its marks were answered: shown on them, or on the next ones drawn.
      if (marks) warn(msg.data.error);
      else unsaved = msg.data.error;
      return { ok: true };
    }
    return { ok: marks?.focus(msg.data.id) ?? false };
  });
}
