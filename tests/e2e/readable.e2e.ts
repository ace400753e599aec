import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startWorkingDay, type World } from './world';
import { dumpDatabase, openExtensionPage } from '../../scripts/harness/extension';
import { vi } from '../../lib/i18n/vi';

/** Every message key: a rendered text equal to one, or shaped like one (to_chuc_thuc_hien), is a raw key. */
const KEYS = [...Object.keys(vi)];

interface Layout {
  /** Texts that are a message key, or look like one, instead of words. */
  rawKeys: string[];
  /** Visible text drawn smaller than 14 px, with its size. */
  smallText: string[];
  /** Controls smaller than 24 × 24 px, with their size. */
  smallTargets: string[];
  /** Elements reaching past the right edge of the window (the page scrolls sideways). */
  tooWide: string[];
}

/** What the person sees, measured from the computed styles and boxes of the page as drawn. */
async function measure(page: Page): Promise<Layout> {
  return page.evaluate((keys) => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && !el.closest('.visually-hidden');
    };
    const known = new Set(keys);
    const rawKeys: string[] = [];
    const texts = [...document.querySelectorAll('body *, option')].flatMap((el) => [
      ...[...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent?.trim() ?? ''),
      el.getAttribute('aria-label') ?? '',
      el.getAttribute('title') ?? '',
      el.getAttribute('placeholder') ?? '',
    ]);
    for (const text of texts) if (known.has(text) || /^[a-z]+(_[a-z0-9]+)+$|^[a-z]+[A-Z]\w*$/.test(text)) rawKeys.push(text);
    const smallText: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !visible(parent)) continue;
      if (parent.closest('option, script, style')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 14) smallText.push(`${size}px: ${node.textContent.trim().slice(0, 40)}`);
    }
    const smallTargets: string[] = [];
    for (const el of document.querySelectorAll('button, select, input, textarea, [role=tab]')) {
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 24 || box.height < 24) smallTargets.push(`${Math.round(box.width)}×${Math.round(box.height)}: ${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`);
    }
    const edge = document.documentElement.clientWidth;
    const tooWide = [...document.body.querySelectorAll('*')]
      .filter((el) => visible(el) && el.getBoundingClientRect().right > edge + 0.5 && ![...el.children].some((c) => c.getBoundingClientRect().right > edge + 0.5))
      .map((el) => `${Math.round(el.getBoundingClientRect().right - edge)}px: ${el.tagName}.${el.className} ${el.textContent?.trim().slice(0, 30) ?? ''}`);
    return { rawKeys, smallText, smallTargets, tooWide };
  }, KEYS);
}

let world: World;
let tabId: number;

beforeAll(async () => {
  ({ world, tabId } = await startWorkingDay());
});
afterAll(async () => world?.close());

async function setLanguage(language: 'vi' | 'en'): Promise<void> {
  const options = await openExtensionPage(world.session, 'options.html#language');
  await options.locator('#language-title ~ label select').selectOption(language);
  await expect
    .poll(async () => ((await dumpDatabase(options)).settings as { value: { language: string } }[])[0]?.value.language)
    .toBe(language);
  await options.close();
}

describe('words, not keys; text at 14 px or more; targets at least 24 × 24 px; no sideways scrolling', () => {
  for (const [width, language] of [[360, 'vi'], [400, 'en']] as const) {
    it(`in ${language === 'vi' ? 'Vietnamese' : 'English'}`, () => setLanguage(language));
    for (const view of ['tasks', 'page', 'targets']) {
      it(`side panel ${view} at ${width} px`, async () => {
        const panel = await openExtensionPage(world.session, `sidepanel.html?tab=${tabId}&view=${view}`, width, 900);
        await panel.locator('main li, main .empty, main .card').first().waitFor();
        expect(await measure(panel)).toEqual({ rawKeys: [], smallText: [], smallTargets: [], tooWide: [] });
        await panel.close();
      });
    }
    for (const section of ['portals', 'profile', 'plans', 'reminders', 'data', 'language']) {
      it(`options ${section} at ${width} px`, async () => {
        const options = await openExtensionPage(world.session, `options.html#${section}`, width, 900);
        await options.locator('main h2').first().waitFor();
        expect(await measure(options)).toEqual({ rawKeys: [], smallText: [], smallTargets: [], tooWide: [] });
        await options.close();
      });
    }
  }

  it('popup', async () => {
    const popup = await openExtensionPage(world.session, 'popup.html', 360, 600);
    await popup.locator('main h2').first().waitFor();
    expect(await measure(popup)).toEqual({ rawKeys: [], smallText: [], smallTargets: [], tooWide: [] });
  });
});
