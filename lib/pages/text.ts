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

/**
 * A cell's value; portals often show a status as an icon only (a tick, a
 * badge), so fall back to the icon's accessible name or a checkbox's state.
 */
export function valueOf(el: Element | null | undefined): string {
  const text = textOf(el);
  if (text || !el) return text;
  const named = el.querySelector('[aria-label],[title],img[alt]');
  if (named) return (named.getAttribute('aria-label') ?? named.getAttribute('title') ?? named.getAttribute('alt') ?? '').trim();
  const box = el.querySelector('input[type="checkbox"]');
  if (box) return box.hasAttribute('checked') ? 'Có' : 'Không';
  return '';
}

/** A label as it is compared: folded, without the trailing colon or required-field star. */
export function labelKey(text: string): string {
  return fold(text).replace(/^\d+[.)]\s*/, '').replace(/[\s:*]+$/, '');
}

const NO = /^(khong|chua|no|false|0)\b|^[✗✘]/;
const YES = /^(co|da|yes|true|dat|1)\b|^[✓✔]/;

/** Yes / no as portals write it ("Có", "Đã cấp", "Chưa số hóa", "Không", ✓, ✗). */
export function yesNo(text: string | null): boolean | null {
  if (!text) return null;
  const f = fold(text);
  if (!f) return null;
  if (NO.test(f)) return false;
  if (YES.test(f)) return true;
  return null;
}
