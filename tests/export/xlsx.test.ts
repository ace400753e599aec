import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile, { readSheetNames } from 'read-excel-file/node';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mergeExports } from '../../lib/export/merge';
import { SHEET_NAMES, workbookFromExport } from '../../lib/export/workbook';
import { toSheets, xlsxBlob } from '../../lib/export/xlsx';
import { PAGE_CHARS, wrappedLines } from '../../lib/export/table';
import { periodOf } from '../../lib/time/periods';
import { openPdf, pdfPageTexts } from '../../lib/plan/pdf';
import { TODAY, UNIT, exportA, exportB } from './sample';

const tables = workbookFromExport(mergeExports([exportA, exportB]), periodOf('month', TODAY), TODAY);
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function writeWorkbook(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'cchc-xlsx-')), 'unit.xlsx');
  writeFileSync(path, Buffer.from(await (await xlsxBlob(tables)).arrayBuffer()));
  return path;
}

const HEADER = 5;
/** A sheet's rows below its caption: the header, then the data. */
const table = async (path: string, sheet: string) => (await readXlsxFile(path, { sheet })).slice(HEADER - 1);

describe('workbook layout', () => {
  it('freezes the caption and the header row and fits widths, narrowing text to a landscape page when it is wider', () => {
    const [metrics, dossiers, tasks] = toSheets(tables);
    expect(metrics.stickyRowsCount).toBe(HEADER);
    expect(metrics.orientation).toBe('landscape');
    // The metrics sheet fits a page as it is: the longest indicator name (71 characters) is capped at 60.
    expect(metrics.columns?.[0].width).toBe(58);
    // "Tử số" and one-digit counts: the 8-character minimum; a header wraps to its longest word.
    expect(metrics.columns?.[1].width).toBe(8);
    expect(metrics.columns?.[5].width).toBe(8);
    // The dossiers and tasks sheets would be wider than a page: their text columns share what the dates and
    // counts leave, by how much text each holds, never narrower than a column's longest word (a dossier code).
    const widths = (sheet: typeof dossiers) => sheet.columns!.map((c) => c.width!);
    expect(widths(dossiers)).toEqual([27, 22, 17, 10, 8, 12, 12, 12, 10, 8, 9, 8, 10, 18]);
    expect(widths(tasks)).toEqual([8, 42, 16, 8, 8, 12, 8, 8, 8, 10, 12, 15, 10]);
    expect(widths(tasks).reduce((a, b) => a + b, 0)).toBeLessThan(PAGE_CHARS + 10);
  });

  it('counts the lines a text wraps to, a long word breaking', () => {
    // 10 wide holds 10 letters of running text (1.15 a digit, less one).
    expect(wrappedLines('Ban hành kế hoạch', 10)).toBe(2);
    expect(wrappedLines('Ban hành', 10)).toBe(1);
    expect(wrappedLines('7178/PA-UBND/2025/abcdefghij', 10)).toBe(3);
    expect(wrappedLines('a\nb', 10)).toBe(2);
  });
});

