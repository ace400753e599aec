import { describe, expect, it } from 'vitest';
import { pageShortfalls } from '../../lib/checks/shortfalls';
import type { Finding } from '../../lib/schema/facts';

const f = (id: string, subject: string, status: Finding['status'] = 'fail'): Finding => ({ id, check: 'c', indicator: null, status, subject, message: { key: id } });

describe('a page’s shortfalls, counted once', () => {
  const findings = [f('a:1', '1'), f('b:1', '1'), f('a:2', '2'), f('a:3', '3', 'pass'), f('a:list', 'list')];
  it('counts failing findings, and the dossiers they are about (not the list)', () => {
    expect(pageShortfalls(findings)).toEqual({ findings: 4, dossiers: 2 });
  });
  it('leaves out what was set aside, from both counts', () => {
    expect(pageShortfalls(findings, new Set(['a:2']))).toEqual({ findings: 3, dossiers: 1 });
    expect(pageShortfalls(findings, new Set(['a:1', 'b:1', 'a:2', 'a:list']))).toEqual({ findings: 0, dossiers: 0 });
  });
});
