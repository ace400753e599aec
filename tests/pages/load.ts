import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { fixturePages, type FixturePage } from '../../scripts/harness/fixtureServer';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages');
export const TODAY = '2026-05-20';

export type FixtureEntry = FixturePage;

export const fixtureIndex = fixturePages;

export const fixtureHtml = (file: string): string => readFileSync(join(FIXTURES, file), 'utf8');

/** A saved page as the observe CLI reads it: parsed, its scripts not run. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({ url });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function loadFixture(file: string, url: string): Document {
  return parseHtml(fixtureHtml(file), url);
}

/** A page as the browser shows it: its scripts run and its timers fire (the SPA lists render late). */
export async function renderFixture(file: string, url: string): Promise<{ doc: Document; window: Window }> {
  const window = new Window({ url, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  window.document.write(fixtureHtml(file));
  await window.happyDOM.waitUntilComplete();
  return { doc: window.document as unknown as Document, window };
}
