import { feedbackOnTime } from '../indicators/feedbackOnTime';
import { onTime } from '../indicators/onTime';
import { describeTarget } from '../indicators/targets';
import type { Metric } from '../metrics/compute';
import { unitFigures } from '../metrics/figures';
import type { Index766Comparison } from '../metrics/index766';
import { dataSpan, emptyPeriodText, hasDataIn } from '../metrics/dataSpan';
import { formatDateVi } from '../time/dates';
import { say } from '../i18n';
import type { ExportFile } from './exportJson';
import { inPeriod, periodLabel, type Period } from '../time/periods';
import type { Observation, TaskRecord } from '../schema/records';
import { CHANNEL, NO_DATA, RATING, STATUS, UNKNOWN, timelinessText, yesNoText } from './labels';
import type { Cell, Table } from './table';
import { countStates, taskReport, type StateCounts } from './taskReport';

export interface WorkbookInput {
  period: Period;
  /** Whose figures these are: the unit's name, or "cá nhân". */
  scope: string;
  metrics: readonly Metric[];
  observations: readonly Observation[];
  tasks: readonly TaskRecord[];
  today: string;
  index766?: Index766Comparison;
}

export const SHEET_NAMES = {
  metrics: 'Tổng hợp chỉ tiêu',
  dossiers: 'Hồ sơ',
  tasks: 'Nhiệm vụ',
  feedback: 'Phản ánh kiến nghị',
  index766: 'Ước tính chỉ số 766',
} as const;

export function metricsTable(metrics: readonly Metric[], period: Period, scope: string): Table {
  const label = periodLabel(period);
  return {
    name: SHEET_NAMES.metrics,
    columns: [
      { header: 'Chỉ tiêu', kind: 'text' },
      { header: 'Tử số', kind: 'integer' },
      { header: 'Mẫu số', kind: 'integer' },
      { header: 'Tỷ lệ', kind: 'percent' },
      { header: 'Chỉ tiêu kế hoạch', kind: 'text' },
      { header: 'Chênh lệch (điểm %)', kind: 'number' },
      { header: 'Đánh giá', kind: 'text' },
      { header: 'Chưa rõ thông tin', kind: 'integer' },
      { header: 'Kỳ báo cáo', kind: 'text' },
      { header: 'Phạm vi', kind: 'text' },
    ],
    rows: metrics.map((m) => [
      m.name,
      m.numerator,
      m.denominator,
      m.rate ?? NO_DATA,
      m.target ? describeTarget(m.target) : null,
      m.gap,
      STATUS[m.status],
      m.unknown,
      label,
      scope,
    ]),
  };
}

function ofPeriod<T extends Observation['type']>(observations: readonly Observation[], type: T, period: Period) {
  return observations
    .filter((o): o is Extract<Observation, { type: T }> => o.type === type && o.date !== null && inPeriod(o.date, period))
    .sort((a, b) => (a.date === b.date ? a.key.localeCompare(b.key) : a.date! < b.date! ? -1 : 1));
}

export function dossiersTable(observations: readonly Observation[], period: Period, today: string): Table {
  return {
    name: SHEET_NAMES.dossiers,
    columns: [
      { header: 'Mã hồ sơ', kind: 'text' },
      { header: 'Tên thủ tục', kind: 'text' },
      { header: 'Đơn vị', kind: 'text' },
      { header: 'Kênh nộp', kind: 'text' },
      { header: 'Trạng thái', kind: 'text' },
      { header: 'Ngày tiếp nhận', kind: 'date' },
      { header: 'Ngày hẹn trả', kind: 'date' },
      { header: 'Ngày hoàn thành', kind: 'date' },
      { header: 'Tiến độ', kind: 'text' },
      { header: 'Kết quả điện tử', kind: 'text' },
      { header: 'Số hóa', kind: 'text' },
      { header: 'Tái sử dụng dữ liệu', kind: 'text' },
      { header: 'Đánh giá', kind: 'text' },
      { header: 'Lần xem gần nhất', kind: 'datetime' },
    ],
    rows: ofPeriod(observations, 'dossier', period).map(({ data: d, unit, seenAt }) => [
      d.code,
      d.procedureName,
      unit,
      d.channel ? CHANNEL[d.channel] : UNKNOWN,
      d.status,
      d.receivedAt,
      d.dueAt,
      d.completedAt,
      timelinessText(onTime.verdict(d, { today }), d.resolved),
      d.resolved ? yesNoText(d.eResult) : null,
      yesNoText(d.digitized),
      yesNoText(d.dataReuse),
      d.rating ? RATING[d.rating] : null,
      seenAt,
    ]),
  };
}

