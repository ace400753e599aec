import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedPlan } from '../../lib/schema/plan';
import { parsePlan, parsePlanText } from '../../lib/plan/parse';
import { pdfToText } from '../../lib/plan/pdf';
import { PLAN_NAMES } from '../fixtures/plans';
import { fixture } from './helpers';
import { PRINT_FONTS, launchChromium, pdfFonts, printPlan } from './printPdf';

/*
 * A plan read from its PDF must give what the same plan gives from its text
 * file: the PDF's text is wrapped at the page width, has lost its blank
 * lines, and carries page numbers between pages.
 */

/** Whitespace aside; NFKC because a PDF's text layer spells ligatures out ("ﬁ" in an OCR'd seed reads "fi"). */
const same = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** What must not depend on the text's layout. */
function essence(parsed: ParsedPlan) {
  return {
    plan: parsed.plan,
    targets: parsed.targets.map((t) => ({ indicator: t.indicator, comparator: t.comparator, value: t.value, unit: t.unit, area: t.area })),
    tasks: parsed.tasks.map((t) => ({
      title: same(t.title),
      source: t.source,
      lead: t.lead,
      partners: t.partners,
      deadline: t.deadline && { kind: t.deadline.kind, from: t.deadline.from, to: t.deadline.to },
    })),
    responsibilities: parsed.responsibilities.map((r) => ({ unit: r.unit, duties: r.duties.map(same) })),
  };
}

describe('PDF parity: each fixture plan printed by Chromium reads as its text file', () => {
  let browser: Browser;
  const texts = new Map<string, string>();
  const fonts = new Map<string, Set<string>>();

  beforeAll(async () => {
    browser = await launchChromium();
    for (const name of PLAN_NAMES) {
      const pdf = await printPlan(browser, fixture(name));
      fonts.set(name, pdfFonts(pdf));
      texts.set(name, await pdfToText(pdf));
    }
  }, 120_000);
  afterAll(() => browser?.close());

  it.each(PLAN_NAMES)('%s', (name) => {
    const text = texts.get(name)!;
    // Every glyph came from the shipped font, none from the machine's.
    expect([...fonts.get(name)!].every((font) => PRINT_FONTS.includes(font))).toBe(true);
    // The PDF really is wrapped and paginated: no blank-line paragraphs, a page break between pages.
    expect(text).toContain('\f');
    expect(essence(parsePlan(text))).toEqual(essence(parsePlan(fixture(name))));
  });

  it('reads the Thụy Hùng header from the header, not from a document cited in the preamble', () => {
    const parsed = parsePlanText(texts.get('thuy-hung-2026.txt')!);
    expect(parsed.plan).toMatchObject({ number: null, issuer: 'UBND xã Thụy Hùng', level: 'xa', implements: ['120/KH-UBND'], replaces: ['47/KH-UBND'] });
  });
});

describe('wrapped text without blank lines (copied from a PDF viewer)', () => {
  const head = ['Số: 15/KH-SNV Lạng Sơn, ngày 20 tháng 01 năm 2026', 'KẾ HOẠCH', 'Cải cách hành chính của Sở Nội vụ năm 2026'];

  it('joins a paragraph split over lines, and a count or date starting a line stays in it', () => {
    const parsed = parsePlan(
      [
        ...head,
        'I. MỤC TIÊU',
        '- Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn đạt trên',
        '98%, không để hồ sơ quá hạn.',
        '- Tổ chức kiểm kê tài sản công tại thời điểm ngày 01 tháng',
        '01 năm 2026 và tổ chức ít nhất',
        '02 lớp tập huấn nghiệp vụ.',
      ].join('\n'),
    );
    expect(parsed.plan.number).toBe('15/KH-SNV');
    expect(parsed.targets.map((t) => [t.value, t.comparator, t.unit, t.indicator])).toEqual([
      [98, 'gt', '%', 'procedure.on_time_rate'],
      [2, 'gte', 'lớp', null],
    ]);
    expect(parsed.targets[1].text).toBe('Tổ chức kiểm kê tài sản công tại thời điểm ngày 01 tháng 01 năm 2026 và tổ chức ít nhất 02 lớp tập huấn nghiệp vụ.');
  });

  it('reads a task block whose field lines are wrapped, across a page number line', () => {
    const parsed = parsePlan(
      [
        ...head,
        'I. NHIỆM VỤ',
        '1. Xây dựng, ban hành Kế hoạch kiểm tra công tác cải cách hành chính của các phòng',
        'chuyên môn năm 2026',
        'Đơn vị chủ trì: Văn phòng',
        'Sở',
        '2',
        'Đơn vị phối hợp: Phòng Tổ chức cán bộ, Thanh tra',
        'Sở',
        'Thời gian thực hiện: Trước ngày',
        '28/02/2026',
      ].join('\n'),
    );
    expect(parsed.tasks).toHaveLength(1);
    expect(parsed.tasks[0]).toMatchObject({
      title: 'Xây dựng, ban hành Kế hoạch kiểm tra công tác cải cách hành chính của các phòng chuyên môn năm 2026',
      lead: 'Văn phòng Sở',
      partners: ['Phòng Tổ chức cán bộ', 'Thanh tra'],
      deadline: { kind: 'date', to: '2026-02-28' },
    });
  });

  it('drops page numbers and a running header at page breaks, and keeps a paragraph going over the break', () => {
    const parsed = parsePlan(
      [
        ...head,
        'I. MỤC TIÊU',
        '- 100% văn bản quy phạm pháp luật được xây dựng, ban hành đúng thẩm quyền, hình',
        'Kế hoạch CCHC năm 2026',
        '- 2 -',
        '\f',
        'Kế hoạch CCHC năm 2026',
        'thức, trình tự, thủ tục quy định.',
        '\f',
        'Kế hoạch CCHC năm 2026',
        'Trang 3',
        '- Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn đạt 100%.',
      ].join('\n'),
    );
    expect(parsed.targets.map((t) => [t.text, t.indicator])).toEqual([
      ['100% văn bản quy phạm pháp luật được xây dựng, ban hành đúng thẩm quyền, hình thức, trình tự, thủ tục quy định.', 'institution.legal_doc_compliance_rate'],
      ['Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn đạt 100%.', 'procedure.feedback_on_time_rate'],
    ]);
  });

  it('takes the number from the "Số:" line only: a blank number is null, a cited one never counts', () => {
    const parsed = parsePlan(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: /KH-UBND',
        'KẾ HOẠCH',
        'Cải cách hành chính năm 2026',
        'Thực hiện Nghị quyết',
        'số 76/NQ-CP ngày 15/7/2021 của Chính phủ, UBND xã Thụy',
        'Hùng ban hành Kế hoạch cải cách hành chính năm 2026 như sau:',
        'I. MỤC TIÊU',
      ].join('\n'),
    );
    expect(parsed.plan).toMatchObject({ number: null, issuer: 'UBND xã Thụy Hùng', implements: ['76/NQ-CP'] });
  });
});