describe('XLSX read back with read-excel-file', () => {
  it('has the sheets, each with its title, unit and period above Vietnamese headers, numbers, percentages and dates as such', async () => {
    const path = await writeWorkbook();
    expect(await readSheetNames(path)).toEqual([SHEET_NAMES.metrics, SHEET_NAMES.dossiers, SHEET_NAMES.tasks, SHEET_NAMES.feedback, SHEET_NAMES.index766]);

    const whole = await readXlsxFile(path, { sheet: SHEET_NAMES.metrics });
    expect(whole.slice(0, 3).map((r) => r[0])).toEqual([
      'TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH',
      `Đơn vị: ${UNIT}`,
      'Kỳ báo cáo: tháng 11/2026 (từ ngày 01/11/2026 đến ngày 30/11/2026)',
    ]);
    const metrics = whole.slice(HEADER - 1);
    expect(metrics[0]).toEqual(['Chỉ tiêu', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Chỉ tiêu kế hoạch', 'Chênh lệch (điểm %)', 'Đánh giá', 'Chưa rõ thông tin', 'Kỳ báo cáo', 'Phạm vi']);
    const reuse = metrics.find((r) => r[0] === 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa');
    expect(reuse?.slice(1, 4)).toEqual([2, 3, 2 / 3]);
    expect(reuse?.slice(4, 10)).toEqual(['≥ 80%', -13.333333, 'Chưa đạt', 0, 'tháng 11/2026', UNIT]);
    const online = metrics.find((r) => r[0] === 'Tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến');
    expect(online?.[3]).toBe('Chưa có dữ liệu');
    const onTime = metrics.find((r) => r[0] === 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn');
    expect([onTime?.[1], onTime?.[2], onTime?.[7]]).toEqual([2, 2, 1]);

    const dossiers = await table(path, SHEET_NAMES.dossiers);
    expect(dossiers.map((r) => r[0])).toEqual(['Mã hồ sơ', '000.00.12.H25-261102-0001', '000.00.12.H25-261103-0002', '000.00.12.H25-261110-0003']);
    expect(dossiers[1].slice(1, 13)).toEqual([
      'Đăng ký khai sinh', UNIT, 'Trực tuyến', null, utc('2026-11-02'), utc('2026-11-04'), utc('2026-11-04'), 'Đúng hạn', 'Có', 'Chưa rõ', 'Có', null,
    ]);
    expect(dossiers[2][1]).toBe('Chứng thực bản sao, "bản chính"');

    // By area: a heading row with Đã / Đang / Chưa thực hiện counts, the tasks marked x, the totals.
    const tasks = await readXlsxFile(path, { sheet: SHEET_NAMES.tasks });
    expect(tasks[2][0]).toBe('Kỳ báo cáo: tháng 11/2026 (từ ngày 01/11/2026 đến ngày 30/11/2026); tình trạng nhiệm vụ đến ngày 20/11/2026');
    expect(tasks.slice(HEADER - 1).map((r) => [r[0], r[1], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      ['STT', 'Nhiệm vụ', 'Đã thực hiện', 'Đang thực hiện', 'Chưa thực hiện', 'Tình trạng', 'Ngày hoàn thành'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 nhiệm vụ)', 1, 0, 0, null, null],
      [1, 'Ban hành Kế hoạch CCHC năm 2026', 'x', null, null, 'Đã hoàn thành', utc('2026-01-05')],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 nhiệm vụ)', 1, 0, 0, null, null],
      [1, 'Rà soát, đơn giản hóa TTHC', 'x', null, null, 'Đã hoàn thành', utc('2026-11-14')],
      [null, 'TỔNG CỘNG (2 nhiệm vụ)', 2, 0, 0, null, null],
    ]);

    const feedback = await table(path, SHEET_NAMES.feedback);
    expect(feedback[1]).toEqual(['PA-01', 'Phản ánh về thời gian trả kết quả', UNIT, utc('2026-11-05'), utc('2026-11-26'), null, null, 'Còn hạn']);

    // On time 2 of 2 is 20 points; nothing published for the ward yet.
    const index = await table(path, SHEET_NAMES.index766);
    expect(index.find((r) => r[0] === 'Tiến độ giải quyết')?.slice(1, 6)).toEqual([20, 20, 20, null, null]);
    expect(index.some((r) => r[0] === 'Ghi chú' && String(r[6]).startsWith('Đây là ước tính'))).toBe(true);
  });

  it('says on each sheet that an empty period is empty, and where data exists', () => {
    const [metrics, dossiers] = workbookFromExport(mergeExports([exportA, exportB]), periodOf('month', '2026-09-10'), TODAY);
    for (const sheet of [metrics, dossiers]) expect(sheet.caption?.[3]).toBe('Chưa có dữ liệu trong kỳ này; có dữ liệu từ 02/11/2026 đến 10/11/2026.');
    expect(tables[0].caption).toHaveLength(3);
  });
});

describe('XLSX set to print', () => {
  it('prints each sheet on A4 landscape, fitted to the width, with the header row repeated and page numbers', async () => {
    const files = unzipSync(new Uint8Array(readFileSync(await writeWorkbook())));
    const workbook = strFromU8(files['xl/workbook.xml']);
    expect([...workbook.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d)">([^<]+)<\/definedName>/g)].map((m) => [m[1], m[2]])).toEqual(
      Object.values(SHEET_NAMES).map((name, i) => [String(i), `'${name}'!$5:$5`]),
    );
    for (let i = 1; i <= 5; i++) {
      const sheet = strFromU8(files[`xl/worksheets/sheet${i}.xml`]);
      expect(sheet).toMatch(/^<\?xml[^>]*\?><worksheet [^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr><sheetViews>/);
      expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(sheet).toContain('<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter>');
      // The title runs across the table.
      expect(sheet).toMatch(/<mergeCell ref="A1:[A-Z]1"\/>/);
      // In the order the format requires: printOptions, pageMargins, pageSetup, headerFooter, after the merged cells.
      const order = ['</sheetData>', '<mergeCells', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter'].map((tag) => sheet.indexOf(tag));
      expect(order.every((at, k) => at > 0 && (k === 0 || at > order[k - 1]))).toBe(true);
    }
    expect(strFromU8(files['xl/styles.xml'])).toContain('wrapText="1"');
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
    // The caption's three lines and a blank line, then the header.
    expect(csv(SHEET_NAMES.dossiers).split('\n')[0]).toMatch(/^DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH ĐÃ XEM TRÊN HỆ THỐNG,/);
    expect(csv(SHEET_NAMES.dossiers).split('\n')[HEADER]).toMatch(/^000\.00\.12\.H25-261102-0001,Đăng ký khai sinh,Phường Đông Kinh,Trực tuyến,,02\/11\/2026,04\/11\/2026,04\/11\/2026,Đúng hạn,/);
    expect(csv(SHEET_NAMES.tasks)).toContain('I,"CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 nhiệm vụ)",,,,,1,0,0');
  }, 120_000);
});

describe('XLSX printed by LibreOffice', () => {
  it.skipIf(!soffice)('prints a sheet a page wide, its title, unit and period on top and its header row again on every page', async () => {
    // 120 dossiers: more than a page of them.
    const many = structuredClone(exportA);
    const [first] = many.observations;
    many.observations = Array.from({ length: 120 }, (_, i) => ({ ...first, id: `d${i}`, key: `D-${i}`, data: { ...first.data, code: `000.00.12.H25-2611${String(i).padStart(2, '0')}-0001` } })) as typeof many.observations;
    const dir = mkdtempSync(join(tmpdir(), 'cchc-print-'));
    const path = join(dir, 'in.xlsx');
    writeFileSync(path, Buffer.from(await (await xlsxBlob(workbookFromExport(many, periodOf('month', TODAY), TODAY))).arrayBuffer()));
    const run = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], { encoding: 'utf8', timeout: 90_000 });
    expect(run.status, run.stderr).toBe(0);
    const pdf = await openPdf(readFileSync(join(dir, 'in.pdf')));
    // pdf.js reads LibreOffice's Vietnamese with its marks apart ("Mã h sồ ơ"): the checks use words without them.
    const pages = (await pdfPageTexts(pdf)).map((text) => text.replace(/\s+/g, ' '));
    const dossierPages = pages.filter((text) => text.includes('Kênh n'));
    // The 120 dossiers on a few pages, each under the header row; each sheet's caption once, on its first page.
    expect(dossierPages.length).toBeGreaterThan(1);
    expect(pages.filter((text) => text.includes('Kỳ báo cáo: tháng 11/2026'))).toHaveLength(5);
    expect(pages[0]).toContain('Kỳ báo cáo: tháng 11/2026');
    expect(pages[0]).toContain('Đông Kinh');
    pages.forEach((text, i) => expect(text).toContain(`Trang ${i + 1}/${pages.length}`));
    expect(dossierPages.join(' ')).toContain('000.00.12.H25-261119-0001');
  }, 120_000);
});
