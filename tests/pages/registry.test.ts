import { describe, expect, it } from 'vitest';
import { targetsInForce } from '../../lib/indicators/targets';
import { classifyPage, kindName, pageModules } from '../../lib/pages';
import { dvcFamily, onestopFamily, qlvbFamily } from '../../lib/pages/families';
import { PortalFamily } from '../../lib/schema/settings';
import { checkPage } from '../../lib/checks/page';
import { PageKind, PageReport } from '../../lib/schema/facts';
import { onestopDossier } from '../../lib/pages/onestopDossier';
import { COMMAND, outOfDate } from '../../scripts/page-kinds';
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

  it('keeps the kind list, the registry and the families written from the modules', async () => {
    expect(await outOfDate(), `out of date with the modules of lib/pages: run ${COMMAND}`).toEqual([]);
  });

  it("gives each system's content script the kinds whose modules name that system, in the registry's order", () => {
    const declared = (family: PortalFamily) => pageModules.filter((m) => m.families.includes(family)).map((m) => m.kind);
    expect(dvcFamily.map((m) => m.kind)).toEqual(declared('dvc'));
    expect(onestopFamily.map((m) => m.kind)).toEqual(declared('onestop'));
    expect(qlvbFamily.map((m) => m.kind)).toEqual(declared('qlvb'));
    expect(PortalFamily.options).toEqual(['dvc', 'onestop', 'qlvb']);
    expect(PageKind.options).toEqual([...pageModules.map((m) => m.kind), 'unknown']);
  });

  it('has one example page for every kind, and no page of a kind no module reads', () => {
    const kinds = pageModules.map((m) => m.kind as string);
    expect(entries.filter((e) => e.example).map((e) => e.kind).sort()).toEqual([...kinds].sort());
    for (const e of entries) expect(kinds, e.file).toContain(e.kind);
  });

  it.each(entries)('lets no module but its own accept $file', (entry) => {
    const doc = loadFixture(entry.file, entry.url);
    expect(pageModules.filter((m) => m.matches(new URL(entry.url), doc)).map((m) => m.kind)).toEqual([entry.kind]);
  });

  it("tries list kinds first: a list's search summary reads like one dossier's labels", () => {
    const entry = entries.find((e) => e.kind === 'onestop.dossier_list')!;
    const doc = loadFixture(entry.file, entry.url);
    const summary = doc.createElement('div');
    for (const [label, value] of [['Mã hồ sơ:', 'Tất cả'], ['Trạng thái:', 'Đang xử lý']]) {
      const line = doc.createElement('div');
      line.append(Object.assign(doc.createElement('span'), { textContent: label }), ' ', Object.assign(doc.createElement('b'), { textContent: value }));
      summary.append(line);
    }
    doc.body.prepend(summary);
    const url = new URL(entry.url);
    expect(onestopDossier.matches(url, doc)).toBe(true);
    expect(classifyPage(url, doc)).toBe('onestop.dossier_list');
  });

  it('names every kind in both languages', () => {
    for (const m of pageModules) for (const language of ['vi', 'en'] as const) expect(kindName(m.kind, language)).toBe(m.name[language]);
    expect(kindName('unknown', 'vi')).toBe('Trang khác');
  });

  it('leaves other pages unknown, with no findings', () => {
    const url = new URL('https://langson.gov.vn/tin-tuc/le-hoi-xuan-2026');
    const doc = parseHtml('<!DOCTYPE html><html><body><h1>Lễ hội xuân 2026</h1><p>Tin tức</p></body></html>', url.href);
    expect(classifyPage(url, doc)).toBe('unknown');
    expect(checkPage(doc, url, targetsInForce([]), TODAY).report).toEqual({ kind: 'unknown', findings: [] });
  });
});
