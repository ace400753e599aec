import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
  type ITableCellOptions,
} from 'docx';
import { say } from '../i18n';
import { formatDateVi } from '../time/dates';
import { formatNumber, formatPercent } from '../metrics/format';
import { countStates, type StateCounts, type TaskReportGroup } from '../export/taskReport';
import type { ReportDraft, TargetLine } from './draft';
import { emptyPeriodText } from '../metrics/dataSpan';
import { windowText } from './period';
import type { StatForm } from './forms';

/** Nghị định 30/2020/NĐ-CP: Times New Roman, 13–14 pt body, the margins of Phụ lục I. */
const FONT = 'Times New Roman';
const BODY = 28;
const SMALL = 24;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const PROMPT = 'Phần này do đơn vị viết: ';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const run = (text: string, style: RunStyle = {}) => new TextRun({ text, font: FONT, size: style.size ?? BODY, bold: style.bold, italics: style.italics });

function para(text: string | TextRun[], style: RunStyle = {}, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    spacing: { before: 60, after: 60, line: 300 },
    indent: options.alignment === AlignmentType.CENTER ? undefined : { firstLine: convertMillimetersToTwip(10) },
    alignment: AlignmentType.JUSTIFIED,
    ...options,
    children: typeof text === 'string' ? [run(text, style)] : text,
  });
}

const centered = (text: string, style: RunStyle = {}) => para(text, style, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } });
const heading = (text: string) => para(text, { bold: true }, { keepNext: true });
const prompt = (text: string) => para(PROMPT + text, { italics: true });

function cell(text: string, style: RunStyle & { width?: number; center?: boolean; span?: number } = {}, options: Partial<ITableCellOptions> = {}): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    width: style.width === undefined ? undefined : { size: style.width, type: WidthType.PERCENTAGE },
    columnSpan: style.span,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    ...options,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: style.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(line, { size: style.size ?? SMALL, bold: style.bold, italics: style.italics })],
        }),
    ),
  });
}

/** Cơ quan ban hành on the left, Quốc hiệu – Tiêu ngữ on the right; number and date left for the person. */
function letterhead(draft: ReportDraft): Table {
  const body = (draft.issuer ?? '……………………').toUpperCase();
  const left = ['', body, '', `Số:        /BC-…`];
  const right = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', '……, ngày … tháng … năm …'];
  const column = (lines: string[], styles: RunStyle[], width: number) =>
    new TableCell({
      borders: NO_BORDERS,
      width: { size: width, type: WidthType.PERCENTAGE },
      children: lines.map((line, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, styles[i])] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [3600, 5900],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          column(left, [{ size: 26 }, { size: 26, bold: true }, {}, { size: 26 }], 38),
          column(right, [{ size: 24, bold: true }, { size: 26, bold: true }, {}, { italics: true }], 62),
        ],
      }),
    ],
  });
}

function planLines(draft: ReportDraft): Paragraph[] {
  if (draft.plans.length === 0) return [prompt('chưa có kế hoạch CCHC nào trong tiện ích; ghi số, ngày của kế hoạch đơn vị thực hiện.')];
  return draft.plans.map((h) => {
    const parts = [`Kế hoạch số ${h.number ?? '…'}`, h.date ? `ngày ${formatDateVi(h.date)}` : null, h.issuer ? `của ${h.issuer}` : null, h.title ? `về ${h.title}` : null];
    return para(`- ${parts.filter(Boolean).join(' ')}.`);
  });
}

/** "Đã thực hiện 3; đang thực hiện 1; chưa thực hiện 2 (1 quá hạn)". */
function stateText(counts: StateCounts, overdue: number): string {
  const late = overdue > 0 ? ` (${overdue} quá hạn)` : '';
  return `đã thực hiện ${counts.done}; đang thực hiện ${counts.in_progress}; chưa thực hiện ${counts.not_started}${late}`;
}

/** Đã / Đang / Chưa thực hiện by area, then the total: the table the report opens section II with. */
function taskSummary(groups: readonly TaskReportGroup[]): Table {
  const header = new TableRow({
    tableHeader: true,
    children: ['Lĩnh vực', 'Số nhiệm vụ', 'Đã thực hiện', 'Đang thực hiện', 'Chưa thực hiện'].map((h) => cell(h, { bold: true, center: true })),
  });
  const line = (name: string, n: number, c: StateCounts, bold = false) =>
    new TableRow({
      children: [cell(name, { width: 40, bold }), ...[n, c.done, c.in_progress, c.not_started].map((v) => cell(String(v), { width: 15, center: true, bold }))],
    });
  const all = countStates(groups.flatMap((g) => g.rows));
  const total = groups.reduce((sum, g) => sum + g.rows.length, 0);
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...groups.map((g) => line(g.name, g.rows.length, g.counts)), line('Tổng cộng', total, all, true)] });
}

