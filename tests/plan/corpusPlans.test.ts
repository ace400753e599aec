import { describe, expect, it } from 'vitest';
import { docxToText } from '../../lib/plan/docx';
import { NotAPlanError } from '../../lib/plan/errors';
import { parsePlan, parsePlanText } from '../../lib/plan/parse';
import { pdfToText } from '../../lib/plan/pdf';
import { taskUnits } from '../../lib/plan/units';
import type { Deadline, ParsedPlan } from '../../lib/schema/plan';
import { corpusBytes } from './helpers';

/*
 * What the plans of one province's CCHC section say, written by hand from
 * the documents: their targets (value and comparator, in order), the lead,
 * partners and deadline of each task of the 2026 plan's appendix, and that
 * the annual report is no plan.
 */

type Targets = Array<[number, 'gte' | 'gt' | 'lte' | 'lt']>;
const targetsOf = (parsed: ParsedPlan) => parsed.targets.map((t) => [t.value, t.comparator]);
const fromWord = (name: string) => parsePlan(docxToText(corpusBytes(name)));

const ALL_100 = (n: number): Targets => Array.from({ length: n }, () => [100, 'gte']);
/** The 2026 plan's "a) Mục tiêu" of its six areas, in order. */
const CCHC_2026_TARGETS: Targets = [
  ...ALL_100(4),
  ...ALL_100(6),
  [98, 'gte'],
  ...ALL_100(2),
  ...ALL_100(3),
  ...ALL_100(4),
  [90, 'gt'],
  ...ALL_100(4),
  [80, 'gte'],
  ...ALL_100(2),
  [70, 'gt'],
  ...ALL_100(3),
  [80, 'gte'],
  [50, 'gte'],
  [100, 'gte'],
  [80, 'gte'],
  [100, 'gte'],
  [90, 'gte'],
];

describe('targets of the three plans', () => {
  it('the 2026 CCHC plan: the 38 targets of its "Mục tiêu", none from its tasks or appendix', () => {
    const parsed = fromWord('lamdong-kh-cchc-2026.docx');
    expect(parsed.document?.kind).toBe('ke_hoach');
    expect(targetsOf(parsed)).toEqual(CCHC_2026_TARGETS);
    expect(parsed.targets.find((t) => t.value === 98)?.phrase).toMatch(/giải quyết trước và đúng hạn/);
    expect(parsed.targets.find((t) => t.value === 70)?.phrase).toMatch(/ký số/);
  });

  it('the same plan printed to PDF gives the same targets', async () => {
    const parsed = parsePlan(await pdfToText(corpusBytes('lamdong-kh-cchc-2026.from-docx.pdf')));
    expect(targetsOf(parsed)).toEqual(CCHC_2026_TARGETS);
  });

  it('a draft\'s blank number slot ("Số:      /KH-UBND") is neither number nor part of the issuer, from Word and from PDF', async () => {
    const fromPdf = parsePlan(await pdfToText(corpusBytes('lamdong-kh-cchc-2026.from-docx.pdf')));
    for (const parsed of [fromWord('lamdong-kh-cchc-2026.docx'), fromPdf]) {
      expect(parsed.plan).toMatchObject({ number: null, issuer: 'UBND tỉnh Lâm Đồng', level: 'tinh', year: 2026 });
    }
  });

  it('the campaign plan: its "chỉ tiêu thi đua", a rank among the leading provinces included', async () => {
    const expected: Targets = [
      [15, 'lte'],
      [90, 'gte'],
      [85, 'gte'],
      [85, 'gt'],
    ];
    const parsed = fromWord('lamdong-kh-thidua-cchc-2026.docx');
    expect(targetsOf(parsed)).toEqual(expected);
    expect(parsed.targets[0]).toMatchObject({ unit: 'tỉnh, thành phố' });
    expect(parsed.targets[0].phrase).toMatch(/PAR Index, SIPAS, PAPI/);
    // Award criteria ("nằm trong nhóm 03 cơ quan dẫn đầu") are not targets.
    expect(parsed.targets.some((t) => t.value === 3 || t.value === 10)).toBe(false);
    expect(targetsOf(parsePlan(await pdfToText(corpusBytes('lamdong-kh-thidua-cchc-2026.from-docx.pdf'))))).toEqual(expected);
  });

  it('the communication plan: no percentage, one bounded count (one article a quarter), from Word and from PDF', async () => {
    const parsed = fromWord('lamdong-kh-tuyentruyen-cchc-2026.docx');
    expect(parsed.targets.map((t) => [t.value, t.comparator, t.unit])).toEqual([[1, 'gte', 'tin']]);
    const fromPdf = parsePlan(await pdfToText(corpusBytes('lamdong-kh-tuyentruyen-cchc-2026.from-docx.pdf')));
    expect(fromPdf.targets.map((t) => [t.value, t.comparator, t.unit])).toEqual([[1, 'gte', 'tin']]);
  });
});

