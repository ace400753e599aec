import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageReport } from '../../lib/schema/facts';
import { FIXTURES, TODAY } from './load';

const ROOT = join(import.meta.dirname, '..', '..');
const observe = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/observe.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run observe', () => {
  it('prints one JSON report of a saved page', () => {
    const r = observe(join(FIXTURES, 'motcua-dossier-search.html'), '--url', 'https://motcua.langson.gov.vn/vi/dossier/search', '--today', TODAY);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = PageReport.parse(JSON.parse(r.stdout));
    expect(report.kind).toBe('onestop.dossier_list');
    expect(report.dossiers).toHaveLength(8);
    const late = report.findings.find((f) => f.id === 'procedure.on_time_rate:000.31.20.H33-260512-0005')!;
    expect(late.message).toEqual({ key: 'procedure.on_time_rate:lateDays', params: { days: 3, due: '2026-05-15' } });
  });

  it('rejects a file that is not HTML with one line', () => {
    const file = join(tmpdir(), 'observe-not-html.pdf');
    writeFileSync(file, '%PDF-1.7\n1 0 obj\n');
    const r = observe(file, '--url', 'https://motcua.langson.gov.vn/vi/dossier/search');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([`observe: ${file} không phải là trang HTML`]);
  });

  it('rejects a URL that is not a URL with one line', () => {
    const r = observe(join(FIXTURES, 'motcua-dossier-search.html'), '--url', 'motcua/vi/dossier');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('observe: "motcua/vi/dossier" không phải là URL\n');
  });

  it('rejects a missing file with one line', () => {
    const r = observe(join(tmpdir(), 'khong-co-tep.html'), '--url', 'https://dichvucong.gov.vn/');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^observe: không đọc được .*khong-co-tep\.html: ENOENT\n$/);
  });
});