function taskLines(groups: readonly TaskReportGroup[]): (Paragraph | Table)[] {
  if (groups.length === 0) return [prompt('tiện ích chưa có nhiệm vụ nào của kế hoạch.')];
  return [
    para('Kết quả thực hiện nhiệm vụ của kế hoạch theo lĩnh vực:', { italics: true }),
    taskSummary(groups),
    ...groups.flatMap((group, g) => [
      heading(`${g + 1}. ${group.name}`),
      para(`Tổng số ${group.rows.length} nhiệm vụ: ${stateText(group.counts, group.rows.filter((r) => r.overdue).length)}.`, { italics: true }),
      ...group.rows.map((r) => {
        const details = [r.status + (r.doneOn ? ` ngày ${formatDateVi(r.doneOn)}` : ''), r.deadline && `thời hạn: ${r.deadline}`, r.evidence && `minh chứng: ${r.evidence}`, r.note && `ghi chú: ${r.note}`];
        return para([run(`- ${r.title}`), run(` (${details.filter(Boolean).join('; ')}).`, { italics: true })]);
      }),
      prompt(`đánh giá kết quả, tồn tại của lĩnh vực ${group.name.toLowerCase()}.`),
    ]),
  ];
}

function targetTable(lines: readonly TargetLine[]): (Paragraph | Table)[] {
  if (lines.length === 0) return [prompt('kế hoạch trong tiện ích chưa có chỉ tiêu định lượng nào tiện ích đo được.')];
  const header = new TableRow({
    tableHeader: true,
    children: ['Chỉ tiêu', 'Kế hoạch', 'Kết quả trong kỳ', 'Chênh lệch (điểm %)', 'Ghi chú'].map((h) => cell(h, { bold: true, center: true })),
  });
  const rows = lines.map(({ metric: m, sentence }) => {
    const result = m.rate === null ? 'Chưa có dữ liệu' : `${formatPercent(m.rate)} (${m.numerator}/${m.denominator})`;
    const gap = m.gap === null ? '' : `${m.gap > 0 ? '+' : ''}${formatNumber(m.gap, 1)}`;
    return new TableRow({ children: [cell(m.name, { width: 30 }), cell(m.target!.text, { width: 22 }), cell(result, { width: 14, center: true }), cell(gap, { width: 10, center: true }), cell(sentence ? say('vi', sentence) : '', { width: 24 })] });
  });
  return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })];
}

function index766Lines(draft: ReportDraft): Paragraph[] {
  const c = draft.index766;
  return [
    heading('Chỉ số phục vụ người dân, doanh nghiệp (Bộ chỉ số 766): ước tính của đơn vị bên cạnh số liệu công bố'),
    ...c.groups.map((g) => para(`- ${say('vi', g.name)} (tối đa ${g.max} điểm): ${say('vi', g.explanation)}`)),
    ...c.notes.map((n) => para(say('vi', n), { italics: true })),
  ];
}

function formTable(form: StatForm): (Paragraph | Table)[] {
  const header = [
    new TableRow({
      tableHeader: true,
      children: [
        cell('STT', { bold: true, center: true }, { rowSpan: 2 }),
        cell('Chỉ tiêu thống kê\n(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)', { bold: true, center: true }, { rowSpan: 2 }),
        cell('Kết quả thống kê', { bold: true, center: true, span: 2 }),
        cell('Ghi chú', { bold: true, center: true }, { rowSpan: 2 }),
      ],
    }),
    new TableRow({ tableHeader: true, children: [cell('Đơn vị tính', { bold: true, center: true }), cell('Số liệu', { bold: true, center: true })] }),
  ];
  const rows = form.rows.map(
    (r) =>
      new TableRow({
        children: [
          cell(r.stt, { width: 8, center: true, bold: r.unit === '' }),
          cell(r.label, { width: 44, bold: r.unit === '' }),
          cell(r.unit, { width: 12, center: true }),
          cell(r.value ?? '', { width: 10, center: true }),
          cell(r.note, { width: 26, italics: true }),
        ],
      }),
  );
  return [
    new Paragraph({ pageBreakBefore: form.number !== 1, alignment: AlignmentType.CENTER, children: [run(`Biểu mẫu ${form.number}`, { bold: true })] }),
    centered(form.title, { bold: true }),
    new Paragraph({ children: [] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...header, ...rows] }),
    para('Các dòng tiện ích tính được đã điền sẵn; các chỉ tiêu khác của biểu mẫu theo Công văn số 4625/BNV-CCHC do đơn vị tự điền.', { italics: true, size: SMALL }),
  ];
}