describe('the annual report is not a plan', () => {
  let read: Promise<string> | undefined;
  const reportText = () => (read ??= pdfToText(corpusBytes('lamdong-bc329-cchc-2025.pdf')));

  it('is read as a báo cáo: no target from its results or statistics bands, nothing to save', async () => {
    const text = await reportText();
    const parsed = parsePlan(text);
    expect(parsed.document).toEqual({ kind: 'bao_cao', refersTo: [] });
    expect(parsed.targets).toEqual([]);
    expect(parsed.tasks).toEqual([]);
    expect(() => parsePlanText(text)).toThrow(/báo cáo.*không phải kế hoạch/);
    // 35 pages: reading them takes a while on a busy machine.
  }, 90_000);

  it('reads its number and day, which only its e-signature widgets draw', async () => {
    const text = await reportText();
    expect(text).toMatch(/Số: 329 \/BC-UBND/);
    expect(parsePlan(text).plan).toMatchObject({ number: '329/BC-UBND', date: '2025-12-19', issuer: 'UBND tỉnh Lâm Đồng' });
    expect(() => parsePlanText(text)).toThrow('Đây là báo cáo số 329/BC-UBND, không phải kế hoạch');
    // Its kind is told as a notice, not as an error.
    expect(() => parsePlanText(text)).toThrow(NotAPlanError);
  }, 90_000);
});

/** How a deadline is checked: its kind and the day it ends, its cycle, or what it hangs on. */
function summary(d: Deadline | null): string {
  if (!d) return 'none';
  if (d.kind === 'recurring') return ['recurring', d.every, d.dueMonth, d.dueDay].filter(Boolean).join(' ');
  if (d.kind === 'relative') return `relative ${d.after?.count} ${d.after?.unit}`;
  if (d.kind === 'per_document') return `per_document ${d.document ?? ''}`.trim();
  return [d.kind, d.to].filter(Boolean).join(' ');
}

const TTP = 'Sở Tư pháp';
const VP = 'Văn phòng UBND tỉnh';
const SNV = 'Sở Nội vụ';
const STC = 'Sở Tài chính';
const KHCN = 'Sở Khoa học và Công nghệ';
const XA = 'UBND các xã, phường, đặc khu';
const CQ = 'Các cơ quan, đơn vị, địa phương';
const SBN = 'Các sở, ban, ngành';
const SBNDP = 'Các sở, ban, ngành, địa phương';
const XTDT = 'Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh';
const ONGOING = 'recurring continuous';
const YEAR = 'year 2026-12-31';

