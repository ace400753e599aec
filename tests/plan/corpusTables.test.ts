import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../lib/plan/docx';
import { readDocument } from '../../lib/plan/document';
import { parsePlanText } from '../../lib/plan/parse';
import { pdfToText } from '../../lib/plan/pdf';
import { taskRows, type TaskRow } from '../../lib/plan/taskTable';

/*
 * The working files of a province's CCHC section, as found. Expectations are
 * written by hand from the documents: the appendix of the 2026 plan has 49
 * tasks in seven groups, three of them over two rows.
 */

const corpus = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../shared/corpus/plans', name)));

export function tableRowsOf(text: string): TaskRow[] {
  return readDocument(text.normalize('NFC')).tables.flatMap((t) => taskRows(t.table) ?? []);
}

describe('the 2026 CCHC plan as a Word file: its appendix table', () => {
  const rows = tableRowsOf(docxToText(corpus('lamdong-kh-cchc-2026.docx')));

  it('has 49 tasks in the seven groups of the plan', () => {
    expect(rows).toHaveLength(49);
    const perArea = rows.reduce<Record<string, number>>((m, r) => ({ ...m, [r.area ?? 'none']: (m[r.area ?? 'none'] ?? 0) + 1 }), {});
    expect(perArea).toEqual({ institution: 4, procedure: 12, organization: 5, civil_service: 4, public_finance: 6, digital_government: 11, direction: 7 });
    expect(rows.map((r) => r.number).slice(0, 5)).toEqual(['1', '2', '3', '4', '1']);
  });

  it('keeps the second product, deadline and lead of a task over two rows', () => {
    const twoRows = rows.filter((r) => r.parts.length > 1);
    expect(twoRows.map((r) => r.title.slice(0, 38))).toEqual([
      'Tham mưu ban hành Kế hoạch kiểm tra cô',
      'Tham mưu ban hành Kế hoạch tuyên truyề',
      'Tham mưu UBND tỉnh đánh giá, công bố c',
    ]);
    const [, , index] = twoRows;
    expect(index.parts[1].deadline).toBe('Trước ngày 05 của tháng liền kề');
    expect(index.parts[1].lead).toBe('Sở Nội vụ');
    expect(index.parts[0].lead).toBe('Các cơ quan, đơn vị, địa phương');
  });

  it('reads every column by its header, the third unit column included', () => {
    const control = rows.find((r) => r.title.startsWith('Kiểm soát, thẩm định chặt chẽ'))!;
    expect(control.parts).toEqual([
      {
        output: 'Báo cáo đánh giá tác động của thủ tục hành chính/Văn bản tham gia ý kiến',
        deadline: 'Thường xuyên trong năm',
        lead: 'Các sở, ban, ngành',
        partners: 'Sở Tư pháp; Văn phòng UBND tỉnh',
      },
    ]);
    expect(control.others).toEqual([{ header: 'Theo dõi, kiểm tra, đôn đốc', text: 'Văn phòng UBND tỉnh' }]);
    expect(rows.find((r) => r.title.startsWith('Định kỳ thực hiện việc công bố'))!.parts[0].deadline).toBe('Trước ngày 31/01 năm liền kề');
    // A cell over the lead and partner columns belongs to the lead; the follow-up column keeps its unit.
    const byDecision = rows.find((r) => r.title.startsWith('Tiếp tục triển khai thực hiện Quyết định số 1441'))!;
    expect(byDecision.parts[0].lead).toMatch(/^Theo phân công tại Quyết định số 1441\/QĐ-UBND/);
    expect(byDecision.parts[0].partners).toBe('');
    expect(byDecision.others[0].text).toBe('Văn phòng UBND tỉnh');
    expect(rows.filter((r) => r.others.length === 1)).toHaveLength(49);
  });

  it('gives one task per appendix row in the parsed plan, never a deadline as a title', () => {
    const plan = parsePlanText(docxToText(corpus('lamdong-kh-cchc-2026.docx')));
    const appendix = plan.tasks.filter((t) => t.source === 'phu_luc');
    expect(appendix).toHaveLength(49);
    expect(appendix.filter((t) => t.title.length < 40 && /^(?:trước|thường xuyên|trong năm|định kỳ)/i.test(t.title))).toEqual([]);
    expect(appendix.every((t) => t.followUp?.length === 1)).toBe(true);
    // Three tasks are assigned "Theo phân công tại Quyết định/Phương án số ...": their leads are in that document.
    expect(appendix.filter((t) => !t.lead).map((t) => t.title.slice(0, 33))).toEqual([
      'Tiếp tục triển khai thực hiện Quy',
      'Tiếp tục tổ chức thực hiện Phương',
      'Tiếp tục triển khai thực hiện tốt',
    ]);
    const twoRows = appendix.filter((t) => t.parts);
    expect(twoRows).toHaveLength(3);
    expect(twoRows[2].parts!.map((p) => p.deadline?.text)).toEqual(['Thường xuyên trong tháng', 'Trước ngày 05 của tháng liền kề']);
  });
});

