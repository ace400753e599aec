import type { Language } from '../i18n';
import { translateOnPage, type OnPageKey } from '../i18n/onPage';
import type { Shortfall } from '../messaging/fromBackground';

/**
 * Marks drawn over the portal page, inside a closed shadow root so neither the
 * page's styles nor its scripts reach them (an open one lets the page rewrite
 * the badge to say everything passes), and so the page's own DOM is never
 * changed. Text goes in through textContent only: finding messages may
 * carry text copied from the page.
 *
 * A mark points and covers nothing: a thin bar just outside the row's left edge
 * (above the table for the list's own rates), the reasons of the current mark
 * in the badge, and the badge docked in a corner of the window away from the
 * marked tables, or where the person moved it.
 */
const STYLE = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483646; }
.mark { position: absolute; box-sizing: border-box; pointer-events: auto; cursor: pointer; background: #b00020;
  border-radius: 3px; box-shadow: 0 0 0 1px #fff; }
.mark::before { content: ''; position: absolute; inset: -3px; }
.mark.current { background: #0b3d91; box-shadow: 0 0 0 1px #fff, 0 0 0 4px rgba(11,61,145,.35); }
.mark.flash { animation: flash 0.5s ease-in-out 3; }
@keyframes flash { 50% { background: #ffd600; box-shadow: 0 0 0 1px #fff, 0 0 0 6px rgba(255,214,0,.6); } }
.badge { position: fixed; pointer-events: auto; display: flex; flex-direction: column; gap: 4px; max-width: min(440px, calc(100vw - 32px));
  background: #fff; color: #1b1b1b; border: 2px solid #b00020; border-radius: 8px; padding: 6px 8px; box-sizing: border-box;
  font: 14px/1.4 system-ui, 'Segoe UI', Arial, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,.25); z-index: 2147483647; }
.badge.bottom { bottom: 16px; } .badge.top { top: 16px; } .badge.right { right: 16px; } .badge.left { left: 16px; }
.badge.ok { border-color: #1b6e20; }
.badge .row { display: flex; align-items: center; gap: 6px; }
.badge .row > span:first-child { flex: 1 1 auto; min-width: 0; }
.badge .row > button, .badge .position { flex: none; }
.badge .warn { display: block; color: #b00020; font-weight: 600; }
.badge strong { color: #b00020; }
.badge.ok strong { color: #1b6e20; }
.badge .position { font-variant-numeric: tabular-nums; min-width: 3ch; text-align: center; }
.badge .reason { color: #1b1b1b; }
.badge .reason strong { color: #0b3d91; }
.badge .reason:empty { display: none; }
.badge button { font: inherit; min-width: 28px; min-height: 28px; border: 1px solid #888; background: #f4f4f4; border-radius: 4px;
  padding: 0 6px; cursor: pointer; }
.badge button:focus-visible { outline: 3px solid #0b3d91; outline-offset: 1px; }
`;

/** Width of a row's bar and the gap between it and the row. */
const BAR = 5;
const GAP = 3;
/** The corners the badge may sit in, in the order it tries them and the move button cycles them. */
const CORNERS = [
  ['bottom', 'right'],
  ['top', 'right'],
  ['bottom', 'left'],
  ['top', 'left'],
] as const;
const MARGIN = 16;

export interface Marks {
  /** The page's shortfalls, as the background found and worded them: the badge counts them all, a mark is drawn for each that has its row. */
  render(shortfalls: readonly Shortfall[], anchors: Map<string, Element>): void;
  focus(findingId: string): boolean;
  step(delta: 1 | -1): void;
  /** A problem the person must know of, such as a full disk. */
  warn(message: string): void;
  destroy(): void;
}

interface Placed {
  subject: string;
  element: Element;
  findings: Shortfall[];
  /** Drawn when the row first comes near the viewport: a long list costs a screenful of bars, not one per failing row. */
  box: HTMLDivElement | null;
  /** Worded when first shown, for the same reason. */
  reasons: string | null;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The box an element covers. A grid row styled `display: contents` (common in
 * ARIA grids) has no box of its own: its cells' boxes are its extent.
 */
function rectOf(element: Element): Box {
  const own = element.getBoundingClientRect();
  if (own.width > 0 || own.height > 0 || element.children.length === 0) return own;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const child of element.children) {
    const r = rectOf(child);
    if (r.width === 0 && r.height === 0) continue;
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.left + r.width);
    bottom = Math.max(bottom, r.top + r.height);
  }
  return left === Infinity ? own : { left, top, width: right - left, height: bottom - top };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The table a marked row belongs to: what the badge keeps clear of. */
function tableOf(element: Element): Element {
  return element.closest('table, [role="grid"], [role="table"], [role="treegrid"]') ?? element;
}

export function createMarks(doc: Document, language: Language): Marks {
  const host = doc.createElement('tro-ly-cchc-marks');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const badge = doc.createElement('div');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  root.append(style, layer, badge);

  let placed: Placed[] = [];
  let tables: Element[] = [];
  let current = -1;
  /** The corner the person moved the badge to; until then it finds its own. */
  let pinned: number | null = null;
  let position: HTMLSpanElement | null = null;
  let reason: HTMLDivElement | null = null;
  const t = (key: OnPageKey, params?: Record<string, string | number>) => translateOnPage(language, key, params);

  const reasonsOf = (p: Placed): string => (p.reasons ??= p.findings.map((f) => f.words).join(' · '));

  const draw = (p: Placed, index: number): HTMLDivElement => {
    const box = doc.createElement('div');
    box.className = index === current ? 'mark current' : 'mark';
    // The reasons read on hover, and in the badge when the mark is the current one.
    box.title = reasonsOf(p);
    box.addEventListener('click', () => select(index, false));
    return box;
  };

  /**
   * The marked elements the browser reports within a screen of the viewport, as the person scrolls: only
   * they (and the current mark) are measured, not every failing row of a long list at every turn.
   * An element without a box of its own (a row styled `display: contents`) is measured every time.
   */
  const near = new Set<Placed>();
  const watched = new Map<Element, Placed[]>();
  const Watcher = (doc.defaultView as (Window & typeof globalThis) | null)?.IntersectionObserver;
  const watcher = Watcher
    ? new Watcher(
        (entries) => {
          for (const entry of entries) {
            const { width, height } = entry.boundingClientRect;
            const close = entry.isIntersecting || (width === 0 && height === 0);
            for (const p of watched.get(entry.target) ?? []) {
              if (close) near.add(p);
              else near.delete(p);
            }
          }
          place();
        },
        { rootMargin: '100% 100%' },
      )
    : null;
  const watch = () => {
    watcher?.disconnect();
    near.clear();
    watched.clear();
    for (const p of placed) {
      const same = watched.get(p.element);
      if (same) same.push(p);
      else watched.set(p.element, [p]);
    }
    for (const element of watched.keys()) watcher?.observe(element);
  };

  // All reads first, then all writes: interleaving them forces a layout per mark
  // on a 1,000-row page. Only the marks near the viewport are in the layer; the
  // rest join as the person scrolls, so a long list costs a screenful of marks.
  const place = () => {
    const view = doc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    const height = view?.innerHeight ?? 0;
    const rects = placed.map((p, i) => (!watcher || near.has(p) || i === current ? rectOf(p.element) : null));
    placed.forEach((p, i) => {
      const r = rects[i];
      if (!r || r.top + r.height < -height || r.top > 2 * height) {
        p.box?.remove();
        return;
      }
      p.box ??= draw(p, i);
      const style = p.box.style;
      style.display = r.width > 0 || r.height > 0 ? 'block' : 'none';
      if (p.subject === 'list') {
        // The list's own rates: a bar along the top of the table, above its header.
        style.left = `${r.left + sx}px`;
        style.top = `${Math.max(0, r.top + sy - GAP - BAR)}px`;
        style.width = `${r.width}px`;
        style.height = `${BAR}px`;
      } else {
        style.left = `${Math.max(0, r.left + sx - GAP - BAR)}px`;
        style.top = `${r.top + sy}px`;
        style.width = `${BAR}px`;
        style.height = `${r.height}px`;
      }
      if (!p.box.isConnected) layer.append(p.box);
    });
    layer.dataset.marks = String(placed.length);
    // How many marks there are, on the host: the one thing a test harness or benchmark may read from outside.
    host.dataset.marks = String(placed.length);
  };

  /** The first corner, from the pinned one or the preferred order, whose badge would cover no marked table. */
  const dock = () => {
    if (!badge.isConnected) return;
    const view = doc.defaultView;
    const vw = doc.documentElement.clientWidth || (view?.innerWidth ?? 0);
    const vh = doc.documentElement.clientHeight || (view?.innerHeight ?? 0);
    const w = badge.offsetWidth;
    const h = badge.offsetHeight;
    const obstacles = tables.map(rectOf);
    // Covering the current row is worse than covering any other part of a table.
    const focused = placed[current] ? rectOf(placed[current].element) : null;
    const boxAt = ([v, hz]: (typeof CORNERS)[number]): Box => ({
      left: hz === 'left' ? MARGIN : vw - MARGIN - w,
      top: v === 'top' ? MARGIN : vh - MARGIN - h,
      width: w,
      height: h,
    });
    let chosen = pinned ?? 0;
    if (pinned === null) {
      const covered = CORNERS.map(
        (c) => obstacles.reduce((sum, o) => sum + overlap(boxAt(c), o), 0) + (focused ? 1000 * overlap(boxAt(c), focused) : 0),
      );
      chosen = covered.indexOf(Math.min(...covered));
    }
    const [v, hz] = CORNERS[chosen];
    badge.classList.remove('top', 'bottom', 'left', 'right');
    badge.classList.add(v, hz);
  };

  // The badge's size is known once the browser has laid it out: its corner is chosen then, within the frame's own
  // layout, rather than by forcing a layout of the whole page in the middle of the script's work.
  const Sizes = (doc.defaultView as (Window & typeof globalThis) | null)?.ResizeObserver;
  const laidOut = Sizes ? new Sizes(() => dock()) : null;
  const dockOnceLaidOut = () => {
    if (!laidOut) return dock();
    // Observing anew reports the badge's size after the next layout, even when it has not changed.
    laidOut.unobserve(badge);
    laidOut.observe(badge);
  };

  let frame = 0;
  const onViewChange = () => {
    if (frame) return;
    frame = doc.defaultView?.requestAnimationFrame(() => {
      frame = 0;
      place();
      dock();
    }) ?? 0;
  };
  doc.defaultView?.addEventListener('resize', onViewChange);
  doc.defaultView?.addEventListener('scroll', onViewChange, { passive: true });

  const showCurrent = () => {
    const p = placed[current];
    if (position) position.textContent = t('markPosition', { i: p ? current + 1 : '–', n: placed.length });
    if (!reason) return;
    reason.replaceChildren();
    if (!p) return;
    const subject = doc.createElement('strong');
    subject.textContent = p.subject === 'list' ? t('markList') : p.subject;
    reason.append(subject, doc.createTextNode(`: ${reasonsOf(p)}`));
  };

  const select = (index: number, flash: boolean) => {
    if (!placed.length) return;
    current = ((index % placed.length) + placed.length) % placed.length;
    const p = placed[current];
    p.element.scrollIntoView({ block: 'center', behavior: 'auto' });
    showCurrent();
    place();
    placed.forEach((q, i) => q.box?.classList.toggle('current', i === current));
    dock();
    if (flash && p.box) {
      p.box.classList.remove('flash');
      void p.box.offsetWidth; // restart the animation
      p.box.classList.add('flash');
    }
  };

  const button = (text: string, label: string, keys: string, onClick: () => void) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.title = keys ? `${label} (${keys})` : label;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    return b;
  };

  const renderBadge = (fails: number, subjects: number) => {
    badge.replaceChildren();
    badge.classList.toggle('ok', fails === 0);
    const row = doc.createElement('div');
    row.className = 'row';
    const label = doc.createElement('span');
    const strong = doc.createElement('strong');
    strong.textContent = t('appName');
    label.append(strong, doc.createTextNode(': ' + (fails === 0 ? t('pageAllPass') : t('pageFails', { n: fails }))));
    row.append(label);
    badge.append(row);
    position = null;
    reason = null;
    if (subjects === 0) return;
    position = doc.createElement('span');
    position.className = 'position';
    reason = doc.createElement('div');
    reason.className = 'reason';
    row.append(
      button('◀', t('markPrev'), 'Alt+Shift+K', () => select(current - 1, true)),
      position,
      button('▶', t('markNext'), 'Alt+Shift+J', () => select(current + 1, true)),
      button('⇱', t('markMove'), '', () => {
        pinned = ((pinned ?? CORNERS.findIndex(([v, hz]) => badge.classList.contains(v) && badge.classList.contains(hz))) + 1) % CORNERS.length;
        dock();
      }),
    );
    badge.append(reason);
    showCurrent();
  };

  return {
    render(shortfalls, anchors) {
      const bySubject = new Map<string, Shortfall[]>();
      for (const f of shortfalls) {
        const list = bySubject.get(f.subject);
        if (list) list.push(f);
        else bySubject.set(f.subject, [f]);
      }
      const next: Placed[] = [];
      for (const [subject, findings] of bySubject) {
        const element = anchors.get(subject);
        if (element) next.push({ subject, element, findings, box: null, reasons: null });
      }
      placed = next;
      tables = [...new Set(placed.map((p) => tableOf(p.element)))];
      current = Math.min(current, placed.length - 1);
      // Boxes are measured while the page's layout is still clean, then inserted.
      layer.replaceChildren();
      watch();
      place();
      if (!host.isConnected) doc.documentElement.append(host);
      renderBadge(shortfalls.length, placed.length);
      dockOnceLaidOut();
    },
    focus(findingId) {
      const index = placed.findIndex((p) => p.findings.some((f) => f.id === findingId));
      if (index < 0) return false;
      select(index, true);
      return true;
    },
    step(delta) {
      select(current + delta, true);
    },
    warn(message) {
      const line = doc.createElement('span');
      line.className = 'warn';
      line.setAttribute('role', 'alert');
      line.textContent = message;
      badge.prepend(line);
      // Also when nothing could be marked: the warning alone is the badge then.
      if (!host.isConnected) doc.documentElement.append(host);
      dockOnceLaidOut();
    },
    destroy() {
      doc.defaultView?.removeEventListener('resize', onViewChange);
      doc.defaultView?.removeEventListener('scroll', onViewChange);
      laidOut?.disconnect();
      watcher?.disconnect();
      host.remove();
    },
  };
}