/** [start of the task, its lead units, its partners, its deadline], one per numbered row of the appendix. */
const APPENDIX: Array<[string, string[], string[], string]> = [
  ['Thực hiện việc đăng tải, cập nhật văn bản', [TTP], [], 'per_document 52/2015/NĐ-CP'],
  ['Định kỳ thực hiện việc công bố danh mục', [TTP, XA], [], 'recurring year 1 31'],
  ['Thường xuyên kiểm tra, rà soát, hệ thống hóa', [TTP, 'các cơ quan, đơn vị, địa phương'], [CQ], ONGOING],
  ['Tham mưu UBND tỉnh triển khai ứng dụng AI, tờ rơi', [TTP], [KHCN], YEAR],
  ['Kiểm soát, thẩm định chặt chẽ', [SBN], [TTP, VP], ONGOING],
  ['Ban hành và tổ chức thực hiện Kế hoạch rà soát', [SBN], [VP, XA], 'per_document'],
  ['Thường xuyên theo dõi, cập nhật và kịp thời công bố', [SBN], [VP, XA], ONGOING],
  ['Tổ chức rà soát, công bố thủ tục hành chính nội bộ', [SBN], [VP, XA], ONGOING],
  ['Tiếp tục triển khai thực hiện Quyết định số 1441', [], [], 'per_document 1441/QĐ-UBND'],
  ['Tổ chức tốt việc tiếp nhận, giải quyết hồ sơ', [SBNDP], ['Cơ quan, địa phương có liên quan'], ONGOING],
  ['Có giải pháp giảm tỷ lệ trễ hẹn', [SBNDP], [], ONGOING],
  ['Tiếp nhận và xử lý kịp thời các thông tin phản ánh', [SBNDP, XTDT], [VP], ONGOING],
  ['Tổ chức thanh tra trách nhiệm', ['Thanh tra tỉnh'], [SNV, VP], ONGOING],
  ['Tổ chức kiểm tra, chấn chỉnh tác phong', [VP], [], ONGOING],
  ['Công khai trên Trang thông tin điện tử', [SBNDP], [VP], 'recurring month'],
  ['Tham mưu UBND tỉnh triển khai tích hợp ứng dụng AI', [VP], [KHCN], YEAR],
  ['Rà soát, sửa đổi, bổ sung chức năng, nhiệm vụ', [SBN, XA], [SNV], 'relative 3 month'],
  ['Rà soát, đảm bảo cơ cấu số lượng lãnh đạo', [CQ], [SNV], ONGOING],
  ['Tiếp tục tổ chức thực hiện Phương án số 7178', [], [], 'per_document 7178/PA-UBND'],
  ['Rà soát số lượng biên chế hành chính', [CQ], [SNV], 'per_document'],
  ['Rà soát, sửa đổi, bổ sung các quy định về phân cấp', [SBN], [XA], ONGOING],
  ['Rà soát, điều chỉnh vị trí việc làm', [CQ], [SNV], 'per_document'],
  ['Thực hiện nghiêm các quy định, quy trình về bổ nhiệm', [CQ], [SNV], ONGOING],
  ['Xây dựng và tổ chức thực hiện đầy đủ, kịp thời Kế hoạch đào tạo', [SNV], ['Các cơ quan, đơn vị liên quan'], 'date 2025-12-31'],
  ['Nghiêm túc chấp hành kỷ luật', [CQ], [SNV], ONGOING],
  ['Xây dựng kế hoạch giải ngân chi tiết', [CQ], [STC], YEAR],
  ['Thực hiện đồng bộ các giải pháp để đẩy mạnh tăng thu', ['Các địa phương, các cơ quan có nguồn thu nộp ngân sách nhà nước'], [STC], YEAR],
  ['Thường xuyên rà soát, cập nhật, nghiên cứu các quy định', ['Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước'], [STC], YEAR],
  ['Khẩn trương thực hiện kết luận, kiến nghị', [CQ], [STC], YEAR],
  ['Tổ chức thực hiện nghiêm quy chế quản lý và sử dụng tài sản công', [CQ], [STC], YEAR],
  [
    'Bố trí kinh phí chi thường xuyên',
    [STC, XA],
    ['Cơ quan quản lý cấp trên của đơn vị sự nghiệp công lập, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh'],
    YEAR,
  ],
  ['Xây dựng và tổ chức thực hiện kế hoạch chuyển đổi số', [KHCN], [CQ], 'month 2026-01-31'],
  ['Thường xuyên rà soát, cập nhật Khung kiến trúc số', [KHCN], [], 'per_document'],
  ['Triển khai các hệ thống thông tin dùng chung', [KHCN], [], YEAR],
  ['Thực hiện kết nối, khai thác và sử dụng ngay', [SBN], [KHCN], 'on_request'],
  ['Tiếp tục sử dụng hiệu quả hệ thống phần mềm', ['Các sở, ban, ngành và địa phương'], [KHCN], ONGOING],
  ['Thường xuyên theo dõi, đôn đốc, cập nhật tiến độ', [VP], [], ONGOING],
  ['Tiếp tục triển khai thực hiện tốt Quyết định số 1737', [], [], 'per_document 1737/QĐ-UBND'],
  ['Tiếp tục hoàn thiện Hệ thống thông tin báo cáo', [VP], [CQ], ONGOING],
  ['Có giải pháp tuyên truyền, vận động', ['Các sở, ban, ngành và địa phương'], [VP], ONGOING],
  ['Giao Công an tỉnh tham mưu', ['Công an tỉnh'], [KHCN], YEAR],
  ['Giao Sở Khoa học và Công nghệ chủ trì', [KHCN], [TTP, VP, 'Công an tỉnh'], YEAR],
  ['Xây dựng và tổ chức thực hiện Kế hoạch cải cách hành chính năm 2026', [CQ], [], 'date 2026-01-15'],
  ['Tham mưu ban hành Kế hoạch kiểm tra', [SNV], [CQ], 'month 2026-01-31'],
  ['Tham mưu ban hành Kế hoạch tuyên truyền', [SNV], [CQ], 'month 2026-01-31'],
  ['Chủ động đề xuất áp dụng, nhân rộng', [CQ], [SNV], 'month 2026-09-30'],
  ['Tham mưu UBND tỉnh đánh giá, công bố chỉ số', [CQ], [SNV], ONGOING],
  ['Tham mưu UBND tỉnh tự đánh giá chỉ số', [SNV], [VP, TTP, STC, KHCN, XTDT], 'recurring month 5'],
  ['Tham mưu UBND tỉnh công bố chỉ số mức độ hài lòng', [SNV], [VP, 'Sở Tài nguyên và Môi trường', XA], 'recurring month 5'],
];

