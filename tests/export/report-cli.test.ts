import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
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
    // The caption (title, unit, period), a blank row, the header and the three dossiers.
    const dossiers = await readXlsxFile(out, { sheet: SHEET_NAMES.dossiers });
    expect(dossiers.slice(4).map((r) => r[0])).toEqual(['Mã hồ sơ', '000.00.12.H25-261102-0001', '000.00.12.H25-261103-0002', '000.00.12.H25-261110-0003']);
  }, 30_000);

  it('refuses a bad file with a one-line reason and exit 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, serializeExport(exportA).replace('"status":"open"', '"status":"xong"'));
    const run = report('merge', a, bad, '--out', join(dir, 'x.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${bad}: tasks[0].status: phải là một trong: "open", "in_progress", "done", "snoozed", "not_mine"\n`);
  }, 30_000);

  it('refuses a file over the size limit by its size, before reading it, and says the limit in its usage', () => {
    // Sparse and all zeros: were it read, the complaint would be about its JSON.
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 26 * 1024 * 1024);
    const run = report('merge', a, big, '--out', join(dir, 'x.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${big}: tệp quá lớn (26 MB), tối đa 25 MB — không đọc\n`);
    expect(report('help').stderr).toContain('(mỗi tệp tối đa 25 MB)');
  }, 30_000);

  it('refuses a missing --out and an unknown period', () => {
    expect(report('merge', a).stderr).toBe('thiếu --out <tệp.xlsx>\n');
    const run = report('merge', a, '--out', join(dir, 'y.xlsx'), '--period', 'week');
    expect([run.status, run.stderr]).toEqual([1, '--period phải là một trong: month, quarter, half, year\n']);
  }, 30_000);
});

const documentXml = (path: string) => strFromU8(unzipSync(readFileSync(path))['word/document.xml']);

describe('npm run report -- draft', () => {
  const out = join(dir, 'bao-cao.docx');

  it('writes the quarter report from the unit exports', () => {
    const run = report('draft', a, b, '--period', 'quarter', '--date', '2026-11-20', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('báo cáo CCHC quý IV năm 2026 (gộp 2 tệp); Số liệu từ 3 hồ sơ');
    const xml = documentXml(out);
    expect(xml).toContain('w:ascii="Times New Roman"');
    for (const text of ['UBND PHƯỜNG ĐÔNG KINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Công tác cải cách hành chính quý IV năm 2026', 'Biểu mẫu 1', 'Biểu mẫu 3', 'Biểu mẫu 7', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Nơi nhận:', 'Kế hoạch số 49/KH-UBND ngày 05/01/2026']) {
      expect(xml).toContain(text);
    }
    // Margins of Nghị định 30/2020: top/bottom 20 mm, left 30 mm, right 15 mm (in twips).
    expect(/<w:pgMar [^>]*>/.exec(xml)?.[0]).toMatch(/w:top="1133" w:right="850" w:bottom="1133" w:left="1700"/);
    expect(xml).toContain('w:sz w:val="28"');
  }, 30_000);

  it('opens in LibreOffice and converts to PDF', () => {
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { encoding: 'utf8', timeout: 90_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'bao-cao.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('refuses an unknown period', () => {
    const run = report('draft', a, '--out', join(dir, 'x.docx'), '--period', 'month');
    expect([run.status, run.stderr]).toEqual([1, '--period phải là một trong: quarter, half, year\n']);
  }, 30_000);
});

describe('npm run report -- draft, on a period with nothing in it', () => {
  it('writes a report that says the period is empty and where data exists', () => {
    const out = join(dir, 'trong.docx');
    const run = report('draft', a, b, '--period', 'year', '--date', '2025-05-20', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`Đã ghi ${out}: báo cáo CCHC năm 2025 (gộp 2 tệp); Chưa có dữ liệu trong kỳ này; có dữ liệu từ 02/11/2026 đến 10/11/2026.\n`);
    const xml = documentXml(out);
    expect(xml).toContain('các số liệu để trống, không phải bằng 0');
    expect(xml).toContain('Chưa có dữ liệu trong kỳ này; có dữ liệu từ 02/11/2026 đến 10/11/2026.');
  }, 30_000);

  it('says where the dossiers are when a period with tasks has none', () => {
    const run = report('draft', a, b, '--period', 'quarter', '--date', '2026-05-20', '--out', join(dir, 'quy2.docx'));
    expect(run.stdout).toContain(
      'báo cáo CCHC quý II năm 2026 (gộp 2 tệp); Chưa có hồ sơ nào tiếp nhận từ ngày 15/03/2026 đến ngày 14/06/2026 đã được xem trên hệ thống một cửa; có dữ liệu từ 02/11/2026 đến 10/11/2026.',
    );
  }, 30_000);

  it('reports on a range of dates', () => {
    const run = report('draft', a, b, '--from', '2026-11-01', '--to', '2026-11-15', '--out', join(dir, 'khoang.docx'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('báo cáo CCHC từ ngày 01/11/2026 đến ngày 15/11/2026 (gộp 2 tệp); Số liệu từ 3 hồ sơ');
  }, 30_000);
});
