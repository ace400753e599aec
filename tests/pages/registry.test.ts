import { describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { classifyPage } from '../../lib/pages';
import { checkPage } from '../../lib/checks/page';
import { PageReport } from '../../lib/schema/facts';
import { TODAY, fixtureIndex, loadFixture, parseHtml } from './load';

describe('page registry', () => {
  const entries = fixtureIndex();

  it('has unique, realistic URLs and paths for the demo server', () => {
    const paths = entries.map((e) => new URL(e.url).pathname);
    expect(new Set(paths).size).toBe(paths.length);
    for (const e of entries) expect(new URL(e.url).protocol).toBe('https:');
  });

  it.each(entries)('classifies $file as $kind and reports what the schema accepts', (entry) => {
    const doc = loadFixture(entry.file, entry.url);
    expect(classifyPage(new URL(entry.url), doc)).toBe(entry.kind);
    const { report } = checkPage(doc, new URL(entry.url), targetsInForce([]), TODAY);
    expect(PageReport.safeParse(report).success).toBe(true);
    expect(report.kind).toBe(entry.kind);
  });

  it('leaves other pages unknown, with no findings', () => {
    const url = new URL('https://langson.gov.vn/tin-tuc/le-hoi-xuan-2026');
    const doc = parseHtml('<!DOCTYPE html><html><body><h1>Lễ hội xuân 2026</h1><p>Tin tức</p></body></html>', url.href);
    expect(classifyPage(url, doc)).toBe('unknown');
    expect(checkPage(doc, url, targetsInForce([]), TODAY).report).toEqual({ kind: 'unknown', findings: [] });
  });
});