describe('the 2026 plan\'s appendix: leads, partners and deadlines as written', () => {
  const tasks = fromWord('lamdong-kh-cchc-2026.docx').tasks.filter((t) => t.source === 'phu_luc');
  const rows = APPENDIX.map(([start, leads, partners, deadline]) => {
    const task = tasks.find((t) => t.title.startsWith(start));
    // A continuation row may add a second lead: the row's own leads come first.
    const lead = task ? taskUnits({ lead: task.lead, partners: [] }).slice(0, leads.length) : null;
    return {
      start,
      found: !!task,
      lead: lead?.join('; ') === leads.join('; '),
      // A continuation row's partners follow the row's own.
      partners: task?.partners.slice(0, partners.length).join('; ') === partners.join('; '),
      deadline: task ? summary(task.deadline) === deadline : false,
    };
  });
  const share = (field: 'found' | 'lead' | 'partners' | 'deadline') => rows.filter((r) => r[field]).length / rows.length;

  it('finds every numbered task', () => {
    expect(rows.filter((r) => !r.found).map((r) => r.start)).toEqual([]);
  });
  it('reads at least 90% of leads, partners and deadlines right (all of them today)', () => {
    expect(rows.filter((r) => !r.lead || !r.partners || !r.deadline)).toEqual([]);
    for (const field of ['lead', 'partners', 'deadline'] as const) expect(share(field)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the communication plan: its schedules and its units', () => {
  const parsed = fromWord('lamdong-kh-tuyentruyen-cchc-2026.docx');

  it('makes a task of each broadcast of its two schedules, led by the unit whose leader speaks, dated in the year of the table', () => {
    const schedule = parsed.tasks.filter((t) => t.source === 'nhiem_vu' && t.title.startsWith('Giải đáp những vướng mắc'));
    expect(schedule).toHaveLength(21);
    expect(schedule.every((t) => t.deadline?.kind === 'date' && t.deadline.to?.startsWith('2026-'))).toBe(true);
    expect([schedule[0].lead, schedule[0].deadline?.to]).toEqual(['Sở Công Thương', '2026-01-23']);
    expect([schedule[2].lead, schedule[2].deadline?.to]).toEqual(['Công an tỉnh', '2026-04-10']);
    expect([schedule[20].lead, schedule[20].deadline?.to]).toEqual(['UBND xã Hòa Ninh', '2026-12-25']);
  });

  it('gives each numbered addressee of "Tổ chức thực hiện" its own duties', () => {
    expect(parsed.responsibilities.map((r) => [r.unit, r.duties.length])).toEqual([
      ['Sở Nội vụ', 8],
      ['Văn phòng UBND tỉnh', 5],
      ['Sở Khoa học và Công nghệ', 1],
      ['Sở Tư pháp', 1],
      ['Sở Văn hóa, Thể thao và Du lịch', 1],
      ['Báo và Phát Thanh, Truyền hình tỉnh', 5],
      ['Sở Tài chính', 1],
      ['Các sở, ban, ngành; UBND các xã, phường, đặc khu; các cơ quan, đơn vị có liên quan', 7],
    ]);
    const plans = parsed.tasks.find((t) => t.source === 'to_chuc_thuc_hien' && t.title.startsWith('Nghiên cứu, xây dựng, ban hành kế hoạch'));
    expect(plans?.deadline).toMatchObject({ kind: 'date', to: '2026-01-30' });
  });
});

describe('the campaign plan: the steps of its "Tiến độ thực hiện"', () => {
  const steps = (parsed: ParsedPlan) => parsed.tasks.filter((t) => t.source === 'tien_do').map((t) => [t.title.slice(0, 25), t.lead, t.deadline?.kind, t.deadline?.to]);
  const expected = [
    ['Căn cứ Kế hoạch phát động', 'Các cơ quan, đơn vị, địa phương trên địa bàn tỉnh', 'quarter', '2026-03-31'],
    ['Quý I/2027, các cơ quan, ', 'Các cơ quan, đơn vị, địa phương', 'quarter', '2027-03-31'],
  ];

  it('makes a task of each step, led by the units it names and due when it says; the competition period is no step', async () => {
    expect(steps(fromWord('lamdong-kh-thidua-cchc-2026.docx'))).toEqual(expected);
    expect(steps(parsePlan(await pdfToText(corpusBytes('lamdong-kh-thidua-cchc-2026.from-docx.pdf'))))).toEqual(expected);
  });
});

describe('the campaign plan: duties of its addressees', () => {
  it('reads each addressee whole, not the heading or the opening phrase', () => {
    const duties = fromWord('lamdong-kh-thidua-cchc-2026.docx').tasks.filter((t) => t.source === 'to_chuc_thuc_hien');
    expect(duties.map((t) => t.lead)).toEqual([
      'Các sở, ban, ngành, các cơ quan Trung ương đóng trên địa bàn; UBND các xã, phường, đặc khu',
      'Sở Nội vụ',
      'Sở Nội vụ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Báo và Đài Phát thanh, Truyền hình Lâm Đồng',
      'Ủy ban MTTQ Việt Nam tỉnh',
    ]);
    expect(duties[0].deadline).toMatchObject({ kind: 'date', to: '2026-03-15' });
  });
});