export function feedbackTable(observations: readonly Observation[], period: Period, today: string): Table {
  return {
    name: SHEET_NAMES.feedback,
    columns: [
      { header: 'Mã phản ánh', kind: 'text' },
      { header: 'Tiêu đề', kind: 'text' },
      { header: 'Đơn vị', kind: 'text' },
      { header: 'Ngày tiếp nhận', kind: 'date' },
      { header: 'Hạn xử lý', kind: 'date' },
      { header: 'Ngày xử lý', kind: 'date' },
      { header: 'Trạng thái', kind: 'text' },
      { header: 'Tiến độ', kind: 'text' },
    ],
    rows: ofPeriod(observations, 'feedback', period).map(({ data: f, unit }) => [
      f.code,
      f.title,
      unit,
      f.receivedAt,
      f.dueAt,
      f.handledAt,
      f.status,
      timelinessText(feedbackOnTime.verdict(f, { today }), f.handledAt !== null),
    ]),
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const mark = (yes: boolean) => (yes ? 'x' : null);

/**
 * The plan's tasks by CCHC area, as a report's appendix lays them out: a
 * heading row per area (I, II, …) with how many tasks are done, in progress
 * and not started, the area's tasks with an "x" in their column, and the
 * totals. The heading rows name the area: no column repeats it on every row.
 */
export function tasksTable(tasks: readonly TaskRecord[], today: string): Table {
  const groups = taskReport(tasks, today);
  const rows: Cell[][] = [];
  const boldRows: number[] = [];
  const counts = (c: StateCounts): Cell[] => [c.done, c.in_progress, c.not_started];
  groups.forEach((group, g) => {
    boldRows.push(rows.length);
    rows.push([ROMAN[g] ?? g + 1, `${group.name.toUpperCase()} (${group.rows.length} nhiệm vụ)`, null, null, null, null, ...counts(group.counts), null, null, null, null]);
    group.rows.forEach((r, i) => {
      rows.push([
        i + 1,
        r.title,
        r.lead,
        r.partners.join('; ') || null,
        r.output,
        r.deadline,
        mark(r.state === 'done'),
        mark(r.state === 'in_progress'),
        mark(r.state === 'not_started'),
        r.status,
        r.doneOn,
        r.evidence || null,
        r.note || null,
      ]);
    });
  });
  if (groups.length > 0) {
    const all = groups.flatMap((group) => group.rows);
    boldRows.push(rows.length);
    rows.push([null, `TỔNG CỘNG (${all.length} nhiệm vụ)`, null, null, null, null, ...counts(countStates(all)), null, null, null, null]);
  }
  return {
    name: SHEET_NAMES.tasks,
    columns: [
      { header: 'STT', kind: 'integer' },
      { header: 'Nhiệm vụ', kind: 'text' },
      { header: 'Chủ trì', kind: 'text' },
      { header: 'Phối hợp', kind: 'text' },
      { header: 'Sản phẩm', kind: 'text' },
      { header: 'Thời hạn', kind: 'text' },
      { header: 'Đã thực hiện', kind: 'integer' },
      { header: 'Đang thực hiện', kind: 'integer' },
      { header: 'Chưa thực hiện', kind: 'integer' },
      { header: 'Tình trạng', kind: 'text' },
      { header: 'Ngày hoàn thành', kind: 'date' },
      { header: 'Minh chứng', kind: 'text' },
      { header: 'Ghi chú', kind: 'text' },
    ],
    rows,
    boldRows,
  };
}

/** The estimate beside the portal's figures, group by group, then the reasons they differ. */
export function index766Table(c: Index766Comparison): Table {
  const published = c.published;
  return {
    name: SHEET_NAMES.index766,
    columns: [
      { header: 'Nhóm chỉ số', kind: 'text' },
      { header: 'Điểm tối đa', kind: 'number' },
      { header: 'Ước tính (điểm)', kind: 'number' },
      { header: 'Điểm của nhóm được ước tính', kind: 'number' },
      { header: 'Cổng công bố (điểm)', kind: 'number' },
      { header: 'Chênh lệch (cổng − ước tính)', kind: 'number' },
      { header: 'Giải thích', kind: 'text' },
    ],
    rows: [
      ...c.groups.map((g) => [say('vi', g.name), g.max, g.estimate, g.covered, g.published, g.difference, say('vi', g.explanation)]),
      ['Tổng (ước tính)', 100, c.estimate.points, c.estimate.maxPoints, published?.total ?? null, null, null],
      ...c.notes.map((note) => ['Ghi chú', null, null, null, null, null, say('vi', note)]),
    ],
  };
}

const TITLES: Record<string, string> = {
  [SHEET_NAMES.metrics]: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH',
  [SHEET_NAMES.dossiers]: 'DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH ĐÃ XEM TRÊN HỆ THỐNG',
  [SHEET_NAMES.tasks]: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH THEO LĨNH VỰC',
  [SHEET_NAMES.feedback]: 'DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ ĐÃ XEM TRÊN HỆ THỐNG',
  [SHEET_NAMES.index766]: 'ƯỚC TÍNH BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766/QĐ-TTg)',
};

/** What each printed sheet says above its table: its title, whose figures, which period (and that it is empty). */
function caption(table: Table, input: WorkbookInput): string[] {
  const dates = `từ ngày ${formatDateVi(input.period.from)} đến ngày ${formatDateVi(input.period.to)}`;
  const period = `Kỳ báo cáo: ${input.period.kind === 'custom' ? dates : `${periodLabel(input.period)} (${dates})`}`;
  const asOf = table.name === SHEET_NAMES.tasks ? `; tình trạng nhiệm vụ đến ngày ${formatDateVi(input.today)}` : '';
  const empty = hasDataIn(input.observations, input.period) ? [] : [emptyPeriodText(dataSpan(input.observations))];
  return [TITLES[table.name], `Đơn vị: ${input.scope}`, period + asOf, ...empty];
}

/** The sheets of a report, as plain tables: the writers only lay them out. */
export function buildWorkbook(input: WorkbookInput): Table[] {
  const tables = [
    metricsTable(input.metrics, input.period, input.scope),
    dossiersTable(input.observations, input.period, input.today),
    tasksTable(input.tasks, input.today),
    feedbackTable(input.observations, input.period, input.today),
    ...(input.index766 ? [index766Table(input.index766)] : []),
  ];
  return tables.map((table) => ({ ...table, caption: caption(table, input) }));
}

/**
 * A whole unit's report from a (merged) export: the same figures as the side
 * panel's (targets in force, the unit's tasks of the active plans), the
 * period's dossiers and feedback.
 */
export function workbookFromExport(file: ExportFile, period: Period, today: string): Table[] {
  const unit = file.profile.unit;
  const figures = unitFigures({ unit, province: file.profile.province, plans: file.plans, targets: file.targets, tasks: file.tasks, observations: file.observations }, period, today);
  return buildWorkbook({
    period,
    scope: unit ?? 'đơn vị',
    metrics: figures.metrics,
    observations: file.observations,
    tasks: figures.tasks,
    today,
    index766: figures.index766,
  });
}