function recipients(): Table {
  const left = new TableCell({
    borders: NO_BORDERS,
    children: [
      new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: SMALL })] }),
      new Paragraph({ children: [run('- ……………;', { size: 22 })] }),
      new Paragraph({ children: [run('- Lưu: VT, … .', { size: 22 })] }),
    ],
  });
  const right = new TableCell({
    borders: NO_BORDERS,
    children: ['QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', '', '', '', 'Họ và tên'].map((line, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, { bold: true, italics: i === 1 })] })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [4600, 4600], borders: NO_BORDERS, rows: [new TableRow({ children: [left, right] })] });
}

function body(draft: ReportDraft): (Paragraph | Table)[] {
  const label = draft.period.label;
  const empty = draft.empty
    ? [
        para(`Trong kỳ báo cáo (${windowText(draft.period)}), tiện ích chưa ghi nhận hồ sơ, phản ánh kiến nghị hay nhiệm vụ nào của đơn vị: các số liệu để trống, không phải bằng 0.`, { bold: true, italics: true }),
        para(emptyPeriodText(draft.span), { italics: true }),
      ]
    : [];
  return [
    letterhead(draft),
    new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [run('BÁO CÁO', { bold: true })] }),
    centered(`Công tác cải cách hành chính ${label}`, { bold: true }),
    centered(`và phương hướng, nhiệm vụ kỳ tới${draft.unit ? ` của ${draft.unit}` : ''}`, { bold: true }),
    centered('__________', { bold: true }),
    // An empty report says where data exists once, below; the coverage of the one-stop desk would say it again.
    para(`Số liệu trong báo cáo được tổng hợp ${windowText(draft.period)} (thời gian chốt số liệu báo cáo định kỳ).${draft.empty ? '' : ` ${draft.coverage}`}`, { italics: true }),
    ...empty,
    heading('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC'),
    prompt('việc ban hành kế hoạch, văn bản chỉ đạo; kiểm tra, tuyên truyền CCHC; sáng kiến, mô hình mới.'),
    heading('II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC'),
    para('Kế hoạch CCHC đơn vị thực hiện:', { italics: true }),
    ...planLines(draft),
    ...taskLines(draft.tasks),
    heading('Kết quả các chỉ tiêu của kế hoạch trong kỳ'),
    ...targetTable(draft.targets),
    ...index766Lines(draft),
    heading('III. ĐÁNH GIÁ CHUNG'),
    prompt('ưu điểm; tồn tại, hạn chế và nguyên nhân.'),
    heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'),
    prompt('nhiệm vụ trọng tâm kỳ tới, trước hết các nhiệm vụ đang thực hiện và quá hạn nêu ở mục II; đề xuất, kiến nghị.'),
    new Paragraph({ children: [] }),
    recipients(),
    new Paragraph({ children: [new PageBreak()] }),
    centered('PHỤ LỤC', { bold: true }),
    centered(`Biểu mẫu thống kê kết quả công tác cải cách hành chính ${label}`, { bold: true }),
    centered(`(Kèm theo Báo cáo số      /BC-… ngày … tháng … năm … )`, { italics: true }),
    new Paragraph({ children: [] }),
    ...draft.forms.flatMap(formTable),
  ];
}

export function reportDocument(draft: ReportDraft): Document {
  return new Document({
    creator: 'Trợ lý CCHC',
    title: `Báo cáo công tác cải cách hành chính ${draft.period.label}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15) },
          },
        },
        // Page numbers at the top centre from the second page on.
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] })] }),
        },
        children: body(draft),
      },
    ],
  });
}

export const reportDocx = (draft: ReportDraft): Promise<Blob> => Packer.toBlob(reportDocument(draft));
export const reportDocxBuffer = (draft: ReportDraft): Promise<Buffer> => Packer.toBuffer(reportDocument(draft));
