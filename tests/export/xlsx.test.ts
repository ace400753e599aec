import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { mergeExports } from '../../lib/export/merge';
import { SHEET_NAMES, workbookFromExport } from '../../lib/export/workbook';
import { toSheets, xlsxBlob } from '../../lib/export/xlsx';
import { periodOf } from '../../lib/time/periods';
import { TODAY, UNIT, exportA, exportB } from './sample';

const tables = workbookFromExport(mergeExports([exportA, exportB]), periodOf('month', TODAY), TODAY);
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function writeWorkbook(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'cchc-xlsx-')), 'unit.xlsx');
  writeFileSync(path, Buffer.from(await (await xlsxBlob(tables)).arrayBuffer()));
  return path;
}

describe('workbook layout', () => {
  it('freezes the header row and fits widths to the longest value', () => {
    const [metrics] = toSheets(tables);
    expect(metrics.stickyRowsCount).toBe(1);
    // The longest indicator name has 71 characters: capped at 60, the sheet wraps nothing else.
    expect(metrics.columns?.[0].width).toBe(60);
    // "Tử số" and one-digit counts: the 8-character minimum.
    expect(metrics.columns?.[1].width).toBe(8);
    // "Phường Đông Kinh": 16 characters, plus 2.
    expect(metrics.columns?.[9].width).toBe(18);
    // "Chênh lệch (điểm %)": 19 characters, longer than any value.
    expect(metrics.columns?.[5].width).toBe(21);
  });
});

describe('XLSX read back with read-excel-file', () => {
  it('has the sheets, Vietnamese headers, numbers, percentages and dates as such', async () => {
    const path = await writeWorkbook();
    expect(await readSheetNames(path)).toEqual([SHEET_NAMES.metrics, SHEET_NAMES.dossiers, SHEET_NAMES.tasks, SHEET_NAMES.feedback, SHEET_NAMES.index766]);

    const metrics = await readXlsxFile(path, { sheet: SHEET_NAMES.metrics });
    expect(metrics[0]).toEqual(['Chỉ tiêu', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Chỉ tiêu kế hoạch', 'Chênh lệch (điểm %)', 'Đánh giá', 'Chưa rõ thông tin', 'Kỳ báo cáo', 'Phạm vi']);
    const reuse = metrics.find((r) => r[0] === 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa');
    expect(reuse?.slice(1, 4)).toEqual([2, 3, 2 / 3]);
    expect(reuse?.slice(4, 10)).toEqual(['≥ 80%', -13.333333, 'Chưa đạt', 0, 'tháng 11/2026', UNIT]);
    const online = metrics.find((r) => r[0] === 'Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến');
    expect(online?.[3]).toBe('Chưa có dữ liệu');
    const onTime = metrics.find((r) => r[0] === 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn');
    expect([onTime?.[1], onTime?.[2], onTime?.[7]]).toEqual([2, 2, 1]);

    const dossiers = await readXlsxFile(path, { sheet: SHEET_NAMES.dossiers });
    expect(dossiers.map((r) => r[0])).toEqual(['Mã hồ sơ', '000.00.12.H25-261102-0001', '000.00.12.H25-261103-0002', '000.00.12.H25-261110-0003']);
    expect(dossiers[1].slice(1, 13)).toEqual([
      'Đăng ký khai sinh', UNIT, 'Trực tuyến', null, utc('2026-11-02'), utc('2026-11-04'), utc('2026-11-04'), 'Đúng hạn', 'Có', 'Chưa rõ', 'Có', null,
    ]);
    expect(dossiers[2][1]).toBe('Chứng thực bản sao, "bản chính"');

    const tasks = await readXlsxFile(path, { sheet: SHEET_NAMES.tasks });
    expect(tasks.slice(1).map((r) => [r[0], r[1], r[2], r[7], r[8], r[9]])).toEqual([
      ['Công tác chỉ đạo, điều hành', 1, 'Ban hành Kế hoạch CCHC năm 2026', 'Đã hoàn thành', utc('2026-01-05'), 'Kế hoạch 49/KH-UBND'],
      ['Cải cách thủ tục hành chính', 1, 'Rà soát, đơn giản hóa TTHC', 'Đã hoàn thành', utc('2026-11-14'), 'Báo cáo số 12/BC-UBND'],
    ]);

    const feedback = await readXlsxFile(path, { sheet: SHEET_NAMES.feedback });
    expect(feedback[1]).toEqual(['PA-01', 'Phản ánh về thời gian trả kết quả', UNIT, utc('2026-11-05'), utc('2026-11-26'), null, null, 'Còn hạn']);

    // On time 2 of 2 is 20 points; nothing published for the ward yet.
    const index = await readXlsxFile(path, { sheet: SHEET_NAMES.index766 });
    expect(index.find((r) => r[0] === 'Tiến độ giải quyết')?.slice(1, 6)).toEqual([20, 20, 20, null, null]);
    expect(index.some((r) => r[0] === 'Ghi chú' && String(r[6]).startsWith('Đây là ước tính'))).toBe(true);
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('XLSX opened by LibreOffice', () => {
  it.skipIf(!soffice)('converts every sheet to CSV showing percentages and dd/mm/yyyy dates (skipped only when soffice is not installed)', async () => {
    const path = await writeWorkbook();
    const dir = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
    // Options: comma, double quote, UTF-8, from line 1, as shown, all sheets (-1).
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, path],
      // Sheet names become file names: LibreOffice writes them only under a UTF-8 locale, whatever the machine's.
      { encoding: 'utf8', timeout: 90_000, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } },
    );
    expect(run.status, run.stderr).toBe(0);
    const csv = (sheet: string) => readFileSync(join(dir, `unit-${sheet}.csv`), 'utf8');
    expect(readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()).toEqual(
      Object.values(SHEET_NAMES).map((s) => `unit-${s}.csv`).sort(),
    );
    expect(csv(SHEET_NAMES.metrics)).toContain('"Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa",2,3,66.7%,≥ 80%,-13.3,Chưa đạt');
    expect(csv(SHEET_NAMES.dossiers).split('\n')[1]).toMatch(/^000\.00\.12\.H25-261102-0001,Đăng ký khai sinh,Phường Đông Kinh,Trực tuyến,,02\/11\/2026,04\/11\/2026,04\/11\/2026,Đúng hạn,/);
    expect(csv(SHEET_NAMES.tasks)).toContain('Công tác chỉ đạo, điều hành');
  }, 120_000);
});