describe('the communication plan: two inline schedules', () => {
  const rows = tableRowsOf(docxToText(corpus('lamdong-kh-tuyentruyen-cchc-2026.docx')));

  it('reads both schedule tables, their units column and the year their header gives', () => {
    expect(rows).toHaveLength(21);
    expect(rows.every((r) => r.headers.deadline === 'Thời gian (Năm 2026)')).toBe(true);
    expect(rows.every((r) => /^Lãnh đạo /.test(r.parts[0].lead))).toBe(true);
    expect(rows.every((r) => /tháng/.test(r.parts[0].deadline))).toBe(true);
  });

  it('still reads the sections after the schedules', () => {
    const plan = parsePlanText(docxToText(corpus('lamdong-kh-tuyentruyen-cchc-2026.docx')));
    expect(plan.responsibilities.length).toBeGreaterThan(2);
  });
});

describe('the PDF of a plan gives the tasks of its Word file', () => {
  it('rebuilds the appendix from the ruling lines: the same 49 tasks, cell for cell, over 19 pages', async () => {
    const fromPdf = tableRowsOf(await pdfToText(corpus('lamdong-kh-cchc-2026.from-docx.pdf')));
    const fromWord = tableRowsOf(docxToText(corpus('lamdong-kh-cchc-2026.docx')));
    const cells = (rows: TaskRow[]) => rows.map((r) => ({ ...r, text: '' }));
    expect(cells(fromPdf)).toEqual(cells(fromWord));
  });

  it('gives the same tasks, leads, partners and deadlines from both files', async () => {
    const task = (t: { title: string; lead: string | null; partners: string[]; deadline: unknown; output: string | null; followUp?: string[] }) =>
      JSON.stringify([t.title, t.lead, t.partners, t.output, t.deadline, t.followUp]);
    for (const name of ['lamdong-kh-cchc-2026', 'lamdong-kh-thidua-cchc-2026', 'lamdong-kh-tuyentruyen-cchc-2026']) {
      const fromPdf = parsePlanText(await pdfToText(corpus(`${name}.from-docx.pdf`)));
      const fromWord = parsePlanText(docxToText(corpus(`${name}.docx`)));
      expect(fromPdf.tasks.map(task)).toEqual(fromWord.tasks.map(task));
    }
  }, 120_000);

  it('reads both schedules of the communication plan from its PDF, a row split by a page break joined', async () => {
    const fromPdf = tableRowsOf(await pdfToText(corpus('lamdong-kh-tuyentruyen-cchc-2026.from-docx.pdf')));
    const fromWord = tableRowsOf(docxToText(corpus('lamdong-kh-tuyentruyen-cchc-2026.docx')));
    expect(fromPdf.map((r) => [r.number, r.title, r.parts])).toEqual(fromWord.map((r) => [r.number, r.title, r.parts]));
  });
});
