import { describe, expect, it } from 'vitest';
import { checking } from '../../lib/checks';
import { dvcIndicators, onestopIndicators, qlvbIndicators } from '../../lib/checks/families';
import { checkPage } from '../../lib/checks/page';
import type { PageIndicator } from '../../lib/indicators/onPages';
import { findingWords, renderFinding } from '../../lib/indicators/render';
import { targetsInForce } from '../../lib/indicators/targets';
import { pageModules } from '../../lib/pages';
import type { PageFacts } from '../../lib/schema/facts';
import type { PortalFamily } from '../../lib/schema/settings';
import { finish } from '../../lib/time/steps';
import { TODAY, fixtureIndex, loadFixture } from '../pages/load';

const OWN: Record<PortalFamily, readonly PageIndicator[]> = { dvc: dvcIndicators, onestop: onestopIndicators, qlvb: qlvbIndicators };
const families = Object.keys(OWN) as PortalFamily[];
// Every indicator with a national target, so that rates are judged as well as counted.
const targets = targetsInForce([]);

/** Every fixture page a family's script reads, with its facts and the findings of every page indicator. */
function pagesOf(family: PortalFamily) {
  const kinds = new Set(pageModules.filter((m) => m.families.includes(family)).map((m) => m.kind));
  return fixtureIndex()
    .filter((e) => kinds.has(e.kind as never))
    .map((e) => {
      const { report } = checkPage(loadFixture(e.file, e.url), new URL(e.url), targets, TODAY);
      const { findings, ...facts } = report;
      return { file: e.file, facts: facts as PageFacts, findings };
    });
}

describe("each content script's own indicators", () => {
  it.each(families)('%s: find on its pages what every indicator finds, worded the same in both languages', (family) => {
    const pages = pagesOf(family);
    expect(pages.length).toBeGreaterThan(0);
    for (const { file, facts, findings } of pages) {
      expect(finish(checking(facts, targets, TODAY, OWN[family])), file).toEqual(findings);
      for (const language of ['vi', 'en'] as const) {
        const word = findingWords(OWN[family], language);
        for (const f of findings) expect(word(f), `${file} ${f.id}`).toBe(renderFinding(f, language));
      }
    }
  });

  it.each(families)('%s: hold no indicator its pages never show', (family) => {
    const shown = new Set(pagesOf(family).flatMap((p) => p.findings.map((f) => f.indicator)));
    expect([...new Set(OWN[family].map((i) => i.key))].sort()).toEqual([...shown].sort());
  });
});
