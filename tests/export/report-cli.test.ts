import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { serializeExport } from '../../lib/export/exportJson';
import { SHEET_NAMES } from '../../lib/export/workbook';
import { exportA, exportB } from './sample';

const dir = mkdtempSync(join(tmpdir(), 'cchc-report-'));
const a = join(dir, 'A.json');
const b = join(dir, 'B.json');
writeFileSync(a, serializeExport(exportA));
writeFileSync(b, serializeExport(exportB));

const report = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

describe('npm run report -- merge', () => {
  it('writes the unit workbook, each dossier once', async () => {
    const out = join(dir, 'unit.xlsx');
    const run = report('merge', a, b, '--out', out, '--period', 'month', '--date', '2026-11-20');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tháng 11/2026, 3 hồ sơ');
    const dossiers = await readXlsxFile(out, { sheet: SHEET_NAMES.dossiers });
    expect(dossiers).toHaveLength(4);
  }, 30_000);

  it('refuses a bad file with a one-line reason and exit 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, serializeExport(exportA).replace('"status":"open"', '"status":"xong"'));
    const run = report('merge', a, bad, '--out', join(dir, 'x.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${bad}: tasks[0].status: phải là một trong: "open", "in_progress", "done", "snoozed", "not_mine"\n`);
  }, 30_000);

  it('refuses a missing --out and an unknown period', () => {
    expect(report('merge', a).stderr).toBe('thiếu --out <tệp.xlsx>\n');
    const run = report('merge', a, '--out', join(dir, 'y.xlsx'), '--period', 'week');
    expect([run.status, run.stderr]).toEqual([1, '--period phải là một trong: month, quarter, half, year\n']);
  }, 30_000);
});
