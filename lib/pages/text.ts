import { fold } from '../text/fold';
import { MAX_FIELD } from './caps';

// Past this a text is cut before it is tidied: a page's 20-million-character cell must not cost it a long task.
const MAX_READ = 4 * MAX_FIELD;

/**
 * The text a person reads in an element. textContent, never innerText: innerText
 * forces a layout, and the content script reads thousands of cells per page.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const whole = el.textContent ?? '';
  const text = whole.length > MAX_READ ? whole.slice(0, MAX_READ) : whole;
  // Most cells hold a short value with single spaces: skip the rewrite for them.
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Space to tidy: a run of blanks, any tab or line break, or a blank at either end. */
const LOOSE_SPACE = /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/;

// Icon fonts draw a glyph from a word ("check_circle", "verified"): that word is not text a person reads.
const ICON = 'mat-icon,.material-icons,.material-icons-outlined,.material-symbols-outlined,[class*="material-icons"],i[class],svg,[class^="fa-"],[class*=" fa-"],[class*="icon"]';

// What an icon says by its name, when it has no accessible name: a tick or a cross.
const ICON_YES = /\b(check|check_circle|check_box|done|done_all|task_alt|verified|fa-check|fa-circle-check|fa-check-circle|bi-check|glyphicon-ok|icon-ok|icon-check)\b/;
const ICON_NO = /\b(close|cancel|clear|block|highlight_off|check_box_outline_blank|fa-times|fa-xmark|fa-ban|bi-x|glyphicon-remove|icon-close|icon-remove)\b/;

// An icon's own text is empty or one ligature word; anything a person reads (diacritics, spaces) is not an icon's.
const LIGATURE = /^[a-z][a-z0-9_-]*$|^$/;

function isIcon(el: Element): boolean {
  return el.matches(ICON) && LIGATURE.test((el.textContent ?? '').trim());
}

/** The text of an element without the words its icon fonts draw. */
function textWithoutIcons(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !isIcon(child as Element)) walk(child);
      if (out.length > MAX_READ) return;
    }
  };
  walk(el);
  return LOOSE_SPACE.test(out) ? out.replace(/\s+/g, ' ').trim() : out;
}

/** What an icon-only cell says: its accessible name, else yes or no by the icon's name. */
function iconValue(el: Element): string {
  // An empty cell with nothing inside it (most of them on a list) says only what its own attributes say.
  const inside = el.firstElementChild ? Array.from(el.querySelectorAll('[aria-label],[title],img[alt]')) : [];
  const named = [el, ...inside].find(
    (e) => e.getAttribute('aria-label') || e.getAttribute('title') || e.getAttribute('alt'),
  );
  if (named) return (named.getAttribute('aria-label') || named.getAttribute('title') || named.getAttribute('alt') || '').trim();
  if (!el.firstElementChild) return '';
  const box = el.querySelector('input[type="checkbox"]');
  if (box) return box.hasAttribute('checked') ? 'Có' : 'Không';
  for (const icon of Array.from(el.querySelectorAll(ICON)).filter(isIcon)) {
    const name = `${icon.getAttribute('class') ?? ''} ${icon.textContent ?? ''}`.toLowerCase();
    if (ICON_NO.test(name)) return '✗';
    if (ICON_YES.test(name)) return '✓';
  }
  return '';
}

/**
 * A cell's value as a person reads it: its text without icon-font words; for
 * a cell that shows only an icon (a tick, a badge), the icon's accessible
 * name, a checkbox's state, or a tick or cross by the icon's name.
 */
export function valueOf(el: Element | null | undefined): string {
  if (!el) return '';
  // Most cells hold no element at all: their text is their value.
  const text = el.firstElementChild && el.querySelector(ICON) ? textWithoutIcons(el) : textOf(el);
  return text || iconValue(el);
}

/** A label as it is compared: folded, without the trailing colon or required-field star. */
export function labelKey(text: string): string {
  return fold(text).replace(/^\d+[.)]\s*/, '').replace(/[\s:*]+$/, '');
}

const NO = /^(khong|chua|no|false|0|x)\b|^[✗✘✕×❌]/;
const YES = /^(co|da|yes|true|dat|1|tai su dung|su dung lai|duoc tai su dung|ke thua)\b|^[✓✔☑✅]/;

/** Yes / no as portals write it ("Có", "Có tệp", "Đã cấp", "Đã số hóa", "Tái sử dụng từ DVCQG", "Chưa số hóa", "Không", ✓, ✗). */
export function readYesNo(text: string | null): boolean | null {
  if (!text) return null;
  const f = fold(text);
  if (!f) return null;
  if (NO.test(f)) return false;
  if (YES.test(f)) return true;
  return null;
}
