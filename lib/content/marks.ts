import type { Finding } from '../schema/facts';
import type { Language } from '../i18n';
import { translateOnPage, type OnPageKey } from '../i18n/onPage';
import { renderFinding } from '../indicators/render';
import { pageShortfalls } from '../checks/shortfalls';

/**
 * Marks drawn over the portal page, inside a closed shadow root so neither the
 * page's styles nor its scripts reach them (an open one lets the page rewrite
 * the badge to say everything passes), and so the page's own DOM is never
 * changed. Text goes in through textContent only: finding messages may
 * carry text copied from the page.
 */
const STYLE = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483646; }
.mark { position: absolute; box-sizing: border-box; border: 3px solid #b00020; border-radius: 4px;
  box-shadow: 0 0 0 2px #fff, 0 0 0 5px rgba(176,0,32,.25); }
.chip { position: absolute; right: -3px; top: -3px; pointer-events: auto; cursor: default; background: #b00020; color: #fff;
  font: 700 11px/18px system-ui, 'Segoe UI', Arial, sans-serif; padding: 0 6px; border-radius: 0 4px 0 6px; }
.tag { display: none; position: absolute; right: -3px; top: 15px; max-width: min(520px, 90vw); white-space: normal;
  background: #b00020; color: #fff; font: 600 12px/1.4 system-ui, 'Segoe UI', Arial, sans-serif; padding: 4px 8px;
  border-radius: 4px 0 4px 4px; box-shadow: 0 2px 8px rgba(0,0,0,.3); z-index: 1; }
.chip:hover + .tag, .mark.current .tag { display: block; }
.mark.current { border-color: #0b3d91; box-shadow: 0 0 0 2px #fff, 0 0 0 6px rgba(11,61,145,.45); }
.mark.current .chip, .mark.current .tag { background: #0b3d91; }
.mark.flash { animation: flash 0.5s ease-in-out 3; }
@keyframes flash { 50% { background: rgba(255, 214, 0, .45); } }
.badge { position: fixed; right: 16px; bottom: 16px; pointer-events: auto; display: flex; align-items: center; gap: 6px;
  background: #fff; color: #1b1b1b; border: 2px solid #b00020; border-radius: 8px; padding: 6px 8px;
  font: 13px/1.4 system-ui, 'Segoe UI', Arial, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,.25); z-index: 2147483647; }
.badge.ok { border-color: #1b6e20; }
.badge .warn { display: block; color: #b00020; font-weight: 600; max-width: 360px; }
.badge strong { color: #b00020; }
.badge.ok strong { color: #1b6e20; }
.badge button { font: inherit; border: 1px solid #888; background: #f4f4f4; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
.badge button:focus-visible { outline: 3px solid #0b3d91; outline-offset: 1px; }
`;

export interface Marks {
  render(findings: Finding[], anchors: Map<string, Element>, dismissed?: ReadonlySet<string>): void;
  focus(findingId: string): boolean;
  step(delta: 1 | -1): void;
  /** A problem the person must know of, such as a full disk. */
  warn(message: string): void;
  destroy(): void;
}

interface Placed {
  element: Element;
  findings: Finding[];
  /** Drawn when the row first comes near the viewport: a long list costs a screenful of boxes, not one per failing row. */
  box: HTMLDivElement | null;
}

/**
 * The box an element covers. A grid row styled `display: contents` (common in
 * ARIA grids) has no box of its own: its cells' boxes are its extent.
 */
function rectOf(element: Element): { left: number; top: number; width: number; height: number } {
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
  let current = -1;
  const t = (key: OnPageKey, params?: Record<string, string | number>) => translateOnPage(language, key, params);

  const draw = (p: Placed): HTMLDivElement => {
    const box = doc.createElement('div');
    box.className = 'mark';
    // A small chip keeps the row readable; the reasons open on hover and when the mark is the current one.
    const chip = doc.createElement('div');
    chip.className = 'chip';
    chip.textContent = `⚠ ${p.findings.length}`;
    const tag = doc.createElement('div');
    tag.className = 'tag';
    tag.textContent = p.findings.map((f) => renderFinding(f, language)).join(' · ');
    chip.title = tag.textContent;
    box.append(chip, tag);
    return box;
  };

  // All reads first, then all writes: interleaving them forces a layout per mark
  // on a 1,000-row page. Only the marks near the viewport are in the layer; the
  // rest join as the person scrolls, so a long list costs a screenful of marks.
  const position = () => {
    const view = doc.defaultView;
    const dx = (view?.scrollX ?? 0) - 3;
    const dy = (view?.scrollY ?? 0) - 3;
    const height = view?.innerHeight ?? 0;
    const rects = placed.map((p) => rectOf(p.element));
    placed.forEach((p, i) => {
      const r = rects[i];
      const near = r.top + r.height >= -height && r.top <= 2 * height;
      if (!near) {
        p.box?.remove();
        return;
      }
      p.box ??= draw(p);
      const style = p.box.style;
      style.display = r.width > 0 || r.height > 0 ? 'block' : 'none';
      style.left = `${r.left + dx}px`;
      style.top = `${r.top + dy}px`;
      style.width = `${r.width + 6}px`;
      style.height = `${r.height + 6}px`;
      if (!p.box.isConnected) layer.append(p.box);
    });
    layer.dataset.marks = String(placed.length);
    // How many marks there are, on the host: the one thing a test harness or benchmark may read from outside.
    host.dataset.marks = String(placed.length);
  };
  let frame = 0;
  const onViewChange = () => {
    if (frame) return;
    frame = doc.defaultView?.requestAnimationFrame(() => {
      frame = 0;
      position();
    }) ?? 0;
  };
  doc.defaultView?.addEventListener('resize', onViewChange);
  doc.defaultView?.addEventListener('scroll', onViewChange, { passive: true });

  const select = (index: number, flash: boolean) => {
    if (!placed.length) return;
    current = ((index % placed.length) + placed.length) % placed.length;
    const p = placed[current];
    p.element.scrollIntoView({ block: 'center', behavior: 'auto' });
    position();
    placed.forEach((q, i) => q.box?.classList.toggle('current', i === current));
    if (flash && p.box) {
      p.box.classList.remove('flash');
      void p.box.offsetWidth; // restart the animation
      p.box.classList.add('flash');
    }
  };

  const renderBadge = (fails: number, subjects: number) => {
    badge.replaceChildren();
    badge.classList.toggle('ok', fails === 0);
    const label = doc.createElement('span');
    const strong = doc.createElement('strong');
    strong.textContent = t('appName');
    label.append(strong, doc.createTextNode(': ' + (fails === 0 ? t('pageAllPass') : t('pageFails', { n: fails }))));
    badge.append(label);
    if (subjects === 0) return;
    const prev = doc.createElement('button');
    prev.type = 'button';
    prev.textContent = '◀';
    prev.title = 'Alt+Shift+K';
    prev.setAttribute('aria-label', t('markPrev'));
    prev.addEventListener('click', () => select(current - 1, true));
    const next = doc.createElement('button');
    next.type = 'button';
    next.textContent = '▶';
    next.title = 'Alt+Shift+J';
    next.setAttribute('aria-label', t('markNext'));
    next.addEventListener('click', () => select(current + 1, true));
    badge.append(prev, next);
  };

  return {
    render(findings, anchors, dismissed = new Set()) {
      const fails = findings.filter((f) => f.status === 'fail' && !dismissed.has(f.id));
      const bySubject = new Map<string, Finding[]>();
      for (const f of fails) {
        const list = bySubject.get(f.subject);
        if (list) list.push(f);
        else bySubject.set(f.subject, [f]);
      }
      const next: Placed[] = [];
      for (const [subject, findings] of bySubject) {
        const element = anchors.get(subject);
        if (element) next.push({ element, findings, box: null });
      }
      placed = next;
      // Boxes are measured while the page's layout is still clean, then inserted.
      layer.replaceChildren();
      position();
      if (!host.isConnected) doc.documentElement.append(host);
      current = Math.min(current, placed.length - 1);
      renderBadge(pageShortfalls(findings, dismissed).findings, placed.length);
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
    },
    destroy() {
      doc.defaultView?.removeEventListener('resize', onViewChange);
      doc.defaultView?.removeEventListener('scroll', onViewChange);
      host.remove();
    },
  };
}
