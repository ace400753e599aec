import { Window } from 'happy-dom';
import { targetsInForce } from '../lib/indicators/targets';
import { checkPage } from '../lib/checks/page';
import type { PageReport } from '../lib/schema/facts';

/**
 * The command line's reading of a saved page: parsed as the browser would
 * parse it, its scripts never run, read with the national targets.
 */
export async function checkSavedPage(html: string, url: URL, today?: string): Promise<PageReport> {
  const window = new Window({ url: url.href });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return checkPage(doc, url, targetsInForce([]), today).report;
  } finally {
    await window.happyDOM.close();
  }
}
