/**
 * Runs in the 1,000-row one-stop page in Chromium: the content script's
 * extract-and-check step, timed on the live DOM.
 */
import { pageModuleFor } from '@/lib/pages';
import { checkPage } from '@/lib/checks/page';
import { runChecks } from '@/lib/checks';
import { targetsInForce } from '@/lib/indicators/targets';
import type { PageFacts } from '@/lib/schema/facts';

export interface ObserveTimes {
  samples: number[];
  /** The same work cut where checkPage's steps meet, to say where the time goes. */
  phases: { classify: number[]; extract: number[]; check: number[] };
  kind: string;
  dossiers: number;
  findings: number;
}

export function timeObserve(runs: number, warmup: number, today: string): ObserveTimes {
  const url = new URL(location.href);
  const targets = targetsInForce([]);
  let last = checkPage(document, url, targets, today);
  for (let i = 0; i < warmup; i++) last = checkPage(document, url, targets, today);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = checkPage(document, url, targets, today);
    samples.push(performance.now() - t0);
  }
  const phases: ObserveTimes['phases'] = { classify: [], extract: [], check: [] };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const module = pageModuleFor(url, document)!;
    const t1 = performance.now();
    const { facts } = module.extract(document, url);
    const t2 = performance.now();
    const full: PageFacts = { ...facts, kind: module.kind };
    runChecks(full, targets, today);
    const t3 = performance.now();
    phases.classify.push(t1 - t0);
    phases.extract.push(t2 - t1);
    phases.check.push(t3 - t2);
  }
  return {
    samples,
    phases,
    kind: last.report.kind,
    dossiers: last.report.dossiers?.length ?? 0,
    findings: last.report.findings.length,
  };
}
